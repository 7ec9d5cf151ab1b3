/**
 * Crockford base32 for short codes a student can read out or type (no I, L, O, U to misread), with a two-letter
 * checksum. Numbers stay below 2^53, so plain arithmetic is exact.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function toBase32(value: number, length: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i++) {
    out = ALPHABET.charAt(rest % 32) + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/** The value of a base32 string; NaN when it holds a character outside the alphabet. */
export function fromBase32(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit === -1) return Number.NaN;
    value = value * 32 + digit;
  }
  return value;
}

/** Two characters that change when any one character changes or two neighbours swap (position-weighted sum). */
export function checksum(body: string): string {
  let sum = 7;
  for (let i = 0; i < body.length; i++) sum = (sum * 31 + (i + 1) * (ALPHABET.indexOf(body[i] ?? '0') + 1)) % 1021;
  return toBase32(sum, 2);
}

/** What people type: lower case, spaces and dashes, O for 0, I or L for 1. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

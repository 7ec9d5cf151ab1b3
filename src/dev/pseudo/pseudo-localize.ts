/**
 * The pseudo-locale: the English interface tables rewritten so that a glance (or a test) tells translated text from
 * text that bypassed the tables, and so that layouts meet longer words before a real language brings them.
 * Every string: accented letters ("Settings" → "Śéttíñgś"), each word about 30 % longer, and a right-to-left mark
 * at each end (U+200F), which also exercises the bidirectional algorithm at the string's edges. Dev and test
 * builds only (pseudo-enabled.ts); never offered to players.
 */

/** Marks both ends of every pseudo-localised string; a visible text without it did not come from the tables. */
export const PSEUDO_MARK = '\u200F';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ğ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ľ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ʠ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ğ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ľ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ü',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** One word, accented and about 30 % longer (its own accented letters repeated), so long words stay long words. */
function pseudoWord(word: string): string {
  const accented = Array.from(word, (c) => ACCENTED[c] ?? c).join('');
  const letters = Array.from(accented).filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return accented;
  const extra = Math.ceil(letters.length * 0.3);
  let padding = '';
  for (let i = 0; i < extra; i++) padding += (letters[i % letters.length] ?? '').toLowerCase();
  return accented + padding;
}

/** A string of the interface in the pseudo-locale. Idempotent: text already marked is returned as it is. */
export function pseudoText(text: string): string {
  if (text.length === 0 || text.startsWith(PSEUDO_MARK)) return text;
  return PSEUDO_MARK + text.replace(/[A-Za-z']+/g, (word) => pseudoWord(word)) + PSEUDO_MARK;
}

/** Does `text` (a visible text node) carry the pseudo-locale's mark? */
export function isPseudo(text: string): boolean {
  return text.includes(PSEUDO_MARK);
}

/**
 * A whole interface table in the pseudo-locale: every string, every string in arrays and nested objects, and the
 * result of every function (a function's arguments are already table text or numbers). Keys are kept, so the
 * result has the table's type.
 */
export function pseudoTable<T>(table: T): T {
  return transform(table) as T;
}

function transform(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (typeof value === 'function') {
    const f = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => transform(f(...args));
  }
  if (Array.isArray(value)) return value.map(transform);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transform(v)]));
  return value;
}

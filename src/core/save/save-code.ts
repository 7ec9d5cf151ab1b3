import { ALPHABET, checksum, fromBase32, normaliseCode, toBase32 } from '../codes/base32.ts';
import { BitReader, BitWriter } from '../codes/bit-fields.ts';
import type { CodeProblem } from '../codes/code-problem.ts';
import type { Telling } from '../session/session.ts';
import { CODE_CHAPTERS, CODE_KNOWLEDGE, CODE_MEASURES, CODE_ROLES, CODE_TRUST } from './code-lists.ts';

// The lists and carryOf live in code-lists.ts so the first script can use them without the code's encoder.
export { CODE_CHAPTERS, CODE_KNOWLEDGE, CODE_MEASURES, CODE_ROLES, CODE_TRUST, carryOf } from './code-lists.ts';

/**
 * A short save code a student can copy by hand between school computers ("AV-7K2M9-Q4XZ0-R8"). It carries
 * the chapter, the role and the story variables that matter across chapters, and restarts at that chapter's
 * start. Its lists are in code-lists.ts.
 */
const VERSION = 1;
const BODY_CHARS = 10;

export interface CodeState {
  readonly checkpoint: (typeof CODE_CHAPTERS)[number];
  readonly role: (typeof CODE_ROLES)[number];
  readonly trust: Readonly<Record<(typeof CODE_TRUST)[number], number>>;
  readonly measures: readonly string[];
  readonly known: readonly string[];
  /** The classroom's cut or the full telling; codes made before the cut read as full. */
  readonly telling?: Telling;
}

export type DecodedCode =
  { readonly ok: true; readonly state: CodeState } | { readonly ok: false; readonly problem: CodeProblem };

/**
 * Bit fields, low to high: version 4, chapter 4, role 2, trust 5×3, measures 13, knowledge 8, telling 1 = 47 bits of
 * the body's 50. The telling bit was always 0 before the classroom cut, so every older code still reads, as full.
 */
export function encodeSaveCode(state: CodeState): string {
  const fields = new BitWriter()
    .put(VERSION, 4)
    .put(CODE_CHAPTERS.indexOf(state.checkpoint), 4)
    .put(CODE_ROLES.indexOf(state.role), 2);
  for (const key of CODE_TRUST) fields.put(Math.max(0, Math.min(5, Math.round(state.trust[key]))), 3);
  fields.putSet(CODE_MEASURES, state.measures).putSet(CODE_KNOWLEDGE, state.known);
  fields.put(state.telling === 'cut' ? 1 : 0, 1);
  const body = toBase32(fields.value, BODY_CHARS);
  return `AV-${body.slice(0, 5)}-${body.slice(5)}-${checksum(body)}`;
}

export function decodeSaveCode(input: string): DecodedCode {
  const cleaned = normaliseCode(input);
  if (cleaned.length > 40) return { ok: false, problem: 'too-long' };
  const match = /^AV([0-9A-Z]{10})([0-9A-Z]{2})$/.exec(cleaned);
  if (!match) return { ok: false, problem: 'not-a-code' };
  const [, body, check] = match as unknown as [string, string, string];
  if (Array.from(body).some((c) => !ALPHABET.includes(c))) return { ok: false, problem: 'bad-letter' };
  if (checksum(body) !== check) return { ok: false, problem: 'typing-mistake' };
  const fields = new BitReader(fromBase32(body));
  if (fields.take(4) !== VERSION) return { ok: false, problem: 'other-version' };
  const checkpoint = CODE_CHAPTERS[fields.take(4)];
  const role = CODE_ROLES[fields.take(2)];
  const trustValues = CODE_TRUST.map(() => fields.take(3));
  const measures = fields.takeSet(CODE_MEASURES);
  const known = fields.takeSet(CODE_KNOWLEDGE);
  const telling: Telling = fields.take(1) === 1 ? 'cut' : 'full';
  if (!checkpoint || !role || trustValues.some((t) => t > 5)) return { ok: false, problem: 'not-this-game' };
  const trust = Object.fromEntries(CODE_TRUST.map((key, i) => [key, trustValues[i] ?? 0])) as CodeState['trust'];
  return { ok: true, state: { checkpoint, role, trust, measures, known, telling } };
}

import type { GameState } from '../game/game-state.ts';
import { checksum, fromBase32, normaliseCode, toBase32 } from '../codes/base32.ts';
import { BitReader, BitWriter } from '../codes/bit-fields.ts';
import type { CodeProblem } from '../codes/code-problem.ts';
import { isOneOf } from '../is-one-of.ts';

/**
 * A student's class result: the few facts a class discussion needs, and nothing personal. No name, no free text,
 * no reflection: only the role, the chapters played, the view taken at each of the two disputed points, what the
 * student tried to change, and the proposed defences in place. It travels as a short code ("AVC-…") that the
 * student hands to the teacher by their own hand (read out, written down, or in a small text file).
 *
 * The lists below are the code's vocabulary: append only, never reorder, or old codes change meaning.
 * tests/unit/classroom/class-result.test.ts checks them against the ink and the record.
 */
export const RESULT_CHAPTERS = [
  'ch1_arrival',
  'ch2_raid',
  'ch3_aftermath',
  'ch4_fortress',
  'ch5_rehearsal',
  'ch6_attack',
  'ch7_death',
  'epilogue',
] as const;
export const RESULT_ROLES = ['teamster', 'student', 'mexican'] as const;
/** The disputes where the player takes a view, and that dispute's view ids (index + 1 is the code value; 0 = none). */
export const RESULT_DISPUTES = {
  entry: ['entry_known_face', 'entry_ladders', 'entry_overwhelmed', 'entry_unsure'],
  harte: ['harte_victim', 'harte_deceived', 'harte_agent', 'harte_unsure'],
} as const;
export const RESULT_PUSHBACKS = [
  'search_visitors',
  'guard_gate_may23',
  'alarm_on_may24',
  'chase_raiders',
  'warn_about_jacson',
  'search_jacson',
  'stay_in_study',
  'refuse_jacson_aug20',
] as const;
/** The player's own proposals (the historical measures are the same in every house, so they say nothing). */
export const RESULT_PROPOSALS = [
  'alarm_tested',
  'police_checked',
  'night_rota',
  'visitor_log',
  'two_guard_gate',
  'sandbags_early',
] as const;

export type ResultRole = (typeof RESULT_ROLES)[number];
export type DisputeId = keyof typeof RESULT_DISPUTES;
export const DISPUTE_IDS = Object.keys(RESULT_DISPUTES) as DisputeId[];

export interface ClassResult {
  readonly role: ResultRole;
  readonly chapters: readonly string[];
  /** The latest view per dispute, or null when the student took none (e.g. started after that chapter). */
  readonly views: Readonly<Record<DisputeId, string | null>>;
  readonly attempts: readonly string[];
  readonly proposals: readonly string[];
  /**
   * A random number from 0 to 511, chosen once per export: two students who chose alike still give two codes,
   * and the same code loaded twice can be recognised as one student.
   */
  readonly tag: number;
  /**
   * The student's initials, 0 to 3 letters A–Z (optional, typed by the student where they export the code): with the
   * tag, how a teacher tells students apart and sees who handed in twice. Initials are not a name, and are optional.
   */
  readonly initials: string;
}

export type DecodedResult =
  | { readonly ok: true; readonly result: ClassResult; readonly code: string }
  | { readonly ok: false; readonly problem: CodeProblem };

/**
 * Version 2 adds the initials (three more characters). Version 1 codes (no initials) are still read, with no
 * initials: a student who handed one in before the game was updated must still count.
 */
const VERSION = 2;
const VERSION_WITHOUT_INITIALS = 1;
const BODY_CHARS = 10; // 50 bits
const INITIALS_CHARS = 3; // 15 bits: three letters, five bits each (0 = none, 1–26 = A–Z)
const RESULT_PREFIX = 'AVC';
const MAX_INITIALS = 3;

/**
 * What a student typed as initials, as the code carries them: letters only, accents dropped (Á → A, Ñ → N),
 * upper case, at most three. Anything else (digits, spaces, dots, emoji) is left out.
 */
export function normaliseInitials(typed: string): string {
  return typed
    .normalize('NFD')
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, MAX_INITIALS);
}

/** How a result is shown to the teacher: initials and tag ("AB #137"; "#137" without initials). */
export function resultLabel(result: Pick<ClassResult, 'initials' | 'tag'>): string {
  const tag = `#${String(result.tag).padStart(3, '0')}`;
  return result.initials ? `${result.initials} ${tag}` : tag;
}

function initialsValue(initials: string): number {
  const letters = normaliseInitials(initials); // A–Z only, so one UTF-16 unit per letter
  let value = 0;
  for (let i = 0; i < letters.length; i++) value += (letters.charCodeAt(i) - 64) * 32 ** i;
  return value;
}

/** The initials a 15-bit field holds, or null when it holds a gap or a value that is not a letter. */
function initialsFrom(value: number): string | null {
  const reader = new BitReader(value);
  let out = '';
  let ended = false;
  for (let i = 0; i < MAX_INITIALS; i++) {
    const letter = reader.take(5);
    if (letter > 26 || (ended && letter !== 0)) return null;
    if (letter === 0) ended = true;
    else out += String.fromCharCode(64 + letter);
  }
  return out;
}

/** The result of a playthrough so far (at a pause point or at the end). `tag` comes from the caller (random). */
export function resultFromGame(game: GameState, tag: number, initials = ''): ClassResult {
  const role: ResultRole = isOneOf(RESULT_ROLES, game.role) ? game.role : 'teamster';
  const views = Object.fromEntries(
    DISPUTE_IDS.map((id) => {
      const options: readonly string[] = RESULT_DISPUTES[id];
      const latest = [...game.views].reverse().find((v) => options.includes(v));
      return [id, latest ?? null];
    }),
  ) as Record<DisputeId, string | null>;
  return {
    role,
    chapters: RESULT_CHAPTERS.filter((c) => game.checkpointsReached.includes(c)),
    views,
    attempts: RESULT_PUSHBACKS.filter((p) => game.pushbacks.some((e) => e.id === p)),
    proposals: RESULT_PROPOSALS.filter((m) => game.measures.includes(m)),
    // A tag that is not a number (NaN from a broken random source) becomes 0, never a broken code.
    tag: Number.isNaN(tag) ? 0 : Math.max(0, Math.min(511, Math.floor(tag))),
    initials: normaliseInitials(initials),
  };
}

/**
 * Bit fields, low to high: version 4, role 2, chapters 8, entry view 3, Harte view 3, attempts 8, proposals 6, tag 9 =
 * 43 of the 50 bits in ten characters (the rest stay zero); then the initials in three more characters, and two
 * check characters over all thirteen: AVC-XXXXX-XXXXX-XXX-CC.
 */
export function encodeResult(result: ClassResult): string {
  const fields = new BitWriter()
    .put(VERSION, 4)
    .put(RESULT_ROLES.indexOf(result.role), 2)
    .putSet(RESULT_CHAPTERS, result.chapters);
  for (const id of DISPUTE_IDS) {
    const options: readonly string[] = RESULT_DISPUTES[id];
    const view = result.views[id];
    fields.put(view === null ? 0 : options.indexOf(view) + 1, 3);
  }
  fields.putSet(RESULT_PUSHBACKS, result.attempts).putSet(RESULT_PROPOSALS, result.proposals).put(result.tag, 9);
  const body = toBase32(fields.value, BODY_CHARS) + toBase32(initialsValue(result.initials), INITIALS_CHARS);
  return `${RESULT_PREFIX}-${body.slice(0, 5)}-${body.slice(5, 10)}-${body.slice(10)}-${checksum(body)}`;
}

export function decodeResult(input: string): DecodedResult {
  const cleaned = normaliseCode(input);
  if (cleaned.length > 40) return { ok: false, problem: 'too-long' };
  const match = /^AVC([0-9A-Z]{10})([0-9A-Z]{3})?([0-9A-Z]{2})$/.exec(cleaned);
  if (!match) return { ok: false, problem: 'not-a-code' };
  const main = match[1] ?? '';
  const initialsPart = match[2] ?? '';
  const check = match[3] ?? '';
  const body = main + initialsPart;
  const value = fromBase32(main);
  const initialsField = fromBase32(initialsPart);
  if (Number.isNaN(value) || Number.isNaN(initialsField)) return { ok: false, problem: 'bad-letter' };
  if (checksum(body) !== check) return { ok: false, problem: 'typing-mistake' };
  const fields = new BitReader(value);
  const version = fields.take(4);
  // A code's length says which version it must be: a short code is version 1, a long one version 2.
  if (version !== (initialsPart ? VERSION : VERSION_WITHOUT_INITIALS)) return { ok: false, problem: 'other-version' };
  const initials = initialsFrom(initialsField);
  const role = RESULT_ROLES[fields.take(2)];
  const chapters = fields.takeSet(RESULT_CHAPTERS);
  const views: Record<string, string | null> = {};
  let badView = false;
  for (const id of DISPUTE_IDS) {
    const field = fields.take(3);
    const options: readonly string[] = RESULT_DISPUTES[id];
    if (field > options.length) badView = true;
    views[id] = field === 0 ? null : (options[field - 1] ?? null);
  }
  const attempts = fields.takeSet(RESULT_PUSHBACKS);
  const proposals = fields.takeSet(RESULT_PROPOSALS);
  const tag = fields.take(9);
  if (!role || badView || fields.rest !== 0 || initials === null) return { ok: false, problem: 'not-this-game' };
  const result: ClassResult = {
    role,
    chapters,
    views: views as Record<DisputeId, string | null>,
    attempts,
    proposals,
    tag,
    initials,
  };
  return { ok: true, result, code: encodeResult(result) };
}

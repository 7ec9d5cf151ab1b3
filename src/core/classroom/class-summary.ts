import {
  decodeResult,
  DISPUTE_IDS,
  resultLabel,
  RESULT_CHAPTERS,
  RESULT_DISPUTES,
  RESULT_PROPOSALS,
  RESULT_PUSHBACKS,
  RESULT_ROLES,
  type ClassResult,
  type DisputeId,
} from './class-result.ts';
import type { CodeProblem } from '../codes/code-problem.ts';
import { normaliseCode } from '../codes/base32.ts';
import { normalisePasted } from './normalise-pasted.ts';

/**
 * The class view, as data: what the teacher's machine makes of the result codes the students handed in. Pure and
 * local: the codes come from pasted text or files the teacher opened; nothing is fetched or sent anywhere.
 */
export interface ClassSummary {
  /** Results counted, one per code given: two students whose games matched can hand in the same code. */
  readonly students: number;
  /** How many codes were given more than once (each copy is counted; the teacher is told, see `repeated`). */
  readonly duplicates: number;
  /** Codes given more than once and how often, so a code handed in twice by one student can be spotted. */
  readonly repeated: readonly { readonly code: string; readonly label: string; readonly times: number }[];
  /**
   * Every distinct result handed in, in the order first given, shown by initials and tag (`resultLabel`, "AB #137")
   * with how many times it was given: how the teacher tells students apart.
   */
  readonly handedIn: readonly { readonly label: string; readonly times: number }[];
  /** Characters left unread because a text was longer than MAX_CLASS_TEXT (0 when everything was read). */
  readonly cut: number;
  /** Pieces of text that looked like result codes but could not be read, with the reason. */
  readonly rejected: readonly { readonly text: string; readonly problem: CodeProblem }[];
  readonly roles: Readonly<Record<string, number>>;
  readonly chapters: Readonly<Record<string, number>>;
  /** Per dispute: how many took each view, and how many took none (`none`). */
  readonly views: Readonly<Record<DisputeId, Readonly<Record<string, number>>>>;
  readonly attempts: Readonly<Record<string, number>>;
  readonly proposals: Readonly<Record<string, number>>;
}

/**
 * Anything that starts like a result code: AVC, then twelve code characters (version 1) or fifteen (version 2, with
 * initials) with spaces or dashes between (never across a line break, so one bad line cannot swallow the next). The
 * three extra characters are taken only when a word ends there or the next code begins (codes glued together);
 * `decodeCandidate` falls back to the twelve.
 */
const CANDIDATE =
  /AVC[ \t-]*(?:[0-9A-Za-z][ \t-]*){12}(?:(?:[0-9A-Za-z][ \t-]*){2}[0-9A-Za-z](?=AVC|[^0-9A-Za-z]|$))?/gi;

/** A candidate read as a long code, or, when that fails, as a short (version 1) code followed by a short word. */
export function decodeCandidate(candidate: string): ReturnType<typeof decodeResult> {
  const decoded = decodeResult(candidate);
  const cleaned = normaliseCode(candidate);
  if (decoded.ok || cleaned.length !== 18) return decoded;
  const short = decodeResult(cleaned.slice(0, 15));
  return short.ok ? short : decoded;
}

/**
 * The most text read from one paste or file: far beyond any class (12,000 codes are about 230,000 characters) and
 * small enough to stay quick. Anything past it is counted in `cut` and reported, never silently dropped.
 */
export const MAX_CLASS_TEXT = 5_000_000;

/** Every candidate result code in a piece of text (a pasted list, a result file, a saved debrief). */
export function findResultCodes(text: string): string[] {
  return [...normalisePasted(text.slice(0, MAX_CLASS_TEXT)).matchAll(CANDIDATE)].map((m) => m[0].trim());
}

/** A line that names a result code ("AVC…") but holds none that could be read as one. */
const MENTIONS_CODE = /AVC/i;

function zeroes(ids: readonly string[]): Record<string, number> {
  return Object.fromEntries(ids.map((id) => [id, 0]));
}

/** Builds the class summary from the texts the teacher gave (each may hold several codes). */
export function summariseClass(texts: readonly string[]): ClassSummary {
  const times = new Map<string, number>();
  const labels = new Map<string, string>();
  const results: ClassResult[] = [];
  const rejected: { text: string; problem: CodeProblem }[] = [];
  let cut = 0;
  for (const text of texts) {
    cut += Math.max(0, text.length - MAX_CLASS_TEXT);
    for (const line of normalisePasted(text.slice(0, MAX_CLASS_TEXT)).split(/\r?\n|\r/)) {
      const candidates = [...line.matchAll(CANDIDATE)].map((m) => m[0].trim());
      if (candidates.length === 0 && MENTIONS_CODE.test(line)) {
        const fragment = line.trim().slice(0, 80);
        const decoded = decodeResult(fragment);
        rejected.push({ text: fragment, problem: decoded.ok ? 'not-a-code' : decoded.problem });
      }
      for (const candidate of candidates) {
        const decoded = decodeCandidate(candidate);
        if (!decoded.ok) {
          rejected.push({ text: candidate, problem: decoded.problem });
          continue;
        }
        // Never merged on the code alone: without initials the code's 9-bit tag cannot tell a class of students
        // apart, so two matching games may give the same code. Each copy counts; repeats are reported, by initials
        // and tag, for the teacher to judge.
        times.set(decoded.code, (times.get(decoded.code) ?? 0) + 1);
        labels.set(decoded.code, resultLabel(decoded.result));
        results.push(decoded.result);
      }
    }
  }
  const label = (code: string) => labels.get(code) ?? code;
  const repeated = [...times].filter(([, n]) => n > 1).map(([code, n]) => ({ code, label: label(code), times: n }));
  const handedIn = [...times].map(([code, n]) => ({ label: label(code), times: n }));
  return { ...aggregate(results, rejected, repeated.length), repeated, handedIn, cut };
}

/** Counts over already-decoded results. */
function aggregate(
  results: readonly ClassResult[],
  rejected: ClassSummary['rejected'] = [],
  duplicates = 0,
): ClassSummary {
  const roles = zeroes(RESULT_ROLES);
  const chapters = zeroes(RESULT_CHAPTERS);
  const attempts = zeroes(RESULT_PUSHBACKS);
  const proposals = zeroes(RESULT_PROPOSALS);
  const views = Object.fromEntries(
    DISPUTE_IDS.map((id): [DisputeId, Record<string, number>] => [id, { ...zeroes(RESULT_DISPUTES[id]), none: 0 }]),
  ) as Record<DisputeId, Record<string, number>>;
  const bump = (table: Record<string, number>, key: string) => {
    table[key] = (table[key] ?? 0) + 1;
  };
  for (const r of results) {
    bump(roles, r.role);
    for (const c of r.chapters) bump(chapters, c);
    for (const a of r.attempts) bump(attempts, a);
    for (const p of r.proposals) bump(proposals, p);
    for (const id of DISPUTE_IDS) bump(views[id], r.views[id] ?? 'none');
  }
  return {
    students: results.length,
    duplicates,
    repeated: [],
    handedIn: [],
    cut: 0,
    rejected,
    roles,
    chapters,
    views,
    attempts,
    proposals,
  };
}

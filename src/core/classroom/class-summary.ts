import {
  decodeResult,
  DISPUTE_IDS,
  RESULT_CHAPTERS,
  RESULT_DISPUTES,
  RESULT_PROPOSALS,
  RESULT_PUSHBACKS,
  RESULT_ROLES,
  type ClassResult,
  type DisputeId,
} from './class-result.ts';

/**
 * The class view, as data: what the teacher's machine makes of the result codes the students handed in. Pure and
 * local: the codes come from pasted text or files the teacher opened; nothing is fetched or sent anywhere.
 */
export interface ClassSummary {
  /** Distinct results counted (one per student). */
  readonly students: number;
  /** The same code given twice (the same file opened twice): counted once. */
  readonly duplicates: number;
  /** Pieces of text that looked like result codes but could not be read, with the reason. */
  readonly rejected: readonly { readonly text: string; readonly problem: string }[];
  readonly roles: Readonly<Record<string, number>>;
  readonly chapters: Readonly<Record<string, number>>;
  /** Per dispute: how many took each view, and how many took none (`none`). */
  readonly views: Readonly<Record<DisputeId, Readonly<Record<string, number>>>>;
  readonly attempts: Readonly<Record<string, number>>;
  readonly proposals: Readonly<Record<string, number>>;
}

/** Anything that starts like a result code: AVC, then twelve code characters with spaces or dashes between (never across a line break, so one bad line cannot swallow the next). */
const CANDIDATE = /AVC[ \t-]*(?:[0-9A-Za-z][ \t-]*){12}/gi;

/** Every candidate result code in a piece of text (a pasted list, a result file, a saved debrief). */
export function findResultCodes(text: string): string[] {
  return [...text.slice(0, 200_000).matchAll(CANDIDATE)].map((m) => m[0].trim());
}

function zeroes(ids: readonly string[]): Record<string, number> {
  return Object.fromEntries(ids.map((id) => [id, 0]));
}

/** Builds the class summary from the texts the teacher gave (each may hold several codes). */
export function summariseClass(texts: readonly string[]): ClassSummary {
  const seen = new Set<string>();
  const results: ClassResult[] = [];
  const rejected: { text: string; problem: string }[] = [];
  let duplicates = 0;
  for (const text of texts) {
    for (const candidate of findResultCodes(text)) {
      const decoded = decodeResult(candidate);
      if (!decoded.ok) {
        rejected.push({ text: candidate, problem: decoded.problem });
        continue;
      }
      if (seen.has(decoded.code)) {
        duplicates++;
        continue;
      }
      seen.add(decoded.code);
      results.push(decoded.result);
    }
  }
  return aggregate(results, rejected, duplicates);
}

/** Counts over already-decoded results. */
function aggregate(results: readonly ClassResult[], rejected: ClassSummary['rejected'] = [], duplicates = 0): ClassSummary {
  const roles = zeroes(RESULT_ROLES);
  const chapters = zeroes(RESULT_CHAPTERS);
  const attempts = zeroes(RESULT_PUSHBACKS);
  const proposals = zeroes(RESULT_PROPOSALS);
  const views = Object.fromEntries(DISPUTE_IDS.map((id): [DisputeId, Record<string, number>] => [id, { ...zeroes(RESULT_DISPUTES[id]), none: 0 }])) as Record<DisputeId, Record<string, number>>;
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
  return { students: results.length, duplicates, rejected, roles, chapters, views, attempts, proposals };
}

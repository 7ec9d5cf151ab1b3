import { normaliseInitials, type ClassResult } from './class-result.ts';
import { decodeCandidate, findResultCodes } from './class-summary.ts';

/** The most names a roster keeps (a large class, twice over), and the longest name kept. */
export const MAX_ROSTER = 80;
const MAX_NAME = 40;

/**
 * The initials a roster entry stands for, as students type them into their result code: a short entry of capitals
 * ("AB", "ab", "A.B.") is taken as initials; a name ("Ana Beltrán", "ana b.") gives the first letter of up to three
 * words. Accents are dropped the way the code drops them (Á → A).
 */
export function rosterInitials(entry: string): string {
  const trimmed = entry.trim();
  const words = trimmed.split(/[\s.]+/).filter((w) => normaliseInitials(w).length > 0);
  if (words.length === 1 && normaliseInitials(trimmed).length <= 3) return normaliseInitials(trimmed);
  return normaliseInitials(words.map((w) => normaliseInitials(w).charAt(0)).join(''));
}

/** The roster as the teacher typed it: one entry a line, blanks and repeats dropped, at most MAX_ROSTER. */
export function parseRoster(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    const name = line.trim().slice(0, MAX_NAME);
    if (name.length === 0 || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
    if (names.length === MAX_ROSTER) break;
  }
  return names;
}

/** Every readable result in the texts the teacher gave, one per distinct code (a code pasted twice is one result). */
export function readResults(texts: readonly string[]): ClassResult[] {
  const byCode = new Map<string, ClassResult>();
  for (const text of texts)
    for (const candidate of findResultCodes(text)) {
      const decoded = decodeCandidate(candidate);
      if (decoded.ok && !byCode.has(decoded.code)) byCode.set(decoded.code, decoded.result);
    }
  return [...byCode.values()];
}

export interface RosterRow {
  readonly name: string;
  readonly initials: string;
  /** A result with these initials that includes the chapter (any result, when no chapter is asked about). */
  readonly finished: boolean;
}

export interface RosterStatus {
  readonly rows: readonly RosterRow[];
  /** Results whose initials match no one on the roster (or carry none): still counted, shown by their labels. */
  readonly unmatched: readonly ClassResult[];
}

/**
 * Who has handed in a result for `chapter`: each roster entry is matched to results by initials. Two students with
 * the same initials both count as finished when either has handed in; the teacher sees their names side by side.
 */
export function rosterStatus(
  roster: readonly string[],
  results: readonly ClassResult[],
  chapter: string | null,
): RosterStatus {
  const done = (r: ClassResult) => chapter === null || r.chapters.includes(chapter);
  const rows = roster.map((name) => {
    const initials = rosterInitials(name);
    return {
      name,
      initials,
      finished: initials.length > 0 && results.some((r) => r.initials === initials && done(r)),
    };
  });
  const known = new Set(rows.map((r) => r.initials).filter((i) => i.length > 0));
  return { rows, unmatched: results.filter((r) => !known.has(r.initials)) };
}

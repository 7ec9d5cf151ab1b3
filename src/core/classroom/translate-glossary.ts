import type { GlossaryEntry } from './glossary.ts';

/** One glossary entry's words in another language, keyed by the English entry's id. */
export interface GlossaryWords {
  readonly id: string;
  readonly term: string;
  readonly match: readonly string[];
  readonly definition: string;
}

/**
 * A glossary in another language: every English entry, in the English order, with its words replaced by the
 * translation of the same id. Sources always come from English, so a translation cannot change what backs a
 * definition. An entry without a translation keeps its English words (tests/unit/classroom/glossary.test.ts fails
 * while any is missing).
 */
export function translateGlossary(
  english: readonly GlossaryEntry[],
  translated: readonly GlossaryWords[],
): GlossaryEntry[] {
  const byId = new Map(translated.map((w) => [w.id, w]));
  return english.map((entry) => {
    const w = byId.get(entry.id);
    return w ? { ...entry, term: w.term, match: w.match, definition: w.definition } : entry;
  });
}

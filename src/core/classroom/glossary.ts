import entries from '../../../story/classroom/glossary.json';

/** One period term, defined in our own words, with the sources that support the definition. */
export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  /** Exact spellings that link to this entry from the story text (case matters: "GPU", not "gpu"). */
  readonly match: readonly string[];
  readonly definition: string;
  readonly sources: readonly string[];
}

/** story/classroom/glossary.json; tests/unit/classroom/glossary.test.ts checks ids, sources and spellings. */
export const GLOSSARY: readonly GlossaryEntry[] = entries;

/** Where a glossary term occurs in a piece of text. */
export interface Mention {
  readonly entryId: string;
  readonly start: number;
  readonly end: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The first mention, in `text`, of each entry not yet in `linked`: whole words only (so "Dewey" never matches
 * inside "Deweyan", and accents count as letters), earliest first, never overlapping. Pure: the caller adds the
 * entries it links to `linked`.
 */
export function firstMentions(
  text: string,
  linked: ReadonlySet<string>,
  glossary: readonly GlossaryEntry[] = GLOSSARY,
): Mention[] {
  const found: Mention[] = [];
  for (const entry of glossary) {
    if (linked.has(entry.id)) continue;
    let best: Mention | null = null;
    for (const spelling of entry.match) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(spelling)}(?![\\p{L}\\p{N}])`, 'u');
      const hit = pattern.exec(text);
      if (hit && (best === null || hit.index < best.start))
        best = { entryId: entry.id, start: hit.index, end: hit.index + spelling.length };
    }
    if (best) found.push(best);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept;
}

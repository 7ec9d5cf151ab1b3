import type { GlossaryEntry } from '../../../core/classroom/glossary.ts';
import type { Language } from '../../../core/settings/language.ts';
import { partOrFallback } from '../../../languages/part-of.ts';

// Each language's glossary is a small chunk of its own (src/languages/<lang>/glossary.ts), fetched in classroom mode.
const GLOSSARIES = import.meta.glob<readonly GlossaryEntry[]>('../../../languages/*/glossary.ts', {
  import: 'glossary',
});

/** The glossary that links words in the story, in the story's language (the fallback language's where it has none). */
export function glossaryFor(lang: Language): Promise<readonly GlossaryEntry[]> {
  return partOrFallback(GLOSSARIES, lang)();
}

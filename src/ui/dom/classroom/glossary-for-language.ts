import { GLOSSARY, type GlossaryEntry } from '../../../core/classroom/glossary.ts';
import type { Language } from '../../../core/settings/language.ts';

/**
 * The glossary that links words in the story, in the story's language: English is part of the classroom chunk;
 * Spanish is its own small chunk, fetched only when the page is in Spanish.
 */
export function glossaryFor(lang: Language): Promise<readonly GlossaryEntry[]> {
  switch (lang) {
    case 'en':
      return Promise.resolve(GLOSSARY);
    case 'es':
      return import('../../../core/classroom/glossary-es.ts').then((m) => m.GLOSSARY_ES);
  }
}

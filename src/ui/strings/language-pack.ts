import { captionFor } from '../../core/audio/sound-catalog.ts';
import type { Language } from '../../core/settings/language.ts';
import type { SfxId } from '../../core/stage/ids.ts';
import { en, type Strings } from './en.ts';

/** What the page needs of a language before the first story text: interface strings and sound captions. */
export interface LanguagePack {
  readonly strings: Strings;
  readonly captionFor: (sfx: SfxId) => string;
}

const english: LanguagePack = { strings: en, captionFor };

/**
 * The pack for a language. English is part of the first script (it is also the fallback); Spanish is a chunk of
 * its own, fetched beside the story, so neither language's readers load the other's strings before the first text.
 * A Spanish chunk that cannot load falls back to English with a console error, never a blank page.
 */
export async function loadLanguagePack(lang: Language): Promise<LanguagePack> {
  switch (lang) {
    case 'en':
      return english;
    case 'es':
      try {
        return (await import('./spanish-pack.ts')).spanishPack;
      } catch (error) {
        console.error('[language] the Spanish interface could not load; showing English', error);
        return english;
      }
  }
}

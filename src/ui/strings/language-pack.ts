import { captionFor } from '../../core/audio/sound-catalog.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../core/settings/language.ts';
import type { SfxId } from '../../core/stage/ids.ts';
import { partOf } from '../../languages/part-of.ts';
import { PSEUDO_LANGUAGE } from '../../dev/pseudo/pseudo-enabled.ts';
import { en, type Strings } from './en.ts';

/** What the page needs of a language before the first story text: interface strings and sound captions. */
export interface LanguagePack {
  readonly strings: Strings;
  readonly captionFor: (sfx: SfxId) => string;
}

/** English: the contract every table follows and the fallback, so it is part of the first script. */
export const ENGLISH_PACK: LanguagePack = { strings: en, captionFor };

// Every language folder's pack, each its own chunk (src/languages/<id>/pack-<id>.ts, chunk "pack-<id>").
const PACKS = import.meta.glob<LanguagePack>('../../languages/*/pack-*.ts', { import: 'pack' });

/**
 * The pack for a language. The fallback language is part of the first script; every other language is a chunk of
 * its own, fetched beside the story, so no reader loads another language's strings before the first text. A chunk
 * that cannot load falls back to the fallback language with a console error, never a blank page. In dev and test
 * builds only (src/dev/pseudo/), `pseudo` is the pseudo-locale generated from the English tables.
 */
export async function loadLanguagePack(lang: Language): Promise<LanguagePack> {
  if (lang === DEFAULT_LANGUAGE) return ENGLISH_PACK;
  // Vite folds this expression to a constant, so a production build drops the pseudo chunk (pseudo-enabled.ts).
  if ((import.meta.env.DEV || import.meta.env.MODE === 'pseudo') && lang === PSEUDO_LANGUAGE) {
    return (await import('../../dev/pseudo/pseudo-pack.ts')).pseudoPack;
  }
  const load = partOf(PACKS, lang);
  try {
    if (!load) throw new Error(`src/languages/${lang}/pack-${lang}.ts does not exist`);
    return await load();
  } catch (error) {
    console.error(`[language] the ${lang} interface could not load; showing ${DEFAULT_LANGUAGE}`, error);
    return ENGLISH_PACK;
  }
}

import { DEFAULT_LANGUAGE, type Language } from '../../core/settings/language.ts';
import type { SfxId } from '../../core/stage/ids.ts';
import { partOf } from '../../languages/part-of.ts';
import { PSEUDO_LANGUAGE } from '../../dev/pseudo/pseudo-enabled.ts';
import type { Strings } from './en.ts';

/** What the page needs of a language before the first story text: interface strings and sound captions. */
export interface LanguagePack {
  readonly strings: Strings;
  readonly captionFor: (sfx: SfxId) => string;
}

// Every language folder's pack, each its own chunk (src/languages/<id>/pack-<id>.ts, chunk "pack-<id>").
const PACKS = import.meta.glob<LanguagePack>('../../languages/*/pack-*.ts', { import: 'pack' });

/**
 * The pack for a language. Every language's pack is a chunk of its own (the fallback language's too), fetched beside
 * the story, so no reader loads another language's strings before the first text. A pack that cannot load falls
 * back to the fallback language's with a console error, never a blank page; when that one cannot load either, the
 * error goes to the caller (as a first script that cannot load would). In dev and test builds only
 * (src/dev/pseudo/), `pseudo` is the pseudo-locale generated from the fallback language's tables.
 */
export async function loadLanguagePack(lang: Language): Promise<LanguagePack> {
  // Vite folds this expression to a constant, so a production build drops the pseudo chunk (pseudo-enabled.ts).
  if ((import.meta.env.DEV || import.meta.env.MODE === 'pseudo') && lang === PSEUDO_LANGUAGE) {
    return (await import('../../dev/pseudo/pseudo-pack.ts')).pseudoPack;
  }
  const fallback = partOf(PACKS, DEFAULT_LANGUAGE);
  if (!fallback) throw new Error(`src/languages/${DEFAULT_LANGUAGE}/pack-${DEFAULT_LANGUAGE}.ts does not exist`);
  if (lang === DEFAULT_LANGUAGE) return await fallback();
  const load = partOf(PACKS, lang);
  try {
    if (!load) throw new Error(`src/languages/${lang}/pack-${lang}.ts does not exist`);
    return await load();
  } catch (error) {
    console.error(`[language] the ${lang} interface could not load; showing ${DEFAULT_LANGUAGE}`, error);
    return await fallback();
  }
}

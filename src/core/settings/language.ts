import REGISTRY from '../../languages/languages.json' with { type: 'json' };

/**
 * The language registry: the one list of the languages the game ships in (src/languages/languages.json, read here,
 * by the ink plugin, the parity check and the docs). Each entry's `id` is its folder everywhere: story/<id>/,
 * story/record/<id>/, src/languages/<id>/ (its interface parts, loaded lazily), docs/<id>/ (classroom documents).
 * The first entry is the fallback language: complete, shipped in the first script, used when another cannot load.
 * Adding a language is adding files and one entry here (docs/i18n.md, "Adding a language").
 */
export interface LanguageInfo {
  /** A primary language subtag ("en", "es"): also the `?lang=` value and the folder name. */
  readonly id: string;
  /** The language's name in itself ("Español"): language choices show every language in its own words. */
  readonly name: string;
  /** "Language" in itself: the toggle's accessible name lists them all. */
  readonly word: string;
  /** The BCP 47 locale for `Intl` (dates, numbers, sorting): "es-MX". */
  readonly locale: string;
  /** The writing direction of the interface (`<html dir>`). */
  readonly dir: 'ltr' | 'rtl';
}

/**
 * An id from the registry. A plain string type, so that adding a language edits no type: every value that comes
 * from outside (address, settings, saves, kiosk config) is checked with `isLanguage` before it is one.
 */
export type Language = string;

function checked(raw: unknown): readonly LanguageInfo[] {
  const ok = (entry: unknown): entry is LanguageInfo => {
    if (typeof entry !== 'object' || entry === null) return false;
    const e = entry as Record<string, unknown>;
    return (
      typeof e['id'] === 'string' &&
      /^[a-z]{2,3}$/.test(e['id']) &&
      typeof e['name'] === 'string' &&
      typeof e['word'] === 'string' &&
      typeof e['locale'] === 'string' &&
      (e['dir'] === 'ltr' || e['dir'] === 'rtl')
    );
  };
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every(ok))
    throw new Error('src/languages/languages.json is not a list of languages');
  return raw.map((entry) => Object.freeze({ ...entry }));
}

export const LANGUAGE_INFO: readonly LanguageInfo[] = checked(REGISTRY);
export const LANGUAGES: readonly Language[] = LANGUAGE_INFO.map((l) => l.id);
/** The fallback language (the registry's first entry). */
export const DEFAULT_LANGUAGE: Language = (LANGUAGE_INFO[0] as LanguageInfo).id; // checked() refuses an empty list

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && LANGUAGES.includes(value);
}

/** The registry entry of `lang`; the fallback language's for anything else. */
export function languageInfo(lang: Language): LanguageInfo {
  return LANGUAGE_INFO.find((l) => l.id === lang) ?? (LANGUAGE_INFO[0] as LanguageInfo);
}

/** The locale for `Intl` (dates, numbers, sorting) in `lang`. */
export function localeOf(lang: Language): string {
  return languageInfo(lang).locale;
}

/** The registry language a BCP 47 tag ("es-MX", "en-US", "ES") asks for, by its primary subtag; null for none. */
export function languageOfTag(tag: string): Language | null {
  const primary = tag.toLowerCase().split('-')[0] ?? '';
  return isLanguage(primary) ? primary : null;
}

/** What each language is called in itself (the toggle shows every name, whatever the current language). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = Object.fromEntries(
  LANGUAGE_INFO.map((l) => [l.id, l.name]),
);

/** "Language" in each language: the toggle's name lists them all, the current language first. */
export const LANGUAGE_WORD: Readonly<Record<Language, string>> = Object.fromEntries(
  LANGUAGE_INFO.map((l) => [l.id, l.word]),
);

import { isOneOf } from '../is-one-of.ts';

/** The languages the game ships in: one ink tree, one interface table and one record translation each. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return isOneOf(LANGUAGES, value);
}

/** What each language is called in itself (the toggle shows both names, whatever the current language). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

/** "Language" in each language: the toggle's name lists them all, the current language first. */
export const LANGUAGE_WORD: Readonly<Record<Language, string>> = { en: 'Language', es: 'Idioma' };

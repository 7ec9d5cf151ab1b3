import { DEFAULT_LANGUAGE, isLanguage, languageOfTag, type Language } from '../core/settings/language.ts';

/** Where the language came from: the address wins, then the remembered choice, then the browser, then English. */
export type LanguageSource = 'address' | 'remembered' | 'browser' | 'default';

export interface LanguageInputs {
  /** `window.location.search`. `?lang=<id>` of a registry language; anything else is ignored with a problem message. */
  readonly search: string;
  /**
   * Languages the address may ask for beyond the registry, never offered to players (the pseudo-locale of dev and
   * test builds, docs/i18n.md). Empty in a production build.
   */
  readonly extra?: readonly Language[];
  /** The language remembered in the settings, or null. Kiosk mode passes null: every visitor chooses afresh. */
  readonly remembered: Language | null;
  /** `navigator.languages` (most preferred first). */
  readonly browser: readonly string[];
}

export interface ResolvedLanguage {
  readonly lang: Language;
  readonly source: LanguageSource;
  readonly problems: readonly string[];
}

const MAX_PARAM_LENGTH = 40;

/**
 * The language of this page load, resolved once at boot. Pure: the caller reads the address, the settings and the
 * browser. The first of the browser's languages whose primary subtag is a registry language decides ("es-MX" → es).
 */
export function resolveLanguage(inputs: LanguageInputs): ResolvedLanguage {
  const problems: string[] = [];
  let raw: string | null = null;
  try {
    raw = inputs.search.length > 2048 ? null : new URLSearchParams(inputs.search).get('lang');
  } catch {
    raw = null;
  }
  if (raw !== null && raw !== '') {
    const value: string = raw.slice(0, MAX_PARAM_LENGTH).toLowerCase();
    if (isLanguage(value) || (inputs.extra ?? []).includes(value)) return { lang: value, source: 'address', problems };
    const shown = raw
      .slice(0, MAX_PARAM_LENGTH)
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, '?');
    problems.push(`Unknown language "${shown}" in the address: ignored.`);
  }
  if (inputs.remembered !== null) return { lang: inputs.remembered, source: 'remembered', problems };
  for (const tag of inputs.browser) {
    const lang = languageOfTag(tag);
    // A browser that asks for the fallback language counts as the default, as it always has.
    if (lang !== null) return { lang, source: lang === DEFAULT_LANGUAGE ? 'default' : 'browser', problems };
  }
  return { lang: DEFAULT_LANGUAGE, source: 'default', problems };
}

/**
 * The address that reloads this page in `lang`, keeping every other parameter (mode, kiosk timings). `extra` adds
 * parameters (the kiosk's `visit=begin`).
 */
export function addressWithLanguage(
  search: string,
  lang: Language,
  extra: Readonly<Record<string, string>> = {},
): string {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 2048 ? '' : search);
  } catch {
    params = new URLSearchParams();
  }
  params.set('lang', lang);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return `?${params.toString()}`;
}

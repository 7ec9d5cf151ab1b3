import { isLanguage, type Language } from '../core/settings/language.ts';

/** Where the language came from: the address wins, then the remembered choice, then the browser, then English. */
export type LanguageSource = 'address' | 'remembered' | 'browser' | 'default';

export interface LanguageInputs {
  /** `window.location.search`. `?lang=es` or `?lang=en`; anything else is ignored with a problem message. */
  readonly search: string;
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
 * browser. A browser that prefers any Spanish (es, es-MX, es-419…) before any English gets Spanish.
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
    const value = raw.slice(0, MAX_PARAM_LENGTH).toLowerCase();
    if (isLanguage(value)) return { lang: value, source: 'address', problems };
    problems.push(`Unknown language "${value.replace(/[^a-z0-9_-]/g, '?')}" in the address: ignored.`);
  }
  if (inputs.remembered !== null) return { lang: inputs.remembered, source: 'remembered', problems };
  for (const tag of inputs.browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'es') return { lang: 'es', source: 'browser', problems };
    if (primary === 'en') break;
  }
  return { lang: 'en', source: 'default', problems };
}

/**
 * The address that reloads this page in `lang`, keeping every other parameter (mode, kiosk timings). `extra` adds
 * parameters (the kiosk's `visit=begin`).
 */
export function addressWithLanguage(search: string, lang: Language, extra: Readonly<Record<string, string>> = {}): string {
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

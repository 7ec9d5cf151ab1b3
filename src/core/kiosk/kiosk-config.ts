import { DEFAULT_LANGUAGE, LANGUAGES, languageOfTag, type Language } from '../settings/language.ts';
import type { IdleTimings } from './idle-machine.ts';

/** What the staff can set on a kiosk. Stored on the device (staff store), never in the visitor's storage. */
export interface KioskConfig {
  readonly warningMs: number;
  readonly countdownMs: number;
  /** A planned full page reload at the idle reset after this many visitors (keeps memory bounded for weeks). */
  readonly reloadEvery: number;
  /** The loudest the kiosk plays, in percent: a ceiling over the visitor's own volume settings (0 silences it). */
  readonly volumePercent: number;
  /**
   * The staff PIN; null until the staff choose one at first start (there is no default PIN: until then the panel
   * opens only to the first-start screen, and nothing unlocks it).
   */
  readonly pin: string | null;
  /** The staff panel's language, chosen in the panel; null: the kiosk computer's own language (install-kiosk.ts). */
  readonly staffLanguage: StaffLanguage | null;
}

/** The staff panel speaks every registry language. */
export type StaffLanguage = Language;
export const STAFF_LANGUAGES: readonly StaffLanguage[] = LANGUAGES;

/** Bounds for values the staff panel can set. The countdown never drops below WCAG 2.2.1's 20 seconds there. */
export const STAFF_BOUNDS = {
  warningMs: { min: 30_000, max: 600_000, step: 15_000 },
  countdownMs: { min: 20_000, max: 120_000, step: 5_000 },
  reloadEvery: { min: 10, max: 1_000, step: 10 },
  volumePercent: { min: 0, max: 100, step: 10 },
} as const;

/** Bounds for the commissioning/test address parameters `idle` and `countdown` (seconds; kiosk mode only). */
export const PARAM_BOUNDS = {
  warningMs: { min: 2_000, max: 600_000 },
  countdownMs: { min: 2_000, max: 120_000 },
} as const;

/**
 * PINs never accepted: the default of earlier versions (the year in the title, so a stored one counts as never
 * chosen) and PINs anyone would try first (one digit repeated, a straight run up or down).
 */
export const RETIRED_PIN = '1940';

export function isGuessablePin(pin: string): boolean {
  if (pin === RETIRED_PIN || /^(\d)\1*$/.test(pin)) return true;
  const steps: number[] = [];
  for (let i = 1; i < pin.length; i++) steps.push(pin.charCodeAt(i) - pin.charCodeAt(i - 1));
  return steps.every((d) => d === 1) || steps.every((d) => d === -1);
}

export const KIOSK_DEFAULTS: KioskConfig = {
  warningMs: 60_000,
  countdownMs: 20_000,
  reloadEvery: 200,
  volumePercent: 100,
  pin: null,
  staffLanguage: null,
};

/** The staff panel's language: the staff's choice, else the device's language if the game has it, else the fallback. */
export function staffLanguageOf(config: KioskConfig, deviceLanguage: string): StaffLanguage {
  return config.staffLanguage ?? languageOfTag(deviceLanguage) ?? DEFAULT_LANGUAGE;
}

/** Reading speed for a visitor standing at a screen (slower than seated reading). */
const READING_WPM = 120;
/** The most a passage earns is this many times the quiet time (180 s with the default 60 s). */
const MAX_READING_FACTOR = 3;

export function timingsOf(config: KioskConfig): IdleTimings {
  return {
    warningMs: config.warningMs,
    countdownMs: config.countdownMs,
    readingWpm: READING_WPM,
    maxReadingMs: config.warningMs * MAX_READING_FACTOR,
  };
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, Math.round(value)));

/** A PIN staff may choose: 4 to 8 digits, and not one anyone would guess first (isGuessablePin). */
export function isValidPin(pin: unknown): pin is string {
  return typeof pin === 'string' && /^[0-9]{4,8}$/.test(pin);
}

/** Reads the staff store's JSON. Anything missing, out of range or hostile falls back to the defaults. */
export function parseKioskConfig(raw: string | null, defaults: KioskConfig = KIOSK_DEFAULTS): KioskConfig {
  if (raw === null || raw.length > 2_000) return defaults;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return defaults;
  }
  if (typeof data !== 'object' || data === null) return defaults;
  const record = data as Record<string, unknown>;
  const num = (key: keyof typeof STAFF_BOUNDS, fallback: number): number => {
    const value = record[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
    return clamp(value, STAFF_BOUNDS[key].min, STAFF_BOUNDS[key].max);
  };
  return {
    warningMs: num('warningMs', defaults.warningMs),
    countdownMs: num('countdownMs', defaults.countdownMs),
    reloadEvery: num('reloadEvery', defaults.reloadEvery),
    volumePercent: num('volumePercent', defaults.volumePercent),
    pin: isValidPin(record['pin']) && record['pin'] !== RETIRED_PIN ? record['pin'] : defaults.pin,
    staffLanguage: STAFF_LANGUAGES.find((lang) => lang === record['staffLanguage']) ?? defaults.staffLanguage,
  };
}

export function serializeKioskConfig(config: KioskConfig): string {
  return JSON.stringify(config);
}

/** One staff step up or down on a setting, kept inside its bounds. */
export function nudge(config: KioskConfig, key: keyof typeof STAFF_BOUNDS, direction: 1 | -1): KioskConfig {
  const bounds = STAFF_BOUNDS[key];
  return { ...config, [key]: clamp(config[key] + direction * bounds.step, bounds.min, bounds.max) };
}

/**
 * One parameter of an address query, without URLSearchParams (the core has no DOM lib): the first `name=value`
 * pair, percent-decoded, `+` as a space; a malformed escape or an address over 2,048 characters gives null.
 */
export function queryValue(search: string, name: string): string | null {
  if (search.length > 2048) return null;
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const at = pair.indexOf('=');
    const key = at === -1 ? pair : pair.slice(0, at);
    if (key !== name) continue;
    try {
      return decodeURIComponent((at === -1 ? '' : pair.slice(at + 1)).replace(/\+/g, ' '));
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * `?mode=kiosk&idle=S&countdown=S` (seconds): short idle numbers for commissioning and tests. Only the kiosk
 * installer calls this; values are clamped to PARAM_BOUNDS, and non-numbers are ignored with a problem.
 */
export function applyAddressOverrides(
  config: KioskConfig,
  search: string,
): { config: KioskConfig; problems: string[] } {
  const problems: string[] = [];
  let next = config;
  const read = (name: string, key: keyof typeof PARAM_BOUNDS): void => {
    const raw = queryValue(search, name);
    if (raw === null) return;
    const seconds = Number(raw.slice(0, 12));
    if (!Number.isFinite(seconds) || raw.trim() === '') {
      problems.push(`ignored ${name}: not a number`);
      return;
    }
    next = { ...next, [key]: clamp(seconds * 1000, PARAM_BOUNDS[key].min, PARAM_BOUNDS[key].max) };
  };
  read('idle', 'warningMs');
  read('countdown', 'countdownMs');
  return { config: next, problems };
}

import { resolveLanguage, type ResolvedLanguage } from './resolve-language.ts';
import { resolveMode } from './modes.ts';
import type { Language } from '../core/settings/language.ts';
import { parseSettings } from '../core/settings/parse-settings.ts';
import { defaultSettings } from '../core/settings/settings.ts';

export interface PageLanguageInputs {
  /** `window.location.search`. */
  readonly search: string;
  /** The stored settings text (`SETTINGS_KEY` on the device), or null when there is none or storage is closed. */
  readonly storedSettings: string | null;
  /** `navigator.languages` (most preferred first). */
  readonly browser: readonly string[];
  /** Languages beyond the registry the address may ask for (the pseudo-locale of dev and test builds). */
  readonly extra?: readonly Language[];
}

/**
 * The language this page load reads, from everything the page knows at boot: the address, the remembered choice
 * (never in a mode that keeps nothing on the device: each kiosk visitor chooses afresh), the browser. main.ts
 * boots with it; src/boot/early-mode.js applies the same rule in plain script to start the story's download
 * before the modules load, and tests/unit/app/early-story.test.ts holds the two to the same answers.
 */
export function pageLanguage(inputs: PageLanguageInputs): ResolvedLanguage {
  const { mode } = resolveMode(inputs.search);
  const remembered =
    mode.persistence === 'none' ? null : parseSettings(inputs.storedSettings, defaultSettings(false)).settings.language;
  return resolveLanguage({
    search: inputs.search,
    remembered,
    browser: inputs.browser,
    ...(inputs.extra ? { extra: inputs.extra } : {}),
  });
}

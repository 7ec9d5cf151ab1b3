import { addressWithLanguage } from '../../../app/resolve-language.ts';
import { parseSettings, serializeSettings } from '../../../core/settings/parse-settings.ts';
import { SETTINGS_KEY, defaultSettings } from '../../../core/settings/settings.ts';
import type { Language } from '../../../core/settings/language.ts';
import type { StoragePort } from '../../../core/storage/storage-port.ts';

/**
 * Switches the game to `lang` the simplest honest way: remember the choice in the settings (the kiosk's storage is
 * memory, so nothing outlives the visit there), then reload the page with `?lang=`. Each language is its own story
 * file, so a game in progress continues through its autosave, which the save layer restarts at the start of its
 * chapter with everything carried over (another story edition).
 */
export function switchLanguage(
  lang: Language,
  storage: StoragePort,
  captionsByDefault: boolean,
  win: Window = window,
  marksByDefault = false,
): void {
  const defaults = defaultSettings(captionsByDefault, marksByDefault);
  const current = parseSettings(storage.read(SETTINGS_KEY), defaults).settings;
  storage.write(SETTINGS_KEY, serializeSettings({ ...current, language: lang }));
  win.location.assign(addressWithLanguage(win.location.search, lang));
}

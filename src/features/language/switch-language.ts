import { addressWithLanguage } from '../../app/resolve-language.ts';
import type { Language } from '../../core/settings/language.ts';
import type { SettingsStore } from '../../core/settings/settings-store.ts';

/**
 * Switches the game to `lang` the simplest honest way: remember the choice in the settings store (the kiosk's
 * storage is memory, so nothing outlives the visit there), then reload the page with `?lang=`. Each language is
 * its own story file, so a game in progress continues through its autosave, which the save layer restarts at the
 * start of its chapter with everything carried over (another story edition).
 */
export function switchLanguage(lang: Language, settings: SettingsStore, win: Window = window): void {
  settings.set({ ...settings.current(), language: lang });
  win.location.assign(addressWithLanguage(win.location.search, lang));
}

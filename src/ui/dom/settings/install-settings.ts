import type { Feature } from '../../../app/app-context.ts';
import { parseSettings, serializeSettings } from '../../../core/settings/parse-settings.ts';
import { SETTINGS_KEY, defaultSettings, type Settings } from '../../../core/settings/settings.ts';
import { button } from '../button.ts';
import { applySettings, devicePrefersReducedMotion } from './apply-settings.ts';
import { SettingsPanel } from './settings-panel.ts';
import { addressWithLanguage } from '../../../app/resolve-language.ts';

/**
 * Settings: read from storage (anything unreadable falls back to the defaults, never a crash), applied at once,
 * remembered on every change, and handed to the controller (captions, volumes). In kiosk mode the storage is
 * memory, so each visitor starts from the defaults.
 */
export const installSettings: Feature = (context) => {
  const { storage, strings, controller, mode } = context;
  const html = document.documentElement;
  const defaults = defaultSettings(mode.captionsByDefault, mode.mutedByDefault);
  const parsed = parseSettings(storage.read(SETTINGS_KEY), defaults);
  for (const problem of parsed.problems) console.warn(`[settings] ${problem}; using the default`);

  const apply = (settings: Settings, remember: boolean): void => {
    applySettings(settings, html, devicePrefersReducedMotion());
    controller.setCaptions(settings.captions);
    controller.setVolumes(settings.volumes);
    if (remember) storage.write(SETTINGS_KEY, serializeSettings(settings));
    // Another language is another story file: reload in it (docs/i18n.md).
    if (remember && settings.language !== null && settings.language !== context.lang) {
      window.location.assign(addressWithLanguage(window.location.search, settings.language));
    }
    panel.setRemembered(mode.persistence === 'local' && storage.kind === 'device');
  };

  const panel = new SettingsPanel(
    strings,
    parsed.settings,
    (settings) => apply(settings, true),
    () => {
      // Back to the defaults keeps the language: it is a choice of edition, not a reading preference.
      const reset = { ...defaults, language: context.lang };
      apply(reset, true);
      return reset;
    },
    context.lang,
  );
  apply(parsed.settings, false);

  context.titleMenu.append(button(strings.settings.open, () => panel.open(), { id: 'open-settings-title' }));
  context.readerBar.append(button(strings.settings.open, () => panel.open(), { id: 'open-settings' }));
};

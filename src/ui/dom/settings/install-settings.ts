import type { Feature } from '../../../app/app-context.ts';
import { parseSettings, serializeSettings } from '../../../core/settings/parse-settings.ts';
import { SETTINGS_KEY, defaultSettings, type Settings } from '../../../core/settings/settings.ts';
import { button } from '../button.ts';
import { applySettings, devicePrefersReducedMotion } from './apply-settings.ts';
import type { SettingsPanel } from './settings-panel.ts';
import { lazyPart, pageReloadNotice } from '../lazy-part.ts';
import { addressWithLanguage } from '../../../app/resolve-language.ts';
import { loadMarksStrings } from '../../../languages/marks-strings.ts';

/**
 * Settings: read from storage (anything unreadable falls back to the defaults, never a crash), applied at once,
 * remembered on every change, and handed to the controller (captions, volumes). In kiosk mode the storage is
 * memory, so each visitor starts from the defaults. The dialog and the marks setting's words are fetched the first
 * time the dialog opens, not before the first text; until then nothing but the stored settings can have changed.
 */
export const installSettings: Feature = (context) => {
  const { storage, strings, controller, mode } = context;
  const html = document.documentElement;
  const defaults = defaultSettings(mode.captionsByDefault, mode.marksByDefault);
  const parsed = parseSettings(storage.read(SETTINGS_KEY), defaults);
  for (const problem of parsed.problems) console.warn(`[settings] ${problem}; using the default`);

  /** The settings in force, which the dialog starts from when it is first built. */
  let current = parsed.settings;
  let panel: SettingsPanel | null = null;
  const remembered = (): boolean => mode.persistence === 'local' && storage.kind === 'device';

  const apply = (settings: Settings, remember: boolean): void => {
    current = settings;
    applySettings(settings, html, devicePrefersReducedMotion());
    controller.setCaptions(settings.captions);
    controller.setVolumes(settings.volumes);
    if (remember) storage.write(SETTINGS_KEY, serializeSettings(settings));
    // Another language is another story file: reload in it (docs/i18n.md).
    if (remember && settings.language !== null && settings.language !== context.lang) {
      window.location.assign(addressWithLanguage(window.location.search, settings.language));
    }
    panel?.setRemembered(remembered());
  };

  const load = lazyPart(
    () =>
      Promise.all([
        import('./settings-panel.ts'),
        // The marks' words are a small chunk of their own (src/languages/<lang>/marks.ts); without them the dialog
        // still opens, without the marks row.
        loadMarksStrings(context.lang).catch((error: unknown) => {
          console.warn('[settings] the marks setting could not load', error);
          return null;
        }),
      ]).then(([{ SettingsPanel }, marks]) => {
        panel = new SettingsPanel(
          strings,
          current,
          (settings) => apply(settings, true),
          () => {
            // Back to the defaults keeps the language: it is a choice of edition, not a reading preference.
            const reset = { ...defaults, language: context.lang };
            apply(reset, true);
            return reset;
          },
          context.lang,
        );
        panel.setRemembered(remembered());
        if (marks) panel.setMarksLabel(marks.setting);
        return panel;
      }),
    'settings',
    pageReloadNotice(context.notices, strings),
  );
  const open = (): void => void load().then((loaded) => loaded?.open());
  apply(parsed.settings, false);

  context.titleMenu.append(button(strings.settings.open, open, { id: 'open-settings-title' }));
  context.readerBar.append(button(strings.settings.open, open, { id: 'open-settings' }));
};

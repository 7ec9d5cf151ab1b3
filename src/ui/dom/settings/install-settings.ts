import type { Feature } from '../../../app/app-context.ts';
import type { Settings } from '../../../core/settings/settings.ts';
import { button } from '../button.ts';
import { applySettings, devicePrefersReducedMotion } from './apply-settings.ts';
import { SettingsPanel } from './settings-panel.ts';
import { addressWithLanguage } from '../../../app/resolve-language.ts';
import { loadMarksStrings } from '../../../languages/marks-strings.ts';

/**
 * Settings: the one store (context.settings) is read at boot (anything unreadable falls back to the defaults, never
 * a crash) and applied at once; every change, from the dialog or anywhere else, goes through the store and is
 * applied to the page, the controller (captions, volumes) and the dialog. In kiosk mode the storage is memory, and
 * the visitor reset hook puts the defaults back.
 */
export const installSettings: Feature = (context) => {
  const { strings, controller, mode, storage, settings: store } = context;
  const html = document.documentElement;
  for (const problem of store.problems) console.warn(`[settings] ${problem}; using the default`);

  const apply = (settings: Settings): void => {
    applySettings(settings, html, devicePrefersReducedMotion());
    controller.setCaptions(settings.captions);
    controller.setVolumes(settings.volumes);
    panel.show(settings);
    panel.setRemembered(mode.persistence === 'local' && storage.kind === 'device');
  };
  /** The defaults keep the language: it is a choice of edition, not a reading preference. */
  const defaults = (): Settings => ({ ...store.defaults, language: context.lang });

  const panel = new SettingsPanel(
    strings,
    store.current(),
    (settings) => {
      store.set(settings);
      // Another language is another story file: reload in it (docs/i18n.md).
      if (settings.language !== null && settings.language !== context.lang) {
        window.location.assign(addressWithLanguage(window.location.search, settings.language));
      }
    },
    () => {
      store.set(defaults());
      return store.current();
    },
    context.lang,
  );
  store.onChange(apply);
  apply(store.current());
  context.resets.register('settings', () => store.set(defaults()));
  // The marks' words are a small chunk of their own (src/languages/<lang>/marks.ts), not in the first script.
  void loadMarksStrings(context.lang)
    .then((t) => panel.setMarksLabel(t.setting))
    .catch((error: unknown) => console.warn('[settings] the marks setting could not load', error));

  context.titleMenu.append(button(strings.settings.open, () => panel.open(), { id: 'open-settings-title' }));
  context.readerBar.append(button(strings.settings.open, () => panel.open(), { id: 'open-settings' }));
};

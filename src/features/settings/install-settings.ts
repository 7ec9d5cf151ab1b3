import type { Feature } from '../../app/app-context.ts';
import type { Settings } from '../../core/settings/settings.ts';
import { button } from '../../ui/dom/button.ts';
import { applySettings, devicePrefersReducedMotion } from '../../ui/dom/settings/apply-settings.ts';
import type { SettingsPanel } from '../../ui/dom/settings/settings-panel.ts';
import { lazyPart, pageReloadNotice } from '../../ui/dom/lazy-part.ts';
import { addressWithLanguage } from '../../app/resolve-language.ts';
import { loadMarksStrings } from '../../languages/marks-strings.ts';

/**
 * Settings: the one store (context.settings) is read at boot (anything unreadable falls back to the defaults, never
 * a crash) and applied at once; every change, from the dialog or anywhere else, goes through the store and is
 * applied to the page, the controller (captions, volumes) and the dialog. In kiosk mode the storage is memory, and
 * the visitor reset hook puts the defaults back. The dialog and the marks setting's words are fetched the first time
 * the dialog opens, not before the first text.
 */
export const installSettings: Feature = (context) => {
  const { strings, controller, mode, storage, settings: store } = context;
  const html = document.documentElement;
  for (const problem of store.problems) console.warn(`[settings] ${problem}; using the default`);

  let panel: SettingsPanel | null = null;
  const remembered = (): boolean => mode.persistence === 'local' && storage.kind === 'device';
  const apply = (settings: Settings): void => {
    applySettings(settings, html, devicePrefersReducedMotion());
    controller.setCaptions(settings.captions);
    controller.setVolumes(settings.volumes);
    panel?.show(settings);
    panel?.setRemembered(remembered());
  };
  /** The defaults keep the language: it is a choice of edition, not a reading preference. */
  const defaults = (): Settings => ({ ...store.defaults, language: context.lang });

  const load = lazyPart(
    () =>
      Promise.all([
        import('../../ui/dom/settings/settings-panel.ts'),
        // The marks' words are a small chunk of their own (src/languages/<lang>/marks.ts); without them the dialog
        // still opens, without the marks row.
        loadMarksStrings(context.lang).catch((error: unknown) => {
          console.warn('[settings] the marks setting could not load', error);
          return null;
        }),
      ]).then(([{ SettingsPanel }, marks]) => {
        const made = new SettingsPanel(
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
        made.setRemembered(remembered());
        if (marks) made.setMarksLabel(marks.setting);
        panel = made;
        return made;
      }),
    'settings',
    pageReloadNotice(context.notices, strings),
  );
  const open = (): void => void load().then((loaded) => loaded?.open());
  store.onChange(apply);
  apply(store.current());
  context.resets.register('settings', () => store.set(defaults()));

  context.titleMenu.append(button(strings.settings.open, open, { id: 'open-settings-title' }));
  context.readerBar.append(button(strings.settings.open, open, { id: 'open-settings' }));
};

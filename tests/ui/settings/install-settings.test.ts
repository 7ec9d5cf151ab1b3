// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../../src/app/app-context.ts';
import type { Controller } from '../../../src/app/controller.ts';
import type { Mode } from '../../../src/app/modes.ts';
import { resolveMode } from '../../../src/app/modes.ts';
import { createResetHooks } from '../../../src/core/reset/reset-hooks.ts';
import { createSettingsStore } from '../../../src/core/settings/settings-store.ts';
import { SETTINGS_KEY, defaultSettings } from '../../../src/core/settings/settings.ts';
import { createMemoryStorage } from '../../../src/core/storage/memory-storage.ts';
import type { StoragePort } from '../../../src/core/storage/storage-port.ts';
import { installSettings } from '../../../src/features/settings/install-settings.ts';
import { en } from '../../../src/ui/strings/en.ts';

/** Installs the feature and opens its dialog as a reader would (the dialog loads on first use). */
async function install(stored: string | null, mode: Mode = resolveMode('').mode) {
  const storage: StoragePort = createMemoryStorage();
  if (stored !== null) storage.write(SETTINGS_KEY, stored);
  const controller = { setCaptions: vi.fn(), setVolumes: vi.fn() };
  const titleMenu = document.createElement('div');
  const readerBar = document.createElement('div');
  document.body.append(titleMenu, readerBar);
  const resets = createResetHooks();
  installSettings({
    mode,
    strings: en,
    storage,
    settings: createSettingsStore(storage, defaultSettings(mode.captionsByDefault)),
    resets,
    controller: controller as unknown as Controller,
    titleMenu,
    readerBar,
    notices: { show: vi.fn() },
  } as unknown as AppContext);
  expect(document.querySelector('#settings')).toBeNull();
  titleMenu.querySelector('button')!.click();
  await vi.waitFor(() => expect(document.querySelector('#setting-theme')).not.toBeNull());
  const select = (name: string) => document.querySelector<HTMLSelectElement>(`#setting-${name}`)!;
  return { storage, controller, titleMenu, readerBar, select, resets };
}

function change(element: HTMLSelectElement | HTMLInputElement, value: string | boolean) {
  if (typeof value === 'boolean') (element as HTMLInputElement).checked = value;
  else element.value = value;
  element.dispatchEvent(new Event(element.type === 'range' ? 'input' : 'change'));
}

beforeEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
  for (const key of Object.keys(document.documentElement.dataset))
    document.documentElement.removeAttribute(`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
});

describe('installing settings', () => {
  it('applies remembered settings to <html> and the controller at once', async () => {
    const { controller } = await install(
      JSON.stringify({
        theme: 'dark',
        textSize: 'large',
        lineSpacing: 'wide',
        textSpeed: 'instant',
        motion: 'reduced',
        captions: true,
      }),
    );
    const html = document.documentElement;
    expect(html.dataset['theme']).toBe('dark');
    expect(html.dataset['textSpeed']).toBe('instant');
    expect(html.dataset['motion']).toBe('reduced');
    expect(html.style.getPropertyValue('--text-size')).toBe('1.3rem');
    expect(html.style.getPropertyValue('--line-height')).toBe('2.2');
    expect(controller.setCaptions).toHaveBeenLastCalledWith(true);
  });

  it('starts from the defaults when the stored settings are corrupt, without throwing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { controller } = await install('{"theme": "dark",,,');
    expect(document.documentElement.dataset['theme']).toBe('paper');
    expect(controller.setCaptions).toHaveBeenLastCalledWith(false);
  });

  it('takes captions on by default in a mode that captions by default', async () => {
    const { controller } = await install(null, resolveMode('?mode=kiosk').mode);
    expect(controller.setCaptions).toHaveBeenLastCalledWith(true);
  });

  it('applies and remembers a change as soon as it is made', async () => {
    const { storage, select } = await install(null);
    change(select('theme'), 'contrast');
    expect(document.documentElement.dataset['theme']).toBe('contrast');
    expect(JSON.parse(storage.read(SETTINGS_KEY)!).theme).toBe('contrast');
    change(select('typeface'), 'dyslexic');
    expect(document.documentElement.dataset['typeface']).toBe('dyslexic');
  });

  it('passes volumes and mute to the controller for the sound', async () => {
    const { controller } = await install(null);
    change(document.querySelector<HTMLInputElement>('#setting-volume-music')!, '30');
    expect(controller.setVolumes).toHaveBeenLastCalledWith(expect.objectContaining({ music: 0.3, muted: false }));
    change(document.querySelector<HTMLInputElement>('#setting-mute')!, true);
    expect(controller.setVolumes).toHaveBeenLastCalledWith(expect.objectContaining({ music: 0.3, muted: true }));
  });

  it('offers the language, remembers the choice and reloads the game in it, keeping the other parameters', async () => {
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    const storage: StoragePort = createMemoryStorage();
    const titleMenu = document.createElement('div');
    const readerBar = document.createElement('div');
    const controller = { setCaptions: vi.fn(), setVolumes: vi.fn() };
    installSettings({
      mode: resolveMode('').mode,
      lang: 'en',
      strings: en,
      storage,
      settings: createSettingsStore(storage, defaultSettings(false)),
      resets: createResetHooks(),
      controller: controller as unknown as Controller,
      titleMenu,
      readerBar,
      notices: { show: vi.fn() },
    } as unknown as AppContext);
    titleMenu.querySelector('button')!.click();
    await vi.waitFor(() => expect(document.querySelector('#setting-language')).not.toBeNull());
    const language = document.querySelector<HTMLSelectElement>('#setting-language')!;
    expect(language.value).toBe('en');
    expect([...language.options].map((o) => o.textContent)).toEqual(['English', 'Español']);
    change(language, 'es');
    expect(JSON.parse(storage.read(SETTINGS_KEY)!).language).toBe('es');
    expect(assign).toHaveBeenCalledWith(expect.stringMatching(/lang=es$/));
    assign.mockRestore();
  });

  it('labels every control and puts a Settings button on the title and in the reader bar', async () => {
    const { titleMenu, readerBar } = await install(null);
    expect(titleMenu.textContent).toBe(en.settings.open);
    expect(readerBar.textContent).toBe(en.settings.open);
    const controls = [...document.querySelectorAll<HTMLElement>('#settings select, #settings input')];
    // Twelve reading settings, the language, and the marks row (its words load with the dialog).
    expect(controls.length).toBe(14);
    expect(document.querySelector('#setting-marks')).not.toBeNull();
    for (const control of controls)
      expect(document.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
  });

  it('goes back to the defaults on request', async () => {
    const { storage, select } = await install(JSON.stringify({ theme: 'dark' }));
    const reset = [...document.querySelectorAll('#settings button')].find(
      (b) => b.textContent === en.settings.reset,
    ) as HTMLButtonElement;
    reset.click();
    expect(document.documentElement.dataset['theme']).toBe('paper');
    expect(JSON.parse(storage.read(SETTINGS_KEY)!).theme).toBe('paper');
    expect(select('theme').value).toBe('paper');
  });

  it('registers a reset hook that puts the defaults back on the page, in storage and in the open dialog', async () => {
    const { storage, select, resets, controller } = await install(JSON.stringify({ theme: 'dark', captions: true }));
    change(select('textSize'), 'larger');
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(resets.runAll()).toEqual([]);
    expect(document.documentElement.dataset['theme']).toBe('paper');
    expect(document.documentElement.style.getPropertyValue('--text-size')).toBe('1.125rem');
    expect(JSON.parse(storage.read(SETTINGS_KEY)!).theme).toBe('paper');
    expect(select('theme').value).toBe('paper');
    expect(select('textSize').value).toBe('normal');
    expect(controller.setCaptions).toHaveBeenLastCalledWith(false);
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './support/browser.ts';

// The generative ambience with the real howler in Chromium: the bed plays as two layers of one file, ambient one-shots
// arrive on their own over it, and nothing reaches the console as an error (docs/sound.md).

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What howler holds, read from its global (howler 2.2.4 sets `window.Howler`). */
interface HowlerSnapshot {
  readonly ctx: string;
  readonly howls: { readonly src: string; readonly state: string; readonly sounds: number; readonly playing: number }[];
}

describe('ambience in real Chromium', () => {
  it('plays a bed in two layers and ambient one-shots over it, with no console error', async () => {
    const { page, errors, context } = await openPage(browser, 'about:blank');
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true', undefined, {
      timeout: 90_000,
    });
    await page.getByRole('button', { name: 'Begin', exact: true }).click();
    await page.locator('#choices button[data-choice]').first().waitFor({ timeout: 30_000 });
    const snapshot = (): Promise<HowlerSnapshot> =>
      page.evaluate(() => {
        interface HowlInternals {
          _src: string | string[];
          state(): string;
          _sounds: { _paused: boolean }[];
        }
        const howler = (window as unknown as { Howler?: { ctx?: { state: string }; _howls: HowlInternals[] } }).Howler;
        return {
          ctx: howler?.ctx?.state ?? 'none',
          howls: (howler?._howls ?? []).map((h) => ({
            src: String(h._src),
            state: h.state(),
            sounds: h._sounds.length,
            playing: h._sounds.filter((s) => !s._paused).length,
          })),
        };
      });
    // the first passage declares an ambience; its bed is one Howl with two playing sounds (the two layers)
    await page.waitForFunction(
      () => {
        interface HowlInternals {
          _src: string | string[];
          state(): string;
          _sounds: { _paused: boolean }[];
        }
        const howls = (window as unknown as { Howler?: { _howls: HowlInternals[] } }).Howler?._howls ?? [];
        return howls.some(
          (h) =>
            String(h._src).includes('/assets/') &&
            h.state() === 'loaded' &&
            h._sounds.filter((s) => !s._paused).length >= 2,
        );
      },
      undefined,
      { timeout: 60_000, polling: 500 },
    );
    // an ambient one-shot arrives by itself within the longest gap of any bed (45 s), loads and plays
    await page.waitForFunction(
      () => {
        interface HowlInternals {
          _src: string | string[];
          state(): string;
          _sounds: unknown[];
        }
        const howls = (window as unknown as { Howler?: { _howls: HowlInternals[] } }).Howler?._howls ?? [];
        return howls.some(
          (h) =>
            /oneshot|_far|hens|cart|vendor|rain_tin|typing|floorboard|corridor|tray/.test(String(h._src)) &&
            h.state() === 'loaded' &&
            h._sounds.length > 0,
        );
      },
      undefined,
      { timeout: 90_000, polling: 500 },
    );
    const after = await snapshot();
    expect(after.ctx).toBe('running');
    expect(after.howls.every((h) => h.state !== 'unloaded')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './support/browser.ts';
import { beginAndPlay, ready } from './support/play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SETTINGS_KEY = 'avenida-viena:settings';

describe('settings in Chromium', () => {
  it('applies a theme at once and remembers it after a reload', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseUrl'));
    await ready(page);
    const paperBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.locator('#open-settings-title').click();
    await page.locator('#setting-theme').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(paperBackground);
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    // The dialog is built when it first opens, from the remembered settings.
    await page.locator('#open-settings-title').click();
    expect(await page.locator('#setting-theme').inputValue()).toBe('dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads OpenDyslexic only when it is chosen, and the story text uses it', async () => {
    const { page, context, requests, errors } = await openPage(browser, inject('baseUrl'));
    await ready(page);
    await beginAndPlay(page, 1);
    expect(requests.filter((url) => /opendyslexic|atkinson/i.test(url))).toEqual([]);
    await page.locator('#open-settings').click();
    await page.locator('#setting-typeface').selectOption('dyslexic');
    // fonts.check() is true while no OpenDyslexic face is declared yet (nothing to load), so wait for a loaded face
    await page.waitForFunction(() =>
      [...document.fonts].some((f) => f.family.replace(/["']/g, '') === 'OpenDyslexic' && f.status === 'loaded'),
    );
    expect(requests.some((url) => /opendyslexic.*\.woff2$/i.test(url))).toBe(true);
    expect(
      await page
        .locator('#story p')
        .first()
        .evaluate((p) => getComputedStyle(p).fontFamily),
    ).toMatch(/^OpenDyslexic/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('changes text size and line spacing of the story at once', async () => {
    const { page, context } = await openPage(browser, inject('baseUrl'));
    await ready(page);
    await beginAndPlay(page, 1);
    const size = () =>
      page
        .locator('#story p')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const lineHeight = () =>
      page
        .locator('#story p')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    const before = { size: await size(), line: await lineHeight() };
    await page.locator('#open-settings').click();
    await page.locator('#setting-textSize').selectOption('larger');
    await page.locator('#setting-lineSpacing').selectOption('wide');
    expect(await size()).toBeGreaterThan(before.size * 1.25);
    expect((await lineHeight()) / (await size())).toBeCloseTo(2.2, 1);
    await context.close();
  });

  it('turns text animation off for instant text and for reduced motion, following the device by default', async () => {
    const { page, context } = await openPage(browser, inject('baseUrl'), { reducedMotion: true });
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.dataset['motion'])).toBe('reduced');
    await beginAndPlay(page, 1);
    const animation = () =>
      page
        .locator('#story p.new')
        .last()
        .evaluate((p) => getComputedStyle(p).animationName);
    expect(await animation()).toBe('none');
    await page.locator('#open-settings').click();
    await page.locator('#setting-motion').selectOption('full');
    expect(await animation()).toBe('appear');
    await page.locator('#setting-textSpeed').selectOption('instant');
    expect(await animation()).toBe('none');
    await context.close();
  });

  it('starts from the defaults, without an error, when the stored settings are corrupt', async () => {
    const { page, context, errors } = await openPage(browser, 'about:blank');
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"theme":"dark","textSize":');
        sessionStorage.setItem('seeded', '1');
      }
    }, SETTINGS_KEY);
    await page.goto(inject('baseUrl'));
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('paper');
    await beginAndPlay(page, 2);
    expect(await page.locator('#choices button[data-choice]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows captions for sounds only once captions are switched on', async () => {
    // Begin, the Mexican comrade, a greeting: then the garage door's bolt slides (ch1_arrival, the_garage).
    const off = await openPage(browser, inject('baseUrl'));
    await ready(off.page);
    await beginAndPlay(off.page, 3);
    expect(await off.page.locator('#story p.caption').count()).toBe(0);
    await off.context.close();

    const { page, context } = await openPage(browser, inject('baseUrl'));
    await ready(page);
    await page.locator('#open-settings-title').click();
    await page.locator('#setting-captions').check();
    await page.locator('#settings .panel-close').click();
    await beginAndPlay(page, 3);
    expect(await page.locator('#story p.caption').count()).toBeGreaterThan(0);
    await context.close();
  });
});

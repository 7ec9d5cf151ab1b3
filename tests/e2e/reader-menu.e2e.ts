import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';

/**
 * The reader bar's one menu button on a phone (src/ui/dom/reader-bar/reader-menu.ts), and the kiosk's first paint
 * (src/boot/early-mode.js): what a visitor sees before any of the game's modules has run.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName ?? '');

describe('the reader menu on a phone', () => {
  it('folds the bar into one button: opens by keyboard, arrows move, Escape closes and gives focus back', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
    await page.locator('#begin').click();
    await page.locator('#choices button[data-choice]').first().waitFor();
    const toggle = page.locator('#reader-menu-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await page.locator('#open-settings').isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await toggle.focus();
    await page.keyboard.press('Enter');
    // The menu's code loads on the first press (it is not part of the JavaScript before the first text).
    await page.locator('#reader-menu-toggle[aria-expanded="true"]').waitFor();
    expect(await page.locator('#open-settings').isVisible()).toBe(true);
    const first = await focused(page);
    expect(first).toBe((await page.locator('#reader-actions button').first().getAttribute('id')) ?? 'BUTTON');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).not.toBe(first);
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#open-settings').isVisible()).toBe(false);
    expect(await focused(page)).toBe('reader-menu-toggle');

    // An action closes the menu; the panel it opens gives focus back to the menu button, which is still shown.
    await toggle.click();
    await page.locator('#open-settings').click();
    await page.locator('dialog[open]').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    expect(await focused(page)).toBe('reader-menu-toggle');

    // A tap elsewhere closes it.
    await toggle.click();
    await page.locator('#story').click({ position: { x: 10, y: 10 } });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  }, 120_000);

  it('shows every action in the bar, with no menu button, on a 1366 × 768 screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}?lang=es`);
    await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
    await page.locator('#begin').click();
    await page.locator('#choices button[data-choice]').first().waitFor();
    expect(await page.locator('#reader-menu-toggle').isVisible()).toBe(false);
    const actions = page.locator('#reader-actions button');
    expect(await actions.count()).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < (await actions.count()); i++) expect(await actions.nth(i).isVisible()).toBe(true);
    expect(await page.locator('#reader-menu-toggle').textContent()).toBe('Menú');
    await context.close();
  }, 120_000);
});

describe('the first paint of a kiosk', () => {
  /** The page as it is painted before the game's own modules run: they are held back (the early script is not). */
  interface FirstPaint {
    readonly title: boolean;
    readonly marked: string | null;
    readonly close: () => Promise<void>;
  }
  async function beforeModules(query: string): Promise<FirstPaint> {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
    await context.route(/\/assets\/(?!early-mode-[A-Za-z0-9_-]{8}\.js$).*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}${query}`);
    await page.waitForLoadState('load');
    const title = await page.locator('#title-heading').evaluate((h) => h.checkVisibility({ visibilityProperty: true }));
    const marked = await page.evaluate(() => document.documentElement.getAttribute('data-boot-mode'));
    return { title, marked, close: () => context.close() };
  }

  it('never shows the home title in kiosk mode, while the normal page shows it from the first paint', async () => {
    const kiosk = await beforeModules('?mode=kiosk');
    expect(kiosk.marked).toBe('kiosk');
    expect(kiosk.title).toBe(false);
    await kiosk.close();
    const normal = await beforeModules('');
    expect(normal.marked).toBeNull();
    expect(normal.title).toBe(true);
    await normal.close();
    const upper = await beforeModules('?mode=KIOSK');
    expect(upper.title).toBe(false);
    await upper.close();
  }, 120_000);
});

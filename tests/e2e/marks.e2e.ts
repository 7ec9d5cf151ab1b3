import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';

// Marks on invented and sourced lines (docs/marks.md): on by default in classroom mode, off at home, a source
// button that opens the line's sources, a setting that turns them on and off, in real Chromium.
const SHOTS = '.out/shots';
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A page without the pictures (Phaser's chunk answered empty: the story goes on as text, as the game allows). */
async function open(query: string, viewport = { width: 1366, height: 768 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  await context.route(/\/assets\/phaser-[^/]*\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  return { page, errors };
}

/** From the title to the first lines of the Teamster's arrival: sourced lines, then invented ones. */
async function playIntoChapterOne(page: Page): Promise<void> {
  await page.waitForFunction(() => !(document.getElementById('begin') as HTMLButtonElement).disabled);
  await page.locator('#begin').click();
  for (let i = 0; i < 2; i += 1) {
    const first = await page.locator('#choices button[data-choice]').first().elementHandle({ timeout: 30_000 });
    await page.keyboard.press('1');
    await page.waitForFunction((button) => !button?.isConnected, first, { timeout: 30_000 });
  }
  await page.locator('#choices button[data-choice]').first().waitFor({ timeout: 30_000 });
}

const axe = (page: Page) => axeViolations(page, { exclude: '#stage' });

describe('marks on invented and sourced lines in Chromium', { timeout: 300_000 }, () => {
  it('marks lines in classroom mode, and a source button opens the line’s sources by keyboard', async () => {
    const { page, errors } = await open('?mode=classroom');
    await playIntoChapterOne(page);
    const invented = page.locator('#story p[data-invented] .mark-invented');
    await invented.first().waitFor({ timeout: 30_000 });
    expect(await invented.first().textContent()).toBe('inventedinvented line');
    expect(await invented.first().isVisible()).toBe(true);

    const source = page.locator('#story p[data-cites] button.mark-source').first();
    await source.waitFor();
    expect(await source.getAttribute('aria-label')).toMatch(/^source: \S/);
    await page.screenshot({ path: `${SHOTS}/marks-classroom-1366.png` });
    expect(await axe(page)).toEqual([]);

    await source.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('dialog#line-sources[open]');
    await panel.waitFor();
    const cited = await page.locator('#story p[data-cites]').first().getAttribute('data-cites');
    const firstId = (cited ?? '').split(' ')[0] ?? '';
    expect(await panel.locator(`li[data-source="${firstId}"] cite`).textContent()).toMatch(/\S{10,}/);
    await page.screenshot({ path: `${SHOTS}/marks-source-panel.png` });
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.locator('dialog#line-sources[open]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows no marks at home by default, and shows them once the setting is turned on', async () => {
    const { page, errors } = await open('', { width: 1920, height: 1080 });
    await playIntoChapterOne(page);
    expect(await page.locator('#story p[data-invented]').count()).toBeGreaterThan(0);
    expect(await page.locator('#story p[data-cites]').count()).toBeGreaterThan(0);
    expect(await page.locator('#story .line-mark').count()).toBe(0);

    await page.locator('#open-settings').click();
    const box = page.getByLabel('Show what is invented and sourced');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await page.keyboard.press('Escape');
    await page.locator('#story p[data-cites] button.mark-source').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#story .mark-invented').first().isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/marks-home-on-1920.png` });

    await page.locator('#open-settings').click();
    await page.getByLabel('Show what is invented and sourced').uncheck();
    await page.keyboard.press('Escape');
    expect(await page.locator('#story .mark-invented').first().isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('speaks Spanish and fits a phone', async () => {
    const { page, errors } = await open('?mode=classroom&lang=es', { width: 390, height: 844 });
    await playIntoChapterOne(page);
    const source = page.locator('#story p[data-cites] button.mark-source').first();
    await source.waitFor({ timeout: 30_000 });
    expect(await source.textContent()).toBe('fuente');
    expect(await source.getAttribute('aria-label')).toMatch(/^fuente: \S/);
    expect(await page.locator('#story .mark-invented .visually-hidden').first().textContent()).toBe('línea inventada');
    await page.screenshot({ path: `${SHOTS}/marks-es-390.png` });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

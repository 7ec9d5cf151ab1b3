import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';

/**
 * Zoom and reflow (WCAG 1.4.10): a 1280 × 800 screen at 200 % and 400 % zoom is emulated as a 640 × 400 and a
 * 320 × 200 CSS viewport at device scale 2 and 4; a 200 × 200 window too. On each, the title is in scroll reach,
 * every control can be scrolled into view, and the story keeps several lines in view.
 */
const SHOTS = '.out/shots';
const ZOOMS = [
  { name: 'zoom-200', width: 640, height: 400, scale: 2 },
  { name: 'zoom-400', width: 320, height: 200, scale: 4 },
  { name: 'window-200', width: 200, height: 200, scale: 1 },
] as const;

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Scrolls the control into view (as a keyboard's focus or a finger would) and says whether it then lies wholly
 * inside the viewport.
 */
async function reachable(page: Page, selector: string, index: number): Promise<boolean> {
  return page
    .locator(selector)
    .nth(index)
    .evaluate((el) => {
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const fits = r.bottom <= window.innerHeight + 1 && r.right <= window.innerWidth + 1;
      return r.width > 0 && r.top >= -1 && r.left >= -1 && fits;
    });
}

describe('zoom and reflow in Chromium', () => {
  for (const zoom of ZOOMS) {
    const title = `${zoom.name} (${zoom.width} × ${zoom.height} CSS px)`;
    it(`keeps the title, every control and a few lines of story in reach at ${title}`, async () => {
      const context = await browser.newContext({
        viewport: { width: zoom.width, height: zoom.height },
        deviceScaleFactor: zoom.scale,
        serviceWorkers: 'block',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
      // The title's top is never above where the title screen can scroll to.
      const titleTop = await page.evaluate(() => {
        const screen = document.getElementById('title-screen')!;
        screen.scrollTop = 0;
        const heading = document.getElementById('title-heading')!;
        return heading.getBoundingClientRect().top - screen.getBoundingClientRect().top;
      });
      expect(titleTop).toBeGreaterThanOrEqual(0);
      // Every title button shown (Continue and Chapters appear only once there is a save).
      const titleControls = await page.locator('#title-screen button:visible').count();
      expect(titleControls).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < titleControls; i++) {
        expect(await reachable(page, '#title-screen button:visible', i), `title button ${i}`).toBe(true);
      }
      await page.screenshot({ path: `${SHOTS}/layout-${zoom.name}-title.png` });

      await page.locator('#begin').click({ force: true });
      await page.locator('#choices button[data-choice]').first().waitFor();
      for (let turn = 0; turn < 4 && (await page.locator('#story p.chosen').count()) === 0; turn++) {
        await page.keyboard.press('1');
        await page.locator('#choices button[data-choice]').first().waitFor();
      }
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.screenshot({ path: `${SHOTS}/layout-${zoom.name}-play.png` });
      // A few lines of story in view under the bar.
      const storyInView = await page.evaluate(() => {
        const story = document.getElementById('story')!.getBoundingClientRect();
        const bar = document.getElementById('reader-bar')!.getBoundingClientRect();
        const top = Math.max(story.top, bar.bottom, 0);
        const bottom = Math.min(story.bottom, window.innerHeight);
        const line = parseFloat(getComputedStyle(document.querySelector('#story p')!).lineHeight);
        return (bottom - top) / line;
      });
      expect(storyInView).toBeGreaterThanOrEqual(3);
      const choices = await page.locator('#choices button').count();
      expect(choices).toBeGreaterThan(0);
      for (let i = 0; i < choices; i++) expect(await reachable(page, '#choices button', i), `choice ${i}`).toBe(true);
      // The bar: its menu button (or its buttons, if they fit), and every action behind the menu.
      const toggle = page.locator('#reader-menu-toggle');
      if (await toggle.isVisible()) {
        expect(await reachable(page, '#reader-menu-toggle', 0)).toBe(true);
        await toggle.click({ force: true });
        await page.locator('#reader-menu-toggle[aria-expanded="true"]').waitFor();
      }
      const actions = await page.locator('#reader-actions button').count();
      expect(actions).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < actions; i++) {
        expect(await reachable(page, '#reader-actions button', i), `action ${i}`).toBe(true);
      }
      await page.screenshot({ path: `${SHOTS}/layout-${zoom.name}-menu.png` });
      await context.close();
    }, 180_000);
  }
});

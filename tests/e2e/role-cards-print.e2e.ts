import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';

/**
 * The role cards print as cut-out cards, several to a sheet, in A4 and Letter and both languages: rendered to PDF
 * with Chromium (.out/pack/), and the printed layout checked in print media: no card split, several on the first page.
 */
const OUT = '.out/pack';
let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the printed role cards', { timeout: 300_000 }, () => {
  it('print as cut-out cards, several a page, without the guide heading, in A4 and Letter, in both languages', async () => {
    for (const lang of ['en', 'es'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      await context.route(/\/assets\/phaser-[^/]*\.js$/, (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
      );
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}?mode=classroom&lang=${lang}`);
      await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
      await page.locator('#open-role-cards').click();
      await page.locator('dialog#teacher-guide[open] .role-card').first().waitFor();
      expect(await page.locator('.role-card').count()).toBeGreaterThanOrEqual(3);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#teacher-guide .panel-header').isVisible()).toBe(false);
      // Every card fits in less than half an A4 page's printable height (about 25.7 cm at 96 px/cm ÷ 2.54).
      const heights = await page
        .locator('.role-card')
        .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().height));
      const a4Printable = ((29.7 - 4) / 2.54) * 96;
      for (const h of heights) expect(h).toBeLessThan(a4Printable / 2);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ path: `${OUT}/role-cards-${lang}-${format}.pdf`, format, printBackground: true });
        expect(pdf.length).toBeGreaterThan(1000);
      }
      await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi, for a look at the printed layout
      await page.screenshot({ path: `${OUT}/role-cards-${lang}-print.png`, fullPage: true });
      await context.close();
    }
  });
});

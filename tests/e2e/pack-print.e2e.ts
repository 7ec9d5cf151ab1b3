import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';

/**
 * The classroom pack prints: each document of the pack, in both languages, rendered to PDF by Chromium at A4 and
 * Letter (.out/pack/), with the number of pages it is meant to have (the lesson plan on one page), and nothing
 * wider than the printable width of either sheet. A screenshot of each in print media at A4 width is left beside
 * the PDFs for a look.
 */
const OUT = '.out/pack';
const CM = 96 / 2.54;
/** The print stylesheet's page margin (classroom.css, @page), on each side. */
const MARGIN_CM = 1.5;
const SHEETS = { A4: 21, Letter: 21.59 } as const;

/** How many pages each document is meant to print on, at most, at either size; the lesson plan exactly one. */
const PAGES = { plan: 1, worksheet: 2, rubric: 1, answers: 2, standards: 2 } as const;
type PackSection = keyof typeof PAGES;
const SECTIONS = Object.keys(PAGES) as PackSection[];

/** The page objects in a PDF written by Chromium (each page is one `/Type /Page` dictionary). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Elements of the printed document that reach past its right edge, or whose content is wider than they are. */
async function overflowing(page: Page): Promise<string[]> {
  return page.locator('#teacher-guide .guide-content').evaluate((content) => {
    const right = content.getBoundingClientRect().right;
    const out: string[] = [];
    for (const node of [content, ...content.querySelectorAll<HTMLElement>('*')]) {
      const r = node.getBoundingClientRect();
      if (r.right > right + 1 || node.scrollWidth > node.clientWidth + 1)
        out.push(`${node.tagName} "${(node.textContent ?? '').slice(0, 40)}"`);
    }
    return out;
  });
}

/** Accessibility violations in the open panel (the canvas stage left out, as in the other classroom tests). */
async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .exclude('#stage')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The screen sizes each document is looked at in before it is printed. */
const SCREENS = [
  [390, 844],
  [1366, 768],
  [1920, 1080],
] as const;

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the printed classroom pack', { timeout: 600_000 }, () => {
  it('shows each document accessibly, and prints it at A4 and Letter in both languages on the pages meant and within the width', async () => {
    const measured: string[] = [];
    for (const lang of ['en', 'es'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      await context.route(/\/assets\/phaser-[^/]*\.js$/, (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
      );
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}?mode=classroom&lang=${lang}`);
      await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
      await page.locator('#open-teacher-guide').click();
      await page.locator('dialog#teacher-guide[open]').waitFor();
      for (const section of SECTIONS) {
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: 1366, height: 768 });
        const tab = page.locator(`#teacher-guide .guide-tabs [data-section="${section}"]`);
        await tab.click();
        await page.locator(`#teacher-guide .guide-content[data-pack="${section}"] .pack-title`).waitFor();
        // The tab is named by the document's own title (up to a colon), in the page's language.
        const title = (await page.locator('#teacher-guide .pack-title').textContent()) ?? '';
        expect(title.split(':')[0]).toBe(await tab.textContent());
        expect(await axe(page), `${lang} ${section}`).toEqual([]);
        for (const [width, height] of SCREENS) {
          await page.setViewportSize({ width, height });
          await page.screenshot({ path: `${OUT}/${section}-${lang}-${width}.png` });
        }
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('#teacher-guide .panel-header').isVisible()).toBe(false);
        for (const [format, width] of Object.entries(SHEETS) as [keyof typeof SHEETS, number][]) {
          await page.setViewportSize({ width: Math.floor((width - 2 * MARGIN_CM) * CM), height: 900 });
          expect(await overflowing(page), `${lang} ${section} ${format}`).toEqual([]);
          const path = `${OUT}/${section}-${lang}-${format}.pdf`;
          const pages = pageCount(await page.pdf({ path, format, printBackground: true }));
          measured.push(`${section} ${lang} ${format}: ${pages}`);
          expect(pages, `${lang} ${section} ${format}`).toBeGreaterThanOrEqual(1);
          if (section === 'plan') expect(pages, `${lang} lesson plan ${format}`).toBe(1);
          else expect(pages, `${lang} ${section} ${format}`).toBeLessThanOrEqual(PAGES[section]);
        }
        await page.setViewportSize({ width: Math.round(21 * CM), height: 1123 }); // A4 at 96 dpi, for a look
        await page.screenshot({ path: `${OUT}/${section}-${lang}-print.png`, fullPage: true });
      }
      await context.close();
    }
    console.log(`pack pages: ${measured.join('; ')}`);
  });
});

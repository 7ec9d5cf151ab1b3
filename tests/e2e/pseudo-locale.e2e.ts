import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../tools/serve.mjs';
import { launch, openPage } from './support/browser.ts';
import { ready } from './support/play.ts';
import { CONTENT, pseudoProblems, type Exempt } from './support/pseudo-check.ts';

// The pseudo-locale (docs/i18n.md): a build made with `--mode pseudo` answers ?lang=pseudo with the English tables
// accented, about 30 % longer and wrapped in right-to-left marks. Playing the opening and opening the main dialogs in
// it must show no interface text that bypassed the tables and no layout broken by the longer words.
const DIST = '.out/pseudo-dist';
const SHOTS = '.out/shots';
let browser: Browser;
let server: Server;
let baseUrl = '';

/** Every string in the shipped record data: content (like the story), shown in the archive as it is. */
function recordTexts(): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value.trim());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  for (const file of readdirSync('story/record').filter((f) => f.endsWith('.json')))
    walk(JSON.parse(readFileSync(`story/record/${file}`, 'utf8')));
  return texts;
}

/** The game's name is a name in every language (as in the interface parity allow-list). */
const EXEMPT: Exempt = { ...CONTENT, texts: ['Avenida Viena, 1940', ...recordTexts()] };

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--mode', 'pseudo', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'error'],
    { encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`the pseudo-locale build failed:\n${build.stdout}\n${build.stderr}`);
});
beforeAll(async () => {
  ({ server, url: baseUrl } = await startServer({ port: 0, dir: DIST }));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

/**
 * Opens a dialog by its button, checks it, screenshots it and closes it with Escape. On a narrow panel the reader
 * bar's actions are under its one menu button (docs/layout.md): it is opened first, as a reader would.
 */
async function checkDialog(page: Page, button: string, dialog: string, shot: string) {
  const toggle = page.locator('#reader-menu-toggle');
  if (!(await page.locator(button).isVisible()) && (await toggle.isVisible())) {
    await toggle.click();
    await page.locator('#reader-menu-toggle[aria-expanded="true"]').waitFor();
  }
  await page.locator(button).click();
  await page.locator(`dialog#${dialog}[open]`).waitFor();
  // The dialog's content may arrive a moment after it opens (a chunk on first use): wait until it has text.
  await page.waitForFunction(
    (id) => (document.querySelector(`dialog#${id} .panel-body`)?.textContent ?? '').trim().length > 0,
    dialog,
  );
  const problems = await pseudoProblems(page, EXEMPT);
  await page.screenshot({ path: `${SHOTS}/pseudo-${shot}.png` });
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => !document.querySelector(`dialog#${id}`)?.hasAttribute('open'), dialog);
  return problems;
}

describe('the pseudo-locale', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const name = `shows only table text, in boxes that hold it, in the opening and dialogs at ${viewport.width} px`;
    it(name, async () => {
      const { page, errors, context } = await openPage(browser, `${baseUrl}?lang=pseudo`, {
        viewport,
        reducedMotion: true,
      });
      await ready(page);
      expect(await page.getAttribute('html', 'lang')).toBe('pseudo');
      expect(await page.locator('#begin').textContent()).toContain('\u200F');
      const found: Record<string, Awaited<ReturnType<typeof pseudoProblems>>> = {};
      found['title'] = await pseudoProblems(page, EXEMPT);
      await page.screenshot({ path: `${SHOTS}/pseudo-title-${viewport.width}.png` });
      found['settings (title)'] = await checkDialog(
        page,
        '#open-settings-title',
        'settings',
        `settings-${viewport.width}`,
      );

      await page.locator('#begin').click();
      await page.locator('#choices button[data-choice]').first().waitFor();
      for (let turn = 0; turn < 4; turn++) {
        found[`turn ${turn}`] = await pseudoProblems(page, EXEMPT);
        await page.keyboard.press('1');
        await page.locator('#choices button[data-choice]').first().waitFor();
      }
      await page.screenshot({ path: `${SHOTS}/pseudo-reading-${viewport.width}.png` });
      found['saves'] = await checkDialog(page, '#open-saves', 'saves', `saves-${viewport.width}`);
      found['chapters'] = await checkDialog(page, '#open-chapters', 'chapters', `chapters-${viewport.width}`);
      found['history'] = await checkDialog(page, '#open-history', 'history', `history-${viewport.width}`);
      found['archive'] = await checkDialog(page, '#open-archive', 'archive', `archive-${viewport.width}`);
      found['settings'] = await checkDialog(page, '#open-settings', 'settings', `settings-reading-${viewport.width}`);

      const report = Object.entries(found).flatMap(([where, p]) =>
        [...p.unlocalised, ...p.overflowing].map((problem) => `${where}: ${problem}`),
      );
      expect(report).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('catches a planted English string and a word too long for its button (the checks can fail)', async () => {
    const { page, context } = await openPage(browser, `${baseUrl}?lang=pseudo`, {
      viewport: { width: 1280, height: 800 },
    });
    await ready(page);
    expect(await pseudoProblems(page, EXEMPT)).toEqual({ unlocalised: [], overflowing: [] });
    await page.evaluate(() => {
      const planted = document.createElement('button');
      planted.type = 'button';
      planted.textContent = 'Planted English label';
      document.querySelector('#title-menu')?.append(planted);
      const narrow = document.createElement('button');
      narrow.type = 'button';
      narrow.textContent = '\u200F' + 'Ŵöŕďŵíţĥöüţáñýbŕéáķáţáľľŵĥáţšöéṽéŕ'.repeat(3) + '\u200F';
      narrow.style.cssText = 'width: 120px; overflow: hidden; white-space: nowrap';
      document.querySelector('#title-menu')?.append(narrow);
    });
    const problems = await pseudoProblems(page, EXEMPT);
    expect(problems.unlocalised).toEqual([expect.stringContaining('"Planted English label" in ')]);
    expect(problems.overflowing).toEqual([expect.stringMatching(/^.*button: content \d+ px in a 1\d\d px box$/)]);
    await context.close();
  });
});

import { readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../tools/serve.mjs';
import { en } from '../../src/ui/strings/en.ts';
import { launch, openPage } from './support/browser.ts';
import { snapshotDist } from './support/dist-snapshot.ts';
import { beginAndPlay, passage, ready } from './support/play.ts';

// A page left open across a redeploy: the new build's chunks have new names, so the ones this page would load on
// first use are gone from the server. Played on a private copy of dist/ whose chunks are deleted after the page
// has loaded, as a redeploy would.
const COPY = '.out/redeploy-dist';
let browser: Browser;
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  snapshotDist(COPY);
  ({ server, url: baseUrl } = await startServer({ port: 0, dir: COPY }));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  rmSync(COPY, { recursive: true, force: true });
});

/** Deletes the chunks whose names start with these words, as a redeploy replaces them. */
function redeployWithout(...prefixes: string[]): void {
  for (const file of readdirSync(`${COPY}/assets`)) {
    if (prefixes.some((prefix) => file.startsWith(`${prefix}-`))) rmSync(`${COPY}/assets/${file}`);
  }
}

describe('a page left open across a redeploy', () => {
  it('says plainly that Saves and The Record are missing, offers a reload, and the story goes on', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    await ready(page);
    await beginAndPlay(page, 2);
    redeployWithout('saves-panel', 'record-panels');

    await page.locator('#open-saves').click();
    const notice = page.locator('.notice', { hasText: en.partMissing });
    await notice.first().waitFor({ timeout: 15_000 });
    expect(await notice.first().locator('button', { hasText: en.reloadPage }).isVisible()).toBe(true);

    await page.locator('#open-archive').click();
    await page.waitForFunction(
      (text) => [...document.querySelectorAll('.notice')].filter((n) => n.textContent?.includes(text)).length >= 2,
      en.partMissing,
      { timeout: 15_000 },
    );

    const before = await passage(page);
    await page.keyboard.press('1');
    await page.waitForFunction((last) => {
      const paragraphs = [...document.querySelectorAll('#story p')].map((p) => p.textContent ?? '');
      return paragraphs.filter((t) => t.length > 0).at(-1) !== last;
    }, before.last);

    await notice.first().locator('button', { hasText: en.reloadPage }).click();
    await ready(page);
    expect(await page.locator('#continue').isVisible()).toBe(true);
    await context.close();
  });
});

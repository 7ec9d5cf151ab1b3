import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';
import { ready } from './support/play.ts';

// The page names the story file and the early script (src/boot/early-mode.js) starts its download before any
// module runs (docs/architecture.md, "Loading the story"). Checked by what the browser asks for, never by timing.
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const STORY = /\/assets\/story-([a-z]{2,3})-[0-9a-f]{8}\.json$/;
const storiesAsked = (requests: readonly Request[]): string[] =>
  requests.map((request) => STORY.exec(new URL(request.url()).pathname)?.[1]).filter((lang) => lang !== undefined);

describe('the story download', () => {
  it.each([
    ['en-GB', '', 'en'],
    ['es-MX', '', 'es'],
    ['en-US', '?lang=es', 'es'],
    ['es-MX', '?mode=kiosk&lang=en', 'en'],
  ])('in a %s browser at "%s" asks for the %s story once and for no other', async (locale, search, lang) => {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    await page.goto(`${inject('baseUrl')}${search}`);
    await ready(page);
    expect(storiesAsked(requests)).toEqual([lang]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await context.close();
  });

  it('starts before any module has run: with every module refused, the story is still asked for', async () => {
    const context = await browser.newContext({ locale: 'es-MX', serviceWorkers: 'block' });
    await context.route(/\/assets\/(?!early-mode-)[^/]*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    const story = page.waitForRequest((request) => STORY.test(new URL(request.url()).pathname));
    await page.goto(inject('baseUrl'));
    expect(STORY.exec(new URL((await story).url()).pathname)?.[1]).toBe('es');
    expect(await page.evaluate(() => document.documentElement.dataset['ready'])).toBeUndefined();
    await context.close();
  });
});

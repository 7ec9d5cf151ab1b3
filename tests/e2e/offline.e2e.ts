import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../tools/serve.mjs';
import { animationsDone, pageIdle, stillForScreenshot } from './support/settled.ts';
import { snapshotDist } from './support/dist-snapshot.ts';
import { launch } from './support/browser.ts';
import { passage, ready } from './support/play.ts';

// The offline copy (docs/kiosk.md): the built game served by tools/serve.mjs (strict CSP, Trusted Types), asked
// for with `offline=on`; once the service worker controls the page, the network goes away and the game must still
// load, play, draw and sound. Screenshots: .out/shots/offline-*.png (KIOSK_SHOTS moves them).
const COPY = '.out/offline-dist';
const SHOTS = process.env['KIOSK_SHOTS'] ?? '.out/shots';
const SCREEN = { width: 1920, height: 1080 };
let browser: Browser;
let server: Server;
let baseUrl = '';
let precached: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  snapshotDist(COPY);
  precached = JSON.parse(readFileSync(`${COPY}/sw-precache.json`, 'utf8')) as string[];
  ({ server, url: baseUrl } = await startServer({ port: 0, dir: COPY }));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

interface Watched {
  page: Page;
  context: BrowserContext;
  errors: string[];
  /** Every response the page saw: address, and whether the service worker answered it. */
  responses: { url: string; fromCache: boolean; status: number }[];
}

async function open(url: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: SCREEN });
  const page = await context.newPage();
  const errors: string[] = [];
  const responses: Watched['responses'] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/GPU stall|software WebGL/.test(message.text())) errors.push(message.text());
  });
  page.on('response', (response) =>
    responses.push({ url: response.url(), fromCache: response.fromServiceWorker(), status: response.status() }),
  );
  await page.goto(url);
  return { page, context, errors, responses };
}

/** Waits until a service worker controls the page with its precache complete (html[data-offline=ready]). */
async function offlineReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.dataset['offline'] === 'ready' && navigator.serviceWorker.controller !== null,
    undefined,
    { timeout: 180_000 },
  );
}

const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('avenida-viena-'))!);
    return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });

describe('the offline copy in Chromium', () => {
  it('is not installed unless the address asks for it (the privacy statement: no cache, no worker)', async () => {
    const { page, context, errors } = await open(baseUrl);
    await ready(page);
    // The offline copy would register from an idle callback queued once the presentation starts loading: wait
    // until the stage has started (or given up) and the page has had an idle moment after it.
    await page.waitForFunction(() => document.documentElement.dataset['renderer'] !== undefined, undefined, {
      timeout: 180_000,
    });
    await pageIdle(page);
    expect(
      await page.evaluate(async () => ({
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        caches: (await caches.keys()).length,
      })),
    ).toEqual({ workers: 0, caches: 0 });
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('precaches the whole game, then loads, plays, draws and sounds with the network off', async () => {
    const { page, context, errors, responses } = await open(`${baseUrl}?offline=on`);
    await ready(page);
    await offlineReady(page);
    const { names, urls } = await cachedUrls(page);
    expect(names).toHaveLength(1);
    expect(urls.length).toBe(precached.length);
    for (const kind of [
      /\.ogg$/,
      /story-en-.*\.json$/,
      /story-es-.*\.json$/,
      /\.woff2$/,
      /-w\d+-[^/]*\.webp$/,
      /index\.html$/,
    ])
      expect(
        urls.some((u) => kind.test(u)),
        String(kind),
      ).toBe(true);
    expect(urls.filter((u) => u.endsWith('.map'))).toEqual([]);

    await context.setOffline(true);
    responses.length = 0;
    await page.reload();
    await ready(page);
    await page.getByRole('button', { name: 'Begin', exact: true }).click();
    await page.locator('#choices button[data-choice]').first().waitFor({ timeout: 60_000 });
    const first = await passage(page);
    expect(first.last.length).toBeGreaterThan(10);
    await page.locator('#choices button[data-choice]').first().click();
    await page.waitForFunction(
      (before) => {
        const texts = [...document.querySelectorAll('#story p')]
          .map((p) => p.textContent ?? '')
          .filter((t) => t.length > 0);
        return texts.at(-1) !== before;
      },
      first.last,
      { timeout: 60_000 },
    );
    // A picture and a sound file, answered by the service worker with the network off.
    await page.waitForFunction(() => (document.getElementById('stage')?.dataset['stage'] ?? '') !== '', undefined, {
      timeout: 180_000,
    });
    await expect
      .poll(() => responses.filter((r) => r.url.endsWith('.webp') && r.fromCache && r.status === 200).length, {
        timeout: 60_000,
      })
      .toBeGreaterThan(0);
    await expect
      .poll(() => responses.filter((r) => r.url.endsWith('.ogg') && r.fromCache && r.status < 300).length, {
        timeout: 60_000,
      })
      .toBeGreaterThan(0);
    // A typeface chosen with the network off loads from the offline copy (woff2 only: tools/fonts/).
    await page.locator('#open-settings').click();
    await page.locator('#setting-typeface').selectOption('dyslexic');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() =>
      [...document.fonts].some((f) => f.family.replace(/["']/g, '') === 'OpenDyslexic' && f.status === 'loaded'),
    );
    expect(responses.filter((r) => /opendyslexic.*\.woff2$/.test(r.url) && r.fromCache)).not.toEqual([]);
    expect(responses.filter((r) => !r.fromCache && !r.url.startsWith('data:') && !r.url.startsWith('blob:'))).toEqual(
      [],
    );
    await stillForScreenshot(page);
    await page.screenshot({ path: `${SHOTS}/offline-reload.png` });
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('starts kiosk mode offline: the attract loop, then a visit', async () => {
    const { page, context, errors } = await open(`${baseUrl}?mode=kiosk&offline=on`);
    await page.waitForFunction(() => document.documentElement.dataset['kiosk'] === 'attract', undefined, {
      timeout: 180_000,
    });
    await offlineReady(page);
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset['kiosk'] === 'attract', undefined, {
      timeout: 180_000,
    });
    expect(await page.locator('#kiosk-attract').textContent()).toContain('Toca para comenzar');
    // The compound behind the attract screen, drawn from the cache.
    await page.waitForFunction(() => (document.getElementById('stage')?.dataset['stage'] ?? '') !== '', undefined, {
      timeout: 180_000,
    });
    await animationsDone(page); // the stage's crossfade ended when data-stage was set; CSS ones end here
    await page.screenshot({ path: `${SHOTS}/offline-kiosk-attract.png` });
    await page.locator('#kiosk-begin').click({ force: true });
    await page.waitForFunction(() => document.documentElement.dataset['kiosk'] === 'playing');
    await page.locator('#choices button[data-choice]').first().waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('keeps a new version waiting through a visit and switches to it at the idle reset, not before', async () => {
    const { page, context, errors } = await open(`${baseUrl}?mode=kiosk&offline=on&idle=3&countdown=2`);
    await page.waitForFunction(() => document.documentElement.dataset['kiosk'] === 'attract', undefined, {
      timeout: 180_000,
    });
    await offlineReady(page);
    await page.locator('#kiosk-begin').click({ force: true });
    await page.waitForFunction(() => document.documentElement.dataset['kiosk'] === 'playing');
    // The visitor keeps touching the screen (every second) until the new version is waiting.
    await page.evaluate(() => {
      (window as unknown as { __samePage: boolean }).__samePage = true;
      const touching = setInterval(() => {
        if (document.documentElement.dataset['offline'] === 'waiting') clearInterval(touching);
        else
          document.body.dispatchEvent(new PointerEvent('pointerdown', { clientX: 900, clientY: 500, bubbles: true }));
      }, 1_000);
    });
    // A new build: the worker's file changes, and the browser is asked to look for it.
    appendFileSync(`${COPY}/sw.js`, '\n// a newer build\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await page.waitForFunction(() => document.documentElement.dataset['offline'] === 'waiting', undefined, {
      timeout: 60_000,
    });
    expect(
      await page.evaluate(() => ({
        phase: document.documentElement.dataset['kiosk'],
        same: (window as unknown as { __samePage?: boolean }).__samePage,
      })),
    ).toEqual({ phase: 'playing', same: true });
    // The visitor walks away: warning, countdown, reset; the reset applies the update and reloads the page.
    await page.waitForFunction(
      () =>
        (window as unknown as { __samePage?: boolean }).__samePage === undefined &&
        document.documentElement.dataset['kiosk'] === 'attract',
      undefined,
      { timeout: 180_000 },
    );
    await offlineReady(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

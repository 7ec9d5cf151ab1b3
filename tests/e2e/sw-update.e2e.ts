import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../tools/serve.mjs';
import { launch } from './support/browser.ts';
import { snapshotDist } from './support/dist-snapshot.ts';
import { ready } from './support/play.ts';

// An update of the offline copy downloads what changed, not the whole game again (issue 19). Build A (dist/) is
// installed; then one line of one story file changes and the game is really rebuilt (build B, from a tree of links
// to this checkout with its own copy of story/); the site is replaced by build B and the worker updated. Every
// request the server sees during the update is counted.
const SITE = resolve('.out/sw-update-site');
const SOURCE = resolve('.out/sw-update-source');
const BUILD_B = resolve('.out/sw-update-b');
let browser: Browser;
let server: Server;
let baseUrl = '';
const requests: string[] = [];

/** Build B: the same sources with one line of story/en/ch1_arrival.ink changed, built by Vite into BUILD_B. */
function rebuildWithOneStoryLineChanged(): void {
  rmSync(SOURCE, { recursive: true, force: true });
  mkdirSync(SOURCE, { recursive: true });
  const root = resolve('.');
  for (const name of readdirSync(root)) {
    if (['story', 'dist', '.out', '.git', 'index.html', 'vite.config.ts'].includes(name)) continue;
    symlinkSync(join(root, name), join(SOURCE, name));
  }
  // Copied, not linked: Vite names the page and reads its config from the real path.
  for (const name of ['index.html', 'vite.config.ts', 'story'])
    cpSync(join(root, name), join(SOURCE, name), { recursive: true });
  const chapter = join(SOURCE, 'story/en/ch1_arrival.ink');
  const before = readFileSync(chapter, 'utf8');
  const after = before.replace('dust lies on everything.', 'dust lies on everything and everyone.');
  if (after === before) throw new Error('the line to change is no longer in story/en/ch1_arrival.ink');
  writeFileSync(chapter, after);
  const vite = resolve('node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', BUILD_B, '--emptyOutDir'], {
    cwd: SOURCE,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`build B failed:\n${result.stdout}\n${result.stderr}`);
}

const listOf = (dir: string): string[] => JSON.parse(readFileSync(`${dir}/sw-precache.json`, 'utf8')) as string[];

beforeAll(async () => {
  snapshotDist(SITE);
  ({ server, url: baseUrl } = await startServer({ port: 0, dir: SITE }));
  server.on('request', (request: IncomingMessage) => requests.push(new URL(request.url ?? '/', baseUrl).pathname));
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  for (const dir of [SITE, SOURCE, BUILD_B]) rmSync(dir, { recursive: true, force: true });
});

describe('an update of the offline copy', () => {
  it('downloads the changed story file and what names it, and copies every other file from the old cache', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.route(/\/assets\/phaser-[^/]*\.js$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
    );
    const page = await context.newPage();
    await page.goto(`${baseUrl}?offline=on`);
    await ready(page);
    await page.waitForFunction(
      () => document.documentElement.dataset['offline'] === 'ready' && navigator.serviceWorker.controller !== null,
      undefined,
      { timeout: 300_000 },
    );
    const listA = listOf(SITE);
    const installRequests = requests.filter((path) => path.startsWith('/assets/') || path === '/index.html');
    expect(installRequests.length).toBeGreaterThanOrEqual(listA.length);

    rebuildWithOneStoryLineChanged();
    const listB = listOf(BUILD_B);
    rmSync(SITE, { recursive: true, force: true });
    cpSync(BUILD_B, SITE, { recursive: true });
    expect(existsSync(`${SITE}/index.html`)).toBe(true);

    requests.length = 0;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(() => document.documentElement.dataset['offline'] === 'waiting', undefined, {
      timeout: 300_000,
    });

    const inA = new Set(listA);
    const changed = listB.filter((file) => !inA.has(file));
    const unhashed = ['./index.html', './assets/early-mode.js'];
    const expected = new Set(['/sw.js', '/sw-precache.json', ...[...changed, ...unhashed].map((f) => f.slice(1))]);
    const asked = new Set(requests);
    console.log(
      `sw update: ${requests.length} requests (${changed.length} new content-named files of ${listB.length}, ` +
        `${unhashed.length} unhashed, the worker and its list); the first install asked for ${installRequests.length}`,
    );
    expect(changed.some((f) => /story-en-.*\.json$/.test(f))).toBe(true);
    expect(changed.some((f) => /story-es-.*\.json$/.test(f))).toBe(false);
    expect([...asked].sort()).toEqual([...expected].sort());
    expect(requests.length).toBeLessThan(listB.length / 5);

    // The new version's cache is complete: every listed file, most of them copied from the old cache.
    const cachedB = await page.evaluate(async () => {
      const names = await caches.keys();
      const counts: Record<string, number> = {};
      for (const name of names) counts[name] = (await (await caches.open(name)).keys()).length;
      return counts;
    });
    const newest = /"cache":"(avenida-viena-[0-9a-f]+)"/.exec(readFileSync(`${SITE}/sw.js`, 'utf8'))?.[1] ?? '';
    expect(cachedB[newest]).toBe(listB.length);
    await context.close();
  }, 900_000);
});

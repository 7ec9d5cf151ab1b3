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
// request the server sees during the update is counted. The page names the story file, never the JavaScript
// (docs/architecture.md, "Loading the story"), so only the story, the page, the worker and its list may change.
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
  // Built as `npx vite build` builds dist/: without the test runner's NODE_ENV=test and VITEST flags, which change
  // the code Vite writes (import.meta.env) and so every chunk's name.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && key !== 'TEST' && !key.startsWith('VITEST')),
  );
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', BUILD_B, '--emptyOutDir'], {
    cwd: SOURCE,
    env,
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
  it('downloads only the changed story file, the page that names it, the worker and its list, and copies the rest', async () => {
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

    // The bound this proves: a story-only change gives exactly one new content-named file, the changed story, and
    // the update asks the server for exactly four paths: that story file, index.html (the page names the story),
    // the worker and its file list, and nothing else. No script chunk is downloaded again: no JS names a story.
    const inA = new Set(listA);
    const changed = listB.filter((file) => !inA.has(file));
    const gone = listA.filter((file) => !new Set(listB).has(file));
    const asked = new Set(requests);
    console.log(
      `sw update: ${requests.length} requests for ${asked.size} paths (${changed.join(', ')} new of ${listB.length}); ` +
        `the first install asked for ${installRequests.length}`,
    );
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^\.\/assets\/story-en-[0-9a-f]{8}\.json$/);
    expect(gone).toHaveLength(1);
    expect(gone[0]).toMatch(/^\.\/assets\/story-en-[0-9a-f]{8}\.json$/);
    const expected = ['/index.html', '/sw.js', '/sw-precache.json', (changed[0] ?? '').slice(1)];
    expect([...asked].sort()).toEqual(expected.sort());
    expect(requests.filter((path) => path.endsWith('.js') && path !== '/sw.js')).toEqual([]);

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

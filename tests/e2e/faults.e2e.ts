import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/ui/strings/en.ts';
import { compileInk } from '../support/compile-inline.ts';
import { launch, openPage, type Watched } from './support/browser.ts';
import { DIST_DIR } from './support/dist-dir.ts';

// Broken parts, each tried in real Chromium against the built game: the page must never go blank, and must always
// offer visible text and a button that does something.

const STORY_FILE = '**/assets/story-en-*.json';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for the game to boot; generous, because CI machines (and this one) can be very busy. */
const ready = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true', undefined, { timeout: 90_000 });

/** Opens the game with routes (or init scripts) installed before the first request. */
async function openWith(
  setup: (page: Page) => Promise<unknown>,
  target: Browser = browser,
  search = '',
): Promise<Watched> {
  const watched = await openPage(target, 'about:blank');
  await setup(watched.page);
  await watched.page.goto(`${inject('baseUrl')}${search}`);
  return watched;
}

const identity = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
/** The hash the built page expects of its English story file (the bundle holds it as a string). */
const BUILT_STORY = readdirSync(`${DIST_DIR}/assets`).find((f) => /^story-en-.*\.json$/.test(f));
const BUILT_HASH = identity(readFileSync(`${DIST_DIR}/assets/${BUILT_STORY}`, 'utf8'));

/**
 * Serves `story` as the English story file, as a build made from it would: the page checks the file's own hash
 * against the one its story table names (index.html), so the page is served with that hash swapped for the new
 * story's.
 */
async function serveStoryAsBuilt(page: Page, story: string): Promise<void> {
  await page.route(STORY_FILE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: story }));
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replaceAll(BUILT_HASH, identity(story));
      await route.fulfill({ response, body });
    },
  );
}

/** Begins and plays `turns` choices by the first option (key 1); fails if the choices run out. */
async function playFirst(page: Page, turns: number): Promise<void> {
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  for (let played = 0; played < turns; played++) {
    await page.locator('#choices button[data-choice]').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('1');
  }
  await page.locator('#choices button[data-choice]').first().waitFor({ timeout: 10_000 });
}

/** Visible text in the story panel, and at least one visible, enabled button to act on. */
async function expectNotBlank(page: Page): Promise<void> {
  const text = await page.locator('#story').innerText();
  expect(text.trim().length).toBeGreaterThan(40);
  const buttons = page.locator('#choices button:visible:enabled');
  expect(await buttons.count()).toBeGreaterThan(0);
}

const BREAKS = compileInk(`
LIST roles = teamster, student, mexican
VAR role = teamster
VAR word = "x"
-> ch1_arrival
=== ch1_arrival
# checkpoint: ch1_arrival
The gate on Avenida Viena is barred for the night, and the guard room smells of coffee.
* [Check the bolt] -> broken
* [Sleep] -> END
=== broken
The bolt is cold.
{word - 1}
-> END
`);

const LOOPS = compileInk(`
LIST roles = teamster, student, mexican
VAR role = teamster
-> ch1_arrival
=== ch1_arrival
# checkpoint: ch1_arrival
The patio is quiet under the jacaranda; somewhere a rabbit hutch creaks in the wind.
* [Walk the wall] -> loop
=== loop
- (top)
~ temp n = 1
-> top
`);

describe('when the story file cannot be had', () => {
  for (const [label, fault] of [
    [
      'answers 404',
      (page: Page) => page.route(STORY_FILE, (route) => route.fulfill({ status: 404, body: 'Not found' })),
    ],
    ['is unreachable', (page: Page) => page.route(STORY_FILE, (route) => route.abort('connectionrefused'))],
    [
      'is not JSON',
      (page: Page) =>
        page.route(STORY_FILE, (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: '<html>proxy error</html>' }),
        ),
    ],
    [
      'is JSON but not a story',
      (page: Page) =>
        page.route(STORY_FILE, (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: '{"hello":"world"}' }),
        ),
    ],
    // A working ink story, but not ours: it must not play, nor stamp saves with our story's hash.
    [
      'is another game’s story',
      (page: Page) =>
        page.route(STORY_FILE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: LOOPS })),
    ],
  ] as const) {
    it(`says so plainly and offers "Try again" when the story file ${label}; the retry works once it is back`, async () => {
      const { page, context } = await openWith(fault);
      const retry = page.getByRole('button', { name: en.tryAgain });
      await retry.waitFor({ timeout: 15_000 });
      expect(await page.locator('#loading').textContent()).toBe(en.loadFailed);
      expect(await page.getByRole('button', { name: 'Begin', exact: true }).isDisabled()).toBe(true);
      await page.unroute(STORY_FILE);
      await retry.click();
      await ready(page);
      await page.getByRole('button', { name: 'Begin', exact: true }).click();
      await page.locator('#choices button[data-choice]').first().waitFor();
      await context.close();
    });
  }
});

describe('when the story breaks while being read', () => {
  it('shows the recovery notice after an ink runtime error, and "back to the start of this chapter" plays on', async () => {
    const { page, context, errors } = await openWith((p) => serveStoryAsBuilt(p, BREAKS));
    await ready(page);
    await page.getByRole('button', { name: 'Begin', exact: true }).click();
    await page.getByRole('button', { name: /Check the bolt/ }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(en.brokenTitle);
    await expectNotBlank(page);
    await page.getByRole('button', { name: en.backToCheckpoint }).click();
    await page.getByRole('button', { name: /Check the bolt/ }).waitFor();
    expect(await page.locator('#story').innerText()).toContain('The gate on Avenida Viena is barred');
    expect(errors.filter((e) => !e.includes('[story]'))).toEqual([]);
    await context.close();
  });

  it('turns an endless ink loop into the recovery notice, and the page stays responsive', async () => {
    const { page, context } = await openWith((p) => serveStoryAsBuilt(p, LOOPS));
    await ready(page);
    await page.getByRole('button', { name: 'Begin', exact: true }).click();
    await page.getByRole('button', { name: /Walk the wall/ }).click();
    // The engine's own line budget ends the loop (unit-tested with an injected clock); the wait here only stops
    // a hang from running forever, and says nothing about speed on a loaded machine.
    await page.getByRole('alert').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    await expectNotBlank(page);
    await page.getByRole('button', { name: en.restart }).click();
    await page.getByRole('button', { name: /Walk the wall/ }).waitFor();
    await context.close();
  });
});

describe('when the pictures cannot run', () => {
  it('plays on as text when the Phaser chunk fails to load', async () => {
    const { page, context, errors } = await openWith((p) =>
      p.route('**/assets/phaser-*.js', (route) => route.abort('failed')),
    );
    await ready(page);
    await playFirst(page, 8);
    await page.waitForFunction(() => document.documentElement.dataset['renderer'] === 'none', undefined, {
      timeout: 15_000,
    });
    await expectNotBlank(page);
    expect(errors.filter((e) => !/phaser|Failed to load|Failed to fetch|dynamically imported/i.test(e))).toEqual([]);
    await context.close();
  });

  it('plays on with WebGL switched off in the browser (Phaser falls back to canvas, or the game runs as text)', async () => {
    const noGl = await launch(['--disable-3d-apis', '--disable-webgl']);
    try {
      const { page, context, errors } = await openWith(() => Promise.resolve(), noGl);
      await ready(page);
      await playFirst(page, 8);
      await page.waitForFunction(() => document.documentElement.dataset['renderer'] !== undefined, undefined, {
        timeout: 20_000,
      });
      const renderer = await page.evaluate(() => document.documentElement.dataset['renderer']);
      expect(['canvas', 'none']).toContain(renderer);
      await expectNotBlank(page);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await noGl.close();
    }
  });

  it('plays on when the WebGL context is lost mid-scene', async () => {
    // ?renderer=webgl: this machine's WebGL is software, where the stage would otherwise draw with canvas.
    const { page, context, errors } = await openWith(() => Promise.resolve(), browser, '?renderer=webgl');
    await ready(page);
    await playFirst(page, 3);
    await page.waitForFunction(() => document.documentElement.dataset['renderer'] === 'webgl', undefined, {
      timeout: 20_000,
    });
    const lost = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      const extension = gl?.getExtension('WEBGL_lose_context');
      extension?.loseContext();
      return gl?.isContextLost() ?? false;
    });
    expect(lost).toBe(true);
    for (let i = 0; i < 6; i++) await page.keyboard.press('1');
    await page.locator('#choices button[data-choice]').first().waitFor();
    await expectNotBlank(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays on when every picture file is missing', async () => {
    let refused = 0;
    const { page, context, errors } = await openWith((p) =>
      p.route('**/assets/*.webp', (route) => {
        refused++;
        return route.fulfill({ status: 404, body: '' });
      }),
    );
    await ready(page);
    await playFirst(page, 8);
    // The stage starts behind the text, in tasks of its own: wait until it has asked for pictures and been refused,
    // then read on through more scene changes.
    await expect
      .poll(() => refused, { message: 'the stage asked for pictures and got none', timeout: 30_000 })
      .toBeGreaterThan(0);
    for (let played = 0; played < 3; played++) {
      await page.keyboard.press('1');
      await page.locator('#choices button[data-choice]').first().waitFor({ timeout: 10_000 });
    }
    await expectNotBlank(page);
    expect(errors.filter((e) => !/404|Failed to load/i.test(e))).toEqual([]);
    await context.close();
  });
});

describe('when sound cannot play', () => {
  for (const [label, fault] of [
    [
      'every sound file is missing',
      (page: Page) => page.route('**/assets/*.ogg', (route) => route.fulfill({ status: 404, body: '' })),
    ],
    [
      'every sound file is undecodable',
      (page: Page) =>
        page.route('**/assets/*.ogg', (route) =>
          route.fulfill({ status: 200, contentType: 'audio/ogg', body: 'not a sound at all' }),
        ),
    ],
    [
      'the howler chunk fails to load',
      (page: Page) => page.route('**/assets/howler*.js', (route) => route.abort('failed')),
    ],
  ] as const) {
    it(`plays on in silence when ${label}`, async () => {
      const { page, context, errors } = await openWith(fault);
      await ready(page);
      await playFirst(page, 10);
      await expectNotBlank(page);
      expect(
        errors.filter((e) => !/404|Failed to load|decod|howler|dynamically imported|Failed to fetch/i.test(e)),
      ).toEqual([]);
      await context.close();
    });
  }

  it('plays on when the browser blocks autoplay (no gesture yet)', async () => {
    const strict = await launch(['--autoplay-policy=document-user-activation-required']);
    try {
      const { page, context, errors } = await openWith(() => Promise.resolve(), strict);
      await ready(page);
      await playFirst(page, 6);
      await expectNotBlank(page);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await strict.close();
    }
  });
});

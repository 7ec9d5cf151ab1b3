import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../tools/serve.mjs';
import { snapshotDist } from './support/dist-snapshot.ts';
import { launch, openPage } from './support/browser.ts';
import {
  ATTRACT_FIRST_PICTURE,
  NO_RELOAD_CONFIG,
  robotVisit,
  sampleKiosk,
  seededRandom,
  settleStage,
  type KioskSample,
} from '../../tools/bench/kiosk-robot.mjs';
import { animationsDone, stillForScreenshot } from './support/settled.ts';
import { TEST_PIN, keypad } from './support/kiosk-keypad.ts';
import { MAX_OFF_SCREEN_TEXTURES, OFF_SCREEN_BUDGET_BYTES } from '../../src/ui/phaser/texture-budget.ts';

const LARGEST_TEXTURE_BYTES = 2560 * 1440 * 4; // the widest art the build makes (docs/art.md)

// Kiosk mode in Chromium at the museum screen's size. Screenshots go to .out/shots/kiosk-*.png.
const SHOTS = '.out/shots';
/** The staff panel screenshot (inside the repository's ignored .out/; KIOSK_SHOTS moves it). */
const KIOSK_SHOTS = process.env['KIOSK_SHOTS'] ?? SHOTS;
const SCREEN = { width: 1920, height: 1080 };
const COPY = '.out/kiosk-dist';
let browser: Browser;
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  snapshotDist(COPY);
  ({ server, url: baseUrl } = await startServer({ port: 0, dir: COPY }));
  browser = await launch(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

const kioskUrl = (extra = '') => `${baseUrl}?mode=kiosk${extra}`;
const phase = (page: Page, value: string, timeout = 90_000) =>
  page.waitForFunction((v) => document.documentElement.dataset['kiosk'] === v, value, { timeout });

/**
 * Five taps in the staff corner inside one task: real pointer events at (20, 20). Five separate driver round
 * trips can come more than the gesture's two seconds apart on a loaded two-core machine.
 */
const tapCorner = (page: Page) =>
  page.evaluate(() => {
    for (let i = 0; i < 5; i++)
      window.dispatchEvent(new PointerEvent('pointerdown', { clientX: 20, clientY: 20, bubbles: true }));
  });

const PIN = TEST_PIN;

describe('kiosk mode in Chromium', () => {
  it('shows the attract screen in English and Spanish, with a large begin target, and locks the page down', async () => {
    const { page, errors, context } = await openPage(browser, kioskUrl(), { viewport: SCREEN });
    await phase(page, 'attract');
    const attract = page.locator('#kiosk-attract');
    expect(await attract.isVisible()).toBe(true);
    expect(await attract.textContent()).toContain('Touch to begin');
    expect(await attract.textContent()).toContain('Toca para comenzar');
    const box = await page.locator('#kiosk-begin').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(72);
    const blocked = await page.evaluate(() => {
      const fire = (event: Event) => {
        document.body.dispatchEvent(event);
        return event.defaultPrevented;
      };
      return {
        contextmenu: fire(
          new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: 300, clientY: 300 }),
        ),
        select: fire(new Event('selectstart', { bubbles: true, cancelable: true })),
        reload: fire(new KeyboardEvent('keydown', { key: 'F5', bubbles: true, cancelable: true })),
        back: fire(new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true, bubbles: true, cancelable: true })),
        userSelect: getComputedStyle(document.documentElement).userSelect,
        touchAction: getComputedStyle(document.documentElement).touchAction,
      };
    });
    expect(blocked).toEqual({
      contextmenu: true,
      select: true,
      reload: true,
      back: true,
      userSelect: 'none',
      touchAction: 'manipulation',
    });
    await stillForScreenshot(page); // the crossfade has finished before the picture is taken
    await page.screenshot({ path: `${SHOTS}/kiosk-attract.png` });
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('plays the exhibit cut through the raid, the attack and the death to the ending and the debrief', async () => {
    const { page, errors, requests, context } = await openPage(browser, kioskUrl(), { viewport: SCREEN });
    await phase(page, 'attract');
    await page.locator('#kiosk-begin').click({ force: true });
    await phase(page, 'playing');
    const seen = new Set<string>();
    let turns = 0;
    for (; turns < 80; turns++) {
      if (turns === 3) {
        await stillForScreenshot(page);
        await page.screenshot({ path: `${SHOTS}/kiosk-play.png` });
      }
      // Wait until the passage has settled (choices, or the ending's buttons), then in one round trip (a loaded
      // machine takes seconds per driver action) note the beats and the choice heights and press the first choice.
      await page.waitForFunction(() => document.querySelectorAll('#choices button').length > 0, undefined, {
        timeout: 60_000,
      });
      const turn = await page.evaluate(() => {
        const beats = [...document.querySelectorAll('#story p[data-record]')].map(
          (p) => p.getAttribute('data-record') ?? '',
        );
        const choices = [...document.querySelectorAll<HTMLButtonElement>('#choices button[data-choice]')];
        const heights = choices.map((b) => b.getBoundingClientRect().height);
        choices[0]?.click();
        return { beats, heights };
      });
      for (const beat of turn.beats) seen.add(beat);
      if (turn.heights.length === 0) break;
      expect(Math.min(...turn.heights)).toBeGreaterThanOrEqual(72);
    }
    expect(turns).toBeGreaterThanOrEqual(5); // first choices reach the ending after six choices
    for (const beat of ['raid_1940_05_24', 'attack_1940_08_20', 'death_1940_08_21']) expect(seen, beat).toContain(beat);
    await page.getByRole('button', { name: 'Read your debrief' }).click({ force: true });
    await page.locator('#debrief[open]').waitFor();
    // The debrief itself, not only its dialog: the chronicle dates the three beats the visitor reached, with sources.
    const debrief = page.locator('#debrief');
    expect(await debrief.textContent()).toContain('What happened');
    // The kiosk's debrief is three cards in large type; the full record with its sources is one button away.
    expect(await debrief.locator('.kiosk-debrief-card').count()).toBe(3);
    await page.locator('#debrief-toggle').click({ force: true });
    await debrief.locator('#debrief-form[data-form="long"]').waitFor();
    for (const [beat, date] of [
      ['raid_1940_05_24', '24 May 1940'],
      ['attack_1940_08_20', '20 August 1940'],
      ['death_1940_08_21', '21 August 1940'],
    ] as const) {
      const entry = debrief.locator(`[data-beat="${beat}"]`);
      expect(await entry.locator('time').textContent(), beat).toContain(date);
      expect(await entry.locator('[data-source]').count(), beat).toBeGreaterThan(0);
    }
    expect(await page.locator('#debrief .panel-actions').isVisible()).toBe(false); // no print or download on a kiosk
    expect(errors).toEqual([]);
    const origin = new URL(baseUrl).origin;
    expect(
      requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')),
    ).toEqual([]);
    await context.close();
  }, 300_000);

  it('warns with a countdown, continues on a touch, then resets to attract and wipes the visitor', async () => {
    const { page, errors, context } = await openPage(browser, kioskUrl('&idle=3&countdown=4'), { viewport: SCREEN });
    await phase(page, 'attract');
    await page.locator('#kiosk-begin').click({ force: true });
    await phase(page, 'playing');
    await page.locator('#choices button[data-choice]').first().click({ force: true });
    await page.locator('#open-settings').click({ force: true });
    await page.locator('#setting-theme').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.keyboard.press('Escape');
    await phase(page, 'warning', 20_000);
    const warning = page.locator('#kiosk-warning');
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toContain('Are you still there?');
    expect(Number(await page.locator('.kiosk-seconds').textContent())).toBeGreaterThan(0);
    // The story's own lines: an ambient sound's caption ("[A bird calls…]") may join them at any moment.
    const storyLines = () =>
      page.evaluate(() => [...document.querySelectorAll('#story p:not(.ambient)')].map((p) => p.textContent));
    const story = await storyLines();
    await page.mouse.click(960, 900); // a touch on the warning, over where the choices are
    await phase(page, 'playing');
    await page.waitForFunction(() => document.getElementById('kiosk-warning')?.hidden === true);
    expect(await storyLines()).toEqual(story);
    await phase(page, 'warning', 20_000);
    await phase(page, 'attract', 20_000);
    const after = await page.evaluate(() => ({
      story: document.getElementById('story')!.childElementCount,
      choices: document.getElementById('choices')!.childElementCount,
      theme: document.documentElement.dataset['theme'],
      open: document.querySelectorAll('dialog[open]').length,
      attract: !document.getElementById('kiosk-attract')!.hidden,
    }));
    expect(after).toEqual({ story: 0, choices: 0, theme: 'paper', open: 0, attract: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('shows the warning at full size for the screenshot', async () => {
    const { page, context } = await openPage(browser, kioskUrl('&idle=2&countdown=60'), { viewport: SCREEN });
    await phase(page, 'attract');
    await page.locator('#kiosk-begin').click({ force: true });
    await phase(page, 'warning', 20_000);
    await stillForScreenshot(page);
    await page.screenshot({ path: `${SHOTS}/kiosk-warning.png` });
    await context.close();
  }, 300_000);

  it('opens the staff panel with five corner taps and the PIN, and rate-limits wrong PINs', async () => {
    const { page, errors, context } = await openPage(browser, kioskUrl(), { viewport: SCREEN });
    await phase(page, 'attract');
    await tapCorner(page);
    const staff = page.locator('#kiosk-staff');
    await staff.locator('.kiosk-keypad').waitFor();
    // First start: no PIN works until staff choose one (the same twice).
    expect(await staff.getAttribute('data-view')).toBe('first-start');
    await keypad(page, PIN);
    await keypad(page, PIN);
    await staff.locator('.kiosk-stats').waitFor();
    expect(await staff.textContent()).toContain('Visits since this page loaded');
    expect(await staff.textContent()).toMatch(/JavaScript memory in use\s*[\d.]+ MB/);
    await page.screenshot({ path: `${SHOTS}/kiosk-staff.png` });
    await page.evaluate(() => (document.getElementById('kiosk-staff') as HTMLDialogElement).close());
    await tapCorner(page);
    for (let i = 0; i < 3; i++) await keypad(page, '1111');
    expect(await staff.textContent()).toContain('Too many wrong PINs');
    await keypad(page, PIN);
    expect(await staff.locator('.kiosk-stats').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('exports the counts as a CSV file and switches the staff panel to Spanish, remembered across a reload', async () => {
    const { page, errors, context } = await openPage(browser, kioskUrl('&idle=2&countdown=2'), { viewport: SCREEN });
    await phase(page, 'attract');
    // One short visit that ends by idle, so the counts have a day with a language, a length and a stop.
    await page.locator('#kiosk-begin').click({ force: true });
    await phase(page, 'playing');
    await phase(page, 'attract', 60_000);
    const openStaff = async (enterLabel: string, firstStart = false) => {
      await tapCorner(page);
      await page.locator('#kiosk-staff .kiosk-keypad').waitFor();
      if (firstStart) await keypad(page, PIN, enterLabel); // choose the PIN, then enter it again below
      await keypad(page, PIN, enterLabel);
      await page.locator('#kiosk-staff .kiosk-stats').waitFor();
    };
    await openStaff('Enter', true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#kiosk-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^kiosk-counts-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const rows = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(rows[0]).toEqual(['date', 'metric', 'detail', 'value']);
    expect(rows.every((row) => row.length === 4)).toBe(true);
    expect(rows.find((row) => row[1] === 'visits begun')?.[3]).toBe('1');
    expect(rows.find((row) => row[1] === 'language chosen')?.slice(2)).toEqual(['English', '1']);
    expect(rows.some((row) => row[1] === 'visits that ended at')).toBe(true);
    expect(Number(rows.find((row) => row[1] === 'median visit length (seconds)')?.[3])).toBeGreaterThan(0);
    expect(await page.locator('#kiosk-staff').textContent()).toContain('Saved to this computer');

    await page.locator('#kiosk-staff [data-staff-language="es"]').click();
    const staff = page.locator('#kiosk-staff');
    expect(await staff.getAttribute('lang')).toBe('es');
    expect(await staff.textContent()).toContain('Visitas desde que se cargó la página');
    expect(await staff.textContent()).toContain('Exportar los conteos (CSV)');
    expect(await page.locator('#kiosk-staff-title').textContent()).toBe('Personal del museo');
    const heights = await page.$$eval('#kiosk-staff button', (buttons) =>
      buttons.map((b) => b.getBoundingClientRect().height).filter((h) => h > 0),
    );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await animationsDone(page);
    mkdirSync(KIOSK_SHOTS, { recursive: true });
    await page.screenshot({ path: `${KIOSK_SHOTS}/staff-stats-es.png` });
    const [spanish] = await Promise.all([page.waitForEvent('download'), page.locator('#kiosk-export-csv').click()]);
    expect(spanish.suggestedFilename()).toMatch(/^conteos-kiosco-/);
    expect(readFileSync(await spanish.path(), 'utf8')).toContain('fecha,dato,detalle,valor');

    await page.reload();
    await phase(page, 'attract');
    await openStaff('Entrar'); // the keypad is in the remembered language too
    expect(await page.locator('#kiosk-staff').textContent()).toContain('Visitas iniciadas');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  // npm test runs 300 visits in one page (issue 8); KIOSK_SOAK_VISITS sets another number for longer soaks.
  const visits = Math.max(30, Number(process.env['KIOSK_SOAK_VISITS'] ?? 300));
  it(`survives a ${visits}-visit soak of begin, play and idle reset with flat DOM and no retained elements`, async () => {
    const context = await browser.newContext({ viewport: { width: 960, height: 540 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The planned reload comes at visit 200 by default; this soak measures one page's lifetime, so the staff
    // setting moves it out of the way (the reload itself is covered in tests/ui/kiosk).
    await page.addInitScript(
      (config) => localStorage.setItem('avenida-viena:kiosk-config', JSON.stringify(config)),
      NO_RELOAD_CONFIG,
    );
    await page.clock.install();
    await page.goto(kioskUrl());
    await phase(page, 'attract');
    await page.waitForFunction(() => document.documentElement.dataset['renderer'] !== undefined, undefined, {
      timeout: 90_000,
    });
    // The robot visitor and the sampler are shared with the 2,000-visit benchmark (tools/bench/kiosk-robot.mjs):
    // each visit touches begin, makes up to five random choices and walks away; the fake clock runs the idle
    // warning and the countdown to the reset.
    const cdp = await context.newCDPSession(page);
    const samples: ({ visit: number } & KioskSample)[] = [];
    const random = seededRandom(7);
    for (let visit = 1; visit <= visits; visit++) {
      expect(await robotVisit(page, random)).toBe(true);
      if (visit === 20 || visit % 100 === 0 || visit === visits) {
        // The stage draws on animation frames, which the fake clock owns: drive it until the attract loop's first
        // picture has settled, so the textures are read from a drawn stage (the count used to be absent, and its
        // check vacuous), and always at the same picture (what is on screen depends on the picture).
        expect(await settleStage(page, { picture: ATTRACT_FIRST_PICTURE })).toBe(true);
        samples.push({ visit, ...(await sampleKiosk(page, cdp)) });
      }
    }
    console.log('[kiosk soak]', JSON.stringify(samples));
    const first = samples[0]!;
    const last = samples.at(-1)!;
    expect(errors).toEqual([]);
    expect(last.nodes).toBe(first.nodes);
    expect(last.dialogs).toBe(first.dialogs);
    expect(last.openDialogs).toBe(0);
    // Every sample read a drawn stage's texture report (no NaN: an absent report fails here, not silently).
    for (const sample of samples) {
      expect(Number.isNaN(sample.textures)).toBe(false);
      expect(Number.isNaN(sample.textureBytes)).toBe(false);
    }
    // Textures are compared like with like: every sample at the attract loop's first picture (one base picture, no
    // overlays; the plan's labels are text textures). The budget (texture-budget.ts) keeps off screen at most
    // OFF_SCREEN_BUDGET_BYTES and exactly MAX_OFF_SCREEN_TEXTURES once more pictures than that have been seen (by
    // visit 20 they have), so the decoded pictures held are that picture, the pinned plan and the count, at every
    // sample; and Phaser's texture manager holds the same number of keys at every sample, so a texture the budget
    // does not track (left in the manager, or made by the scene) fails here however slowly it leaks. The count
    // used to be read at whichever picture was up (a story picture with three overlays gave 11, the attract 8).
    for (const sample of samples) {
      expect(sample.picture).toBe(ATTRACT_FIRST_PICTURE);
      expect(sample.textureBytes).toBeLessThanOrEqual(OFF_SCREEN_BUDGET_BYTES + 3 * LARGEST_TEXTURE_BYTES);
      expect(sample.textures).toBe(1 + 1 + MAX_OFF_SCREEN_TEXTURES);
      expect(sample.textureKeys.length).toBe(first.textureKeys.length);
    }
    // No assertion on heap bytes (they move with when V8 collects). Element objects are counted after a full
    // collection: one element leaked per visit fails this. They used to grow by about one a visit (220 → 362 over
    // 300 visits): detached <audio> elements of looping HTML5 music that howler restarted after it was stopped, silent
    // and playing on (fixed in howl-factory.ts). A run of 50 visits now holds the same elements as after 10.
    expect(last.elements - first.elements).toBeLessThan(last.visit - first.visit);
    expect(await page.evaluate(() => document.documentElement.dataset['kioskVisits'])).toBe(String(visits));
    await context.close();
  }, 1_200_000);
});

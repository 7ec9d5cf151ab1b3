import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../tools/serve.mjs';
import { launch } from './support/browser.ts';
import { snapshotDist } from './support/dist-snapshot.ts';
import { stillForScreenshot } from './support/settled.ts';
import { TEST_PIN, keypad } from './support/kiosk-keypad.ts';
import { axeViolations } from './support/axe.ts';

// The kiosk for a standing visitor (issue 21): the staff gesture with real touch and mouse input, the first-start
// PIN screen, and type large enough to read at a metre. Screenshots go to .out/shots/kiosk-standing-*.png.
const SHOTS = '.out/shots';
const COPY = '.out/kiosk-standing-dist';
const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };
const PIN = TEST_PIN;
let browser: Browser;
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  snapshotDist(COPY);
  ({ server, url: baseUrl } = await startServer({ port: 0, dir: COPY }));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

async function kiosk(
  viewport: { width: number; height: number },
  options: { locale?: string; search?: string } = {},
): Promise<{ page: Page; context: BrowserContext; cdp: CDPSession; errors: string[] }> {
  const context = await browser.newContext({
    viewport,
    hasTouch: true,
    serviceWorkers: 'block',
    locale: options.locale ?? 'en-GB',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}?mode=kiosk${options.search ?? ''}`);
  await page.waitForFunction(() => document.documentElement.dataset['kiosk'] === 'attract', undefined, {
    timeout: 90_000,
  });
  return { page, context, cdp: await context.newCDPSession(page), errors };
}

/**
 * Five real taps at (30, 30) through the browser's own input pipeline (CDP Input events, as a touch screen or a
 * mouse delivers them: hit testing, touch-action, pointer events, the click that follows). The ten commands are
 * sent together and run in order, so a slow test machine cannot spread the taps more than the gesture's two
 * seconds apart.
 */
async function fiveTaps(cdp: CDPSession, input: 'touch' | 'mouse'): Promise<void> {
  const at = { x: 30, y: 30 };
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < 5; i++) {
    if (input === 'touch') {
      sent.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] }));
      sent.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }));
    } else {
      const base = { ...at, button: 'left' as const, clickCount: 1 };
      sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...base }));
      sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...base }));
    }
  }
  await Promise.all(sent);
}

describe('the kiosk for a standing visitor', () => {
  for (const input of ['touch', 'mouse'] as const) {
    it(`opens the staff keypad ten times in a row with five real ${input} taps in the corner`, async () => {
      const { page, context, cdp, errors } = await kiosk(LANDSCAPE);
      const opened: boolean[] = [];
      for (let time = 0; time < 10; time++) {
        // The first five on the attract screen, the rest during a visit, over the reader bar and the picture.
        if (time === 5) {
          await page.locator('#kiosk-begin').click({ force: true });
          await page.waitForFunction(() => document.querySelectorAll('#choices button').length > 0);
        }
        await fiveTaps(cdp, input);
        const open = await page
          .locator('#kiosk-staff[open] .kiosk-keypad')
          .waitFor({ timeout: 10_000 })
          .then(() => true)
          .catch(() => false);
        opened.push(open);
        if (time === 0) {
          // Corner taps on the attract screen are the staff's, never a visit.
          expect(await page.evaluate(() => document.documentElement.dataset['kiosk'])).toBe('attract');
          expect(await page.evaluate(() => document.documentElement.dataset['kioskVisits'])).toBe('0');
        }
        await page.evaluate(() => (document.getElementById('kiosk-staff') as HTMLDialogElement).close());
        await page.waitForFunction(() => !(document.getElementById('kiosk-staff') as HTMLDialogElement).open);
      }
      expect(opened).toEqual(Array.from({ length: 10 }, () => true));
      expect(errors).toEqual([]);
      await context.close();
    }, 300_000);
  }

  it('has no default PIN: staff choose one on a first-start screen, and 1940 never opens the panel', async () => {
    const { page, context, cdp, errors } = await kiosk(LANDSCAPE);
    await fiveTaps(cdp, 'touch');
    const staff = page.locator('#kiosk-staff');
    await staff.locator('.kiosk-keypad').waitFor();
    expect(await staff.getAttribute('data-view')).toBe('first-start');
    expect(await page.locator('#kiosk-staff-title').textContent()).toBe('First start: choose the staff PIN');
    await stillForScreenshot(page);
    await page.screenshot({ path: `${SHOTS}/kiosk-standing-first-start.png` });
    expect(await axeViolations(page, { include: '#kiosk-staff' })).toEqual([]);
    await keypad(page, '1940');
    expect(await staff.textContent()).toContain('too easy to guess');
    await keypad(page, PIN);
    expect(await staff.textContent()).toContain('Enter the same PIN again');
    await keypad(page, PIN);
    await staff.locator('.kiosk-stats').waitFor();
    expect(await staff.textContent()).toContain('The PIN is set.');
    await page.evaluate(() => (document.getElementById('kiosk-staff') as HTMLDialogElement).close());
    // After a reload the chosen PIN is asked for, and 1940 is only a wrong PIN.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset['kiosk'] === 'attract');
    await fiveTaps(cdp, 'touch');
    await staff.locator('.kiosk-keypad').waitFor();
    expect(await staff.getAttribute('data-view')).toBe('pin');
    await keypad(page, '1940');
    expect(await staff.textContent()).toContain('That PIN is not right.');
    await keypad(page, PIN);
    await staff.locator('.kiosk-stats').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('shows the first-start screen in Spanish on a Spanish kiosk computer', async () => {
    const { page, context, cdp } = await kiosk(LANDSCAPE, { locale: 'es-MX' });
    await fiveTaps(cdp, 'touch');
    await page.locator('#kiosk-staff .kiosk-keypad').waitFor();
    expect(await page.locator('#kiosk-staff-title').textContent()).toBe('Primer arranque: elija el NIP del personal');
    expect(await page.locator('#kiosk-staff').getAttribute('lang')).toBe('es');
    await stillForScreenshot(page);
    await page.screenshot({ path: `${SHOTS}/kiosk-standing-first-start-es.png` });
    await context.close();
  }, 300_000);

  for (const [name, viewport, search] of [
    ['landscape', LANDSCAPE, ''],
    ['portrait', PORTRAIT, ''],
    ['landscape-es', LANDSCAPE, '&lang=es'],
  ] as const) {
    it(`sets body text and choices at 28 px or more at ${viewport.width}×${viewport.height} (${name})`, async () => {
      const { page, context, errors } = await kiosk(viewport, { search });
      await page.locator('#kiosk-begin').click({ force: true });
      const sizes: { text: number[]; choices: number[] }[] = [];
      for (let turn = 0; turn < 3; turn++) {
        await page.waitForFunction(() => document.querySelectorAll('#choices button[data-choice]').length > 0);
        sizes.push(
          await page.evaluate(() => {
            const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
            const text = [...document.querySelectorAll('#story p')].map(px);
            const choices = [...document.querySelectorAll('#choices button[data-choice]')].map(px);
            return { text, choices };
          }),
        );
        if (turn === 1) {
          await stillForScreenshot(page);
          await page.screenshot({ path: `${SHOTS}/kiosk-standing-${name}.png` });
        }
        await page.evaluate(() => document.querySelector<HTMLButtonElement>('#choices button[data-choice]')?.click());
      }
      const text = sizes.flatMap((s) => s.text);
      const choices = sizes.flatMap((s) => s.choices);
      expect(text.length).toBeGreaterThan(3);
      expect(choices.length).toBeGreaterThan(2);
      expect(Math.min(...text)).toBeGreaterThanOrEqual(28);
      expect(Math.min(...choices)).toBeGreaterThanOrEqual(28);
      console.log(
        `[kiosk type] ${name}: text ${Math.min(...text)}–${Math.max(...text)} px, choices ${Math.min(...choices)} px`,
      );
      expect(errors).toEqual([]);
      await context.close();
    }, 300_000);
  }
});

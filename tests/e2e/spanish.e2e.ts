import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../tools/serve.mjs';
import { animationsDone, stillForScreenshot } from './support/settled.ts';
import { snapshotDist } from './support/dist-snapshot.ts';
import { launch, openPage } from './support/browser.ts';
import { ready } from './support/play.ts';
import { axeViolations } from './support/axe.ts';

// The Spanish edition in Chromium: the title toggle, a kiosk playthrough, axe with the right `lang`, screenshots
// into .out/shots/es-*.png.
const SHOTS = '.out/shots';
const COPY = '.out/spanish-dist';
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

/** Plays by pressing the first choice until the ending (or `limit` turns); returns the record beats passed. */
async function playFirstChoices(page: Page, limit: number): Promise<{ turns: number; beats: Set<string> }> {
  const beats = new Set<string>();
  let turns = 0;
  for (; turns < limit; turns++) {
    await page.waitForFunction(() => document.querySelectorAll('#choices button').length > 0, undefined, {
      timeout: 60_000,
    });
    const turn = await page.evaluate(() => {
      const seen = [...document.querySelectorAll('#story p[data-record]')].map(
        (p) => p.getAttribute('data-record') ?? '',
      );
      const choices = [...document.querySelectorAll<HTMLButtonElement>('#choices button[data-choice]')];
      choices[0]?.click();
      return { seen, count: choices.length };
    });
    for (const beat of turn.seen) beats.add(beat);
    if (turn.count === 0) break;
  }
  return { turns, beats };
}

const axe = (page: Page) => axeViolations(page, { exclude: '#stage' });

describe('the game in Spanish', () => {
  it('switches to Spanish from the title toggle and remembers it on the next visit', async () => {
    const { page, errors, context } = await openPage(browser, baseUrl);
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('#language-toggle button[lang="es"]').focus();
    await Promise.all([page.waitForURL(/lang=es/), page.keyboard.press('Enter')]);
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('#begin').textContent()).toBe('Comenzar');
    expect(await page.locator('#language-toggle button[lang="es"]').getAttribute('aria-pressed')).toBe('true');
    await page.goto(baseUrl); // no ?lang= now: the remembered choice decides
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('#title-screen .subtitle').textContent()).toContain('León Trotsky');
    await page.screenshot({ path: `${SHOTS}/es-title.png` });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays in Spanish with Spanish chapter names, a Spanish archive with Spanish dates, and no axe violations', async () => {
    const { page, errors, context } = await openPage(browser, `${baseUrl}?lang=es`);
    await ready(page);
    await page.getByRole('button', { name: 'Comenzar', exact: true }).click();
    await playFirstChoices(page, 12);
    await stillForScreenshot(page);
    expect(await page.locator('#reader-bar').textContent()).toMatch(/Ajustes/);
    await page.screenshot({ path: `${SHOTS}/es-play.png` });
    expect(await axe(page)).toEqual([]);
    await page.locator('#open-archive').click();
    await page.locator('#archive[open]').waitFor();
    const archive = (await page.locator('#archive').textContent()) ?? '';
    expect(archive).toContain('Lo que pasó');
    expect(archive).toMatch(
      /(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 19\d\d/,
    );
    expect(archive).not.toMatch(
      /(January|February|March|April|May|June|July|August|September|October|November|December) 19/,
    );
    await page.screenshot({ path: `${SHOTS}/es-archive.png` });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('lets a kiosk visitor choose Spanish on the attract screen and plays the exhibit cut to the Spanish debrief', async () => {
    const { page, errors, context } = await openPage(browser, `${baseUrl}?mode=kiosk`, {
      viewport: { width: 1920, height: 1080 },
    });
    await page.waitForFunction(() => document.documentElement.dataset['kiosk'] === 'attract', undefined, {
      timeout: 90_000,
    });
    await Promise.all([
      page.waitForURL(/lang=es/),
      page.locator('#kiosk-language button[lang="es"]').click({ force: true }),
    ]);
    await page.waitForFunction(() => document.documentElement.dataset['kiosk'] === 'playing', undefined, {
      timeout: 90_000,
    });
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(page.url()).not.toMatch(/visit=/);
    const { turns, beats } = await playFirstChoices(page, 80);
    expect(turns).toBeGreaterThan(4); // the exhibit cut is short: six choices from the role to the end
    for (const beat of ['raid_1940_05_24', 'attack_1940_08_20', 'death_1940_08_21'])
      expect(beats, beat).toContain(beat);
    await page.getByRole('button', { name: 'Lee tu balance' }).click({ force: true });
    await page.locator('#debrief[open]').waitFor();
    const debrief = (await page.locator('#debrief').textContent()) ?? '';
    expect(debrief).toContain('Lo que pasó');
    expect(debrief).toContain('24 de mayo de 1940');
    expect(debrief).toContain('20 de agosto de 1940');
    await animationsDone(page);
    await page.screenshot({ path: `${SHOTS}/es-debrief.png` });
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('shows the kiosk attract screen with the Spanish choice pressed', async () => {
    const { page, errors, context } = await openPage(browser, `${baseUrl}?mode=kiosk&lang=es`, {
      viewport: { width: 1920, height: 1080 },
    });
    await page.waitForFunction(() => document.documentElement.dataset['kiosk'] === 'attract', undefined, {
      timeout: 90_000,
    });
    expect(await page.locator('#kiosk-language button[lang="es"]').getAttribute('aria-pressed')).toBe('true');
    await stillForScreenshot(page);
    await page.screenshot({ path: `${SHOTS}/es-kiosk-attract.png` });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

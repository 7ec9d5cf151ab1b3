import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeResult } from '../../src/core/classroom/class-result.ts';
import { DISCUSSION_PROMPTS } from '../../src/core/classroom/discussion-prompts.ts';
import { DISCUSSION_PROMPTS_ES } from '../../src/core/classroom/discussion-prompts-es.ts';
import { launch } from './support/browser.ts';

/**
 * The teacher's way in and around (issue 21): "For teachers" on the ordinary title, the reader menu's Title and
 * Teacher's tools, classroom sound muted by default, the pause that holds the story until a press and hold, and the
 * presenter view at projector size. Text only (the pictures' chunk is answered empty: the stage is not under test).
 */
const SHOTS = '.out/shots';
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', serviceWorkers: 'block' });
  await context.route(/\/assets\/phaser-[^/]*\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  return { page, context, errors };
}

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .exclude('#stage')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Presses 1 at every choice until the pause screen opens; each step waits for the story to move on. */
async function playToPause(page: Page): Promise<void> {
  const pause = page.locator('dialog#pause[open]');
  for (let turns = 0; turns < 80 && (await pause.count()) === 0; turns++) {
    const first = await page.locator('#choices button[data-choice]').first().elementHandle({ timeout: 30_000 });
    await page.keyboard.press('1');
    await page.waitForFunction(
      (button) => !button?.isConnected || document.querySelector('dialog#pause[open]') !== null,
      first,
      { timeout: 30_000 },
    );
  }
  await pause.waitFor({ state: 'visible', timeout: 30_000 });
}

describe('the teacher entry and the reader menu', { timeout: 300_000 }, () => {
  it('offers "For teachers" on the ordinary title, which opens the classroom edition in the same language', async () => {
    for (const [lang, label, viewport] of [
      ['en', 'For teachers', { width: 1366, height: 768 }],
      ['es', 'Para docentes', { width: 390, height: 844 }],
    ] as const) {
      const { page, context, errors } = await open(`?lang=${lang}`, viewport);
      const entry = page.locator('#for-teachers');
      await entry.waitFor();
      expect(await entry.textContent()).toBe(label);
      await page.screenshot({ path: `${SHOTS}/teacher-entry-title-${lang}-${viewport.width}.png` });
      expect(await axe(page)).toEqual([]);
      await entry.click();
      await page.waitForURL(/mode=classroom/);
      await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
      expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
      await page.locator('#teacher-menu #open-teacher-guide').waitFor();
      expect(await page.locator('#for-teachers').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('starts a classroom with the sound muted, which the student can turn on', async () => {
    const { page, context, errors } = await open('?mode=classroom');
    await page.locator('#open-settings-title').click();
    const mute = page.locator('#setting-mute');
    expect(await mute.isChecked()).toBe(true);
    await mute.uncheck();
    await page.keyboard.press('Escape');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
    await page.locator('#open-settings-title').click();
    expect(await page.locator('#setting-mute').isChecked()).toBe(false);
    await context.close();

    const home = await open('');
    await home.page.locator('#open-settings-title').click();
    expect(await home.page.locator('#setting-mute').isChecked()).toBe(false);
    await home.context.close();
    expect(errors).toEqual([]);
  });

  it("gives the reader menu the title screen, chapters, settings and, in class, the teacher's tools", async () => {
    const { page, context, errors } = await open('?mode=classroom', { width: 390, height: 844 });
    await page.locator('#teacher-menu').waitFor();
    await page.locator('#begin').click();
    await page.locator('#choices button[data-choice]').first().waitFor();
    await page.locator('#open-teacher-tools').waitFor({ state: 'attached' });
    await page.locator('#reader-menu-toggle').click();
    await page.locator('#reader-menu-toggle[aria-expanded="true"]').waitFor();
    for (const id of ['back-to-title', 'open-chapters', 'open-settings', 'open-teacher-tools'])
      expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
    await page.screenshot({ path: `${SHOTS}/teacher-reader-menu-390.png` });
    expect(await axe(page)).toEqual([]);
    await page.locator('#open-teacher-tools').click();
    const tools = page.locator('dialog#teacher-tools[open]');
    await tools.waitFor();
    expect(await tools.locator('button').allTextContents()).toEqual(
      expect.arrayContaining(["Teacher's guide", 'Class view', 'Presenter view', 'Start at a chapter']),
    );
    await page.screenshot({ path: `${SHOTS}/teacher-tools-390.png` });
    expect(await axe(page)).toEqual([]);
    await tools.locator('#tools-open-teacher-guide').click();
    const guide = page.locator('dialog#teacher-guide[open]');
    await guide.waitFor();
    // The guide opens on its contents: one link a section, each taking focus to its heading.
    const contents = guide.locator('nav.guide-contents a');
    const sections = readFileSync('docs/teacher-guide.md', 'utf8').match(/^## /gm)?.length ?? 0;
    expect(await contents.count()).toBe(sections);
    await contents.filter({ hasText: 'Lesson plan: 45 minutes' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('md-lesson-plan-45-minutes');
    await page.screenshot({ path: `${SHOTS}/teacher-guide-contents-390.png` });
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));

    await page.locator('#reader-menu-toggle').click();
    await page.locator('#back-to-title').click();
    await page.locator('#title-screen').waitFor({ state: 'visible' });
    expect(await page.locator('#reader').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the classroom pause', { timeout: 300_000 }, () => {
  it('holds the story: Escape, Enter, a click outside and a tap do not go on; a press and hold does', async () => {
    const { page, context, errors } = await open('?mode=classroom');
    await page.locator('#start-at-chapter').click();
    await page.locator('#chapter-start').getByLabel('The Student').check();
    await page.locator('[data-start="ch3_aftermath"]').click();
    await page.locator('#choices button[data-choice]').first().waitFor();
    await playToPause(page);
    const pause = page.locator('dialog#pause');
    const chapter = page.locator('#reader-bar .chapter');
    expect(await pause.locator('.pause-prompt').textContent()).toBe(
      DISCUSSION_PROMPTS.find((p) => p.chapter === 'ch3_aftermath')?.pause,
    );
    // The next chapter is not behind it: no choices, still chapter III, its opening text not shown.
    expect(await chapter.textContent()).toBe('III. Aftermath');
    expect(await page.locator('#choices button[data-choice]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/teacher-pause-1366.png` });
    expect(await axe(page)).toEqual([]);

    const stillHeld = async (what: string) => {
      expect(await pause.evaluate((d) => (d as HTMLDialogElement).open), what).toBe(true);
      expect(await chapter.textContent(), what).toBe('III. Aftermath');
      expect(await page.locator('#choices button[data-choice]').count(), what).toBe(0);
    };
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await stillHeld('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    await stillHeld('Enter and Space');
    await page.mouse.click(3, 3); // the backdrop, outside the dialog
    await stillHeld('a click outside');
    const hold = pause.locator('[data-action="hold"]');
    await hold.click(); // a tap: down and up at once
    await hold.focus();
    await page.keyboard.press('Enter');
    await stillHeld('a tap and a key pressed on the button');

    // The deliberate action: pressed and held until the story goes on by itself.
    const box = await hold.boundingBox();
    if (!box) throw new Error('the hold button is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.locator('#choices button[data-choice]').first().waitFor({ timeout: 30_000 });
    await page.mouse.up();
    expect(await pause.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await chapter.textContent()).toBe('IV. The fortress summer');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('comes back held after a reload at the pause, in Spanish, and goes on by holding the key down', async () => {
    const { page, context, errors } = await open('?mode=classroom&lang=es', { width: 390, height: 844 });
    await page.locator('#start-at-chapter').click();
    await page.locator('[data-start="ch3_aftermath"]').click();
    await page.locator('#choices button[data-choice]').first().waitFor();
    await playToPause(page);
    await page.screenshot({ path: `${SHOTS}/teacher-pause-es-390.png` });
    expect(await axe(page)).toEqual([]);
    expect(await page.locator('dialog#pause .pause-prompt').textContent()).toBe(
      DISCUSSION_PROMPTS_ES.find((p) => p.chapter === 'ch3_aftermath')?.pause,
    );
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
    await page.locator('#continue').click();
    await page.locator('dialog#pause[open]').waitFor();
    expect(await page.locator('#choices button[data-choice]').count()).toBe(0);
    await page.locator('dialog#pause [data-action="hold"]').focus();
    await page.keyboard.down('Enter');
    await page.locator('#choices button[data-choice]').first().waitFor({ timeout: 30_000 });
    await page.keyboard.up('Enter');
    expect(await page.locator('#reader-bar .chapter').textContent()).not.toBe(
      await page.evaluate(() => document.querySelector('#pause h2')?.textContent),
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the presenter view', { timeout: 300_000 }, () => {
  it('shows the question, who has handed in and the class beside the record in large type at 1920 × 1080', async () => {
    const codes = [
      encodeResult({
        role: 'student',
        chapters: ['ch2_raid'],
        views: { entry: 'entry_known_face', harte: null },
        attempts: [],
        proposals: ['alarm_tested'],
        tag: 11,
        initials: 'AB',
      }),
      encodeResult({
        role: 'teamster',
        chapters: ['ch2_raid'],
        views: { entry: 'entry_ladders', harte: null },
        attempts: [],
        proposals: [],
        tag: 12,
        initials: 'ZZ',
      }),
    ];
    for (const lang of ['en', 'es'] as const) {
      const { page, context, errors } = await open(`?mode=classroom&lang=${lang}`, { width: 1920, height: 1080 });
      await page.locator('#open-presenter').click();
      const view = page.locator('dialog#presenter[open]');
      await view.waitFor();
      await view.locator('#presenter-names').fill('Ana Beltrán\nCarlos Díaz\nEva M.');
      await view.locator('#presenter-codes').fill(codes.join('\n'));
      await view.locator('[data-action="show"]').click();
      await view.locator('[data-action="next"]').focus();
      await page.keyboard.press('ArrowRight'); // chapter II, the one the codes hold
      const prompts = lang === 'en' ? DISCUSSION_PROMPTS : DISCUSSION_PROMPTS_ES;
      expect(await view.locator('.presenter-question').textContent()).toBe(
        prompts.find((p) => p.chapter === 'ch2_raid')?.pause,
      );
      expect(await view.locator('.presenter-count').getAttribute('data-finished')).toBe('1');
      expect(await view.locator('.presenter-names li[data-finished="true"]').allTextContents()).toEqual([
        expect.stringContaining('Ana Beltrán'),
      ]);
      expect(await view.locator('.presenter-others').textContent()).toMatch(/: ZZ$/);
      const count = (dispute: string, key: string) =>
        view.locator(`[data-dispute="${dispute}"] tr[data-key="${key}"] td.presenter-n`).getAttribute('data-count');
      expect(await count('entry', 'entry_known_face')).toBe('1');
      expect(await count('entry', 'entry_ladders')).toBe('1');
      expect(await view.locator('[data-dispute="entry"] .presenter-consensus').count()).toBe(1);
      await page.keyboard.press('ArrowLeft');
      expect(await view.locator('.presenter-count').getAttribute('data-finished')).toBe('0');
      await page.keyboard.press('ArrowRight');
      await view.locator('details.presenter-setup summary').click(); // folded away for the projector
      // Large type: nothing in the view smaller than 28 px, the question far larger.
      const smallest = await view.evaluate((root) => {
        let min = Infinity;
        for (const node of root.querySelectorAll<HTMLElement>('*')) {
          if (!node.textContent?.trim() || node.getClientRects().length === 0) continue;
          if (node.closest('.presenter-state')) continue; // visually hidden, for screen readers
          min = Math.min(min, parseFloat(getComputedStyle(node).fontSize));
        }
        return min;
      });
      expect(smallest).toBeGreaterThanOrEqual(28);
      const question = await view
        .locator('.presenter-question')
        .evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
      expect(question).toBeGreaterThanOrEqual(40);
      await view.evaluate((d) => d.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/teacher-presenter-${lang}-1920.png` });
      await view.evaluate((d) => d.scrollTo(0, d.scrollHeight));
      await page.screenshot({ path: `${SHOTS}/teacher-presenter-${lang}-1920-end.png` });
      expect(await axe(page)).toEqual([]);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
      await page.locator('#open-presenter').click();
      // The class list stays on this device; the codes do not.
      expect(await page.locator('#presenter-names').inputValue()).toBe('Ana Beltrán\nCarlos Díaz\nEva M.');
      expect(await page.locator('#presenter-codes').inputValue()).toBe('');
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

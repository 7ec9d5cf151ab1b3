import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeResult } from '../../src/core/classroom/class-result.ts';
import { DISCUSSION_PROMPTS } from '../../src/core/classroom/discussion-prompts.ts';
import { DISCUSSION_PROMPTS_ES } from '../../src/core/classroom/discussion-prompts-es.ts';
import { launch, openPage, type Watched } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';

const SHOTS = '.out/shots';
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const classroomUrl = () => `${inject('baseUrl')}?mode=classroom`;

/**
 * A classroom page without the pictures: Phaser's chunk is answered with an empty module, so the stage fails to
 * start and the story goes on as text (the game's own fallback, logged as a warning). Software WebGL on a busy
 * two-core machine otherwise makes every step take seconds; these tests are about the classroom, not the stage.
 */
async function openTextOnly(): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  await context.route(/\/assets\/phaser-[^/]*\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(classroomUrl());
  return { page, context, errors, requests: [] };
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
}

const axe = (page: Page) => axeViolations(page, { exclude: '#stage' });

/** Presses 1 at every choice until the pause screen opens; each step waits for the story to move on. */
async function playToPause(page: Page): Promise<number> {
  const pause = page.locator('dialog#pause[open]');
  let turns = 0;
  for (; turns < 80 && (await pause.count()) === 0; turns++) {
    const first = await page.locator('#choices button[data-choice]').first().elementHandle({ timeout: 30_000 });
    await page.keyboard.press('1');
    await page.waitForFunction(
      (button) => !button?.isConnected || document.querySelector('dialog#pause[open]') !== null,
      first,
      { timeout: 30_000 },
    );
  }
  await pause.waitFor({ state: 'visible', timeout: 30_000 });
  return turns;
}

describe('classroom mode in Chromium', { timeout: 300_000 }, () => {
  it("opens the teacher's guide, the role cards and the glossary from the title screen, printable and accessible", async () => {
    const { page, errors, context } = await openPage(browser, classroomUrl());
    await ready(page);
    await page.locator('#teacher-menu').waitFor();
    await page.screenshot({ path: `${SHOTS}/classroom-title.png` });
    expect(await axe(page)).toEqual([]);

    await page.getByRole('button', { name: "Teacher's guide" }).click();
    const guide = page.locator('#teacher-guide');
    await guide.getByRole('heading', { name: 'Learning objectives' }).waitFor();
    for (const heading of [
      'Lesson plan: 45 minutes',
      'Lesson plan: 90 minutes (or two 45-minute lessons)',
      'Source-analysis activity: two disputed points',
      'Privacy statement (for school vetting)',
    ]) {
      expect(await guide.getByRole('heading', { name: heading }).count(), heading).toBe(1);
    }
    await page.screenshot({ path: `${SHOTS}/classroom-guide.png` });
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/classroom-guide-print.png`, fullPage: true });
    expect(await page.locator('#teacher-guide .panel-actions').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await guide.locator('[data-section="roles"]').click();
    await guide.getByRole('heading', { name: 'The Mexican comrade' }).waitFor();
    expect(await guide.locator('.md h3').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: `${SHOTS}/classroom-role-cards.png` });
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/classroom-role-cards-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await guide.locator('[data-section="glossary"]').click();
    await guide.locator('#gloss-gpu_nkvd').waitFor();
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens the Spanish teacher's guide, role cards and glossary in a Spanish classroom, accessible", async () => {
    const { page, errors, context } = await openPage(browser, `${classroomUrl()}&lang=es`);
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await page.getByRole('button', { name: 'Guía docente' }).click();
    const guide = page.locator('#teacher-guide');
    await guide.getByRole('heading', { name: 'Objetivos de aprendizaje' }).waitFor();
    expect(await guide.getByRole('heading', { name: 'Learning objectives' }).count()).toBe(0);
    expect(await guide.textContent()).toContain(DISCUSSION_PROMPTS_ES.find((p) => p.chapter === 'ch2_raid')?.pause);
    await page.screenshot({ path: `${SHOTS}/es-classroom-guide.png` });
    expect(await axe(page)).toEqual([]);

    await guide.locator('[data-section="roles"]').click();
    await guide.getByRole('heading', { name: 'El compañero mexicano' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/es-classroom-role-cards.png` });
    expect(await axe(page)).toEqual([]);

    await guide.locator('[data-section="glossary"]').click();
    await guide.locator('#gloss-cruz_verde').waitFor();
    expect(await guide.locator('#gloss-cruz_verde + dd').textContent()).toContain('hospital público de urgencias');
    await page.screenshot({ path: `${SHOTS}/es-classroom-glossary.png` });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts chapter III as the Student, links glossary terms, and stops at the pause point with the discussion prompt', async () => {
    const { page, errors, context } = await openTextOnly();
    await ready(page);
    await page.getByRole('button', { name: 'Start at a chapter' }).click();
    const start = page.locator('#chapter-start');
    await start.getByLabel('The Student').check();
    await page.screenshot({ path: `${SHOTS}/classroom-chapter-start.png` });
    expect(await axe(page)).toEqual([]);
    await start.locator('[data-start="ch3_aftermath"]').click();
    await page.locator('#choices button[data-choice]').first().waitFor();
    expect(await page.locator('#reader-bar .chapter').textContent()).toBe('III. Aftermath');

    const pause = page.locator('dialog#pause[open]');
    const turns = await playToPause(page);
    expect(turns).toBeGreaterThan(3);
    const prompt = DISCUSSION_PROMPTS.find((p) => p.chapter === 'ch3_aftermath')?.pause;
    expect(await pause.locator('.pause-prompt').textContent()).toBe(prompt);
    expect(await pause.textContent()).toContain('End of III. Aftermath');
    await page.screenshot({ path: `${SHOTS}/classroom-pause.png` });
    expect(await axe(page)).toEqual([]);

    // Glossary words in the story are buttons that open their entry. The pause goes on only when held down.
    const hold = await pause.locator('[data-action="hold"]').boundingBox();
    if (!hold) throw new Error('the pause screen has no hold button on screen');
    await page.mouse.move(hold.x + hold.width / 2, hold.y + hold.height / 2);
    await page.mouse.down();
    await page.locator('#choices button[data-choice]').first().waitFor();
    await page.mouse.up();
    const gloss = page.locator('#story button.gloss');
    expect(await gloss.count()).toBeGreaterThan(0);
    await gloss.first().focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog#glossary[open] dt.current').waitFor();
    expect(await page.locator('dialog#glossary[open] dt.current').evaluate((e) => e === document.activeElement)).toBe(
      true,
    );
    await page.screenshot({ path: `${SHOTS}/classroom-glossary.png` });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("exports a student's result at the pause, and the class view counts three results correctly", async () => {
    const student = await openTextOnly();
    const { page } = student;
    await ready(page);
    await page.getByRole('button', { name: 'Start at a chapter' }).click();
    await page.locator('#chapter-start').getByLabel('The Student').check();
    await page.locator('[data-start="ch3_aftermath"]').click();
    const pause = page.locator('dialog#pause[open]');
    await playToPause(page);
    await pause.getByRole('button', { name: 'Your debrief and result code' }).click();
    const debrief = page.locator('dialog#student-debrief[open]');
    await debrief.locator('.result-code').waitFor();
    await debrief
      .getByLabel('Your reflection (stays on this computer)')
      .fill('I think Bob opened the door to someone he knew.');
    const code = (await debrief.locator('.result-code').textContent()) ?? '';
    expect(code).toMatch(/^AVC-/);
    const box = (await debrief.locator('.result-box').textContent()) ?? '';
    expect(box).toContain('Chapters played: III. Aftermath');
    expect(box).not.toContain('IV. The fortress summer');
    await page.screenshot({ path: `${SHOTS}/classroom-debrief.png` });
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/classroom-debrief-print.png`, fullPage: true });
    expect(await debrief.locator('.reflection-print').textContent()).toBe(
      'I think Bob opened the door to someone he knew.',
    );
    await page.emulateMedia({ media: 'screen' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      debrief.getByRole('button', { name: 'Save the result code as a file' }).click(),
    ]);
    const file = await download.path();
    const studentFile = readFileSync(file, 'utf8');
    expect(studentFile).toContain(code);
    expect(studentFile).not.toContain('Bob opened');
    expect(student.errors).toEqual([]);
    await student.context.close();

    // Two more students, made directly: a Teamster and a Mexican comrade, both through chapter III.
    const others = [
      encodeResult({
        role: 'teamster',
        chapters: ['ch3_aftermath'],
        views: { entry: null, harte: 'harte_unsure' },
        attempts: [],
        proposals: [],
        tag: 5,
        initials: 'TM',
      }),
      encodeResult({
        role: 'mexican',
        chapters: ['ch3_aftermath'],
        views: { entry: null, harte: 'harte_victim' },
        attempts: [],
        proposals: [],
        tag: 6,
        initials: '',
      }),
    ];
    const teacher = await openTextOnly();
    await ready(teacher.page);
    await teacher.page.getByRole('button', { name: 'Class view' }).click();
    const view = teacher.page.locator('dialog#class-view[open]');
    await view.locator('#class-files').setInputFiles([
      { name: 'student-1.txt', mimeType: 'text/plain', buffer: Buffer.from(studentFile) },
      { name: 'student-2.txt', mimeType: 'text/plain', buffer: Buffer.from(`${others[0]}\n`) },
      { name: 'student-3.txt', mimeType: 'text/plain', buffer: Buffer.from(`${others[1]}\n`) },
    ]);
    await view.locator('.class-count[data-students="3"]').waitFor();
    const count = (table: string, key: string) =>
      view.locator(`[data-table="${table}"] tr[data-key="${key}"] td`).getAttribute('data-count');
    expect(await count('roles', 'student')).toBe('1');
    expect(await count('roles', 'teamster')).toBe('1');
    expect(await count('roles', 'mexican')).toBe('1');
    expect(await count('chapters', 'ch3_aftermath')).toBe('3');
    const harte = await Promise.all(
      ['harte_victim', 'harte_deceived', 'harte_agent', 'harte_unsure', 'none'].map((k) => count('view-harte', k)),
    );
    expect(harte.reduce((n, c) => n + Number(c), 0)).toBe(3);
    await teacher.page.screenshot({ path: `${SHOTS}/classroom-class-view.png`, fullPage: true });
    expect(await axe(teacher.page)).toEqual([]);
    expect(teacher.errors).toEqual([]);
    await teacher.context.close();
  });
});

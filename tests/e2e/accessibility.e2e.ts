import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/ui/strings/en.ts';
import { launch, openPage } from './support/browser.ts';
import { beginAndPlay, chapterLabel, ready } from './support/play.ts';
import { axeViolations } from './support/axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = join(process.cwd(), '.out', 'shots');
const THEMES = ['paper', 'dark', 'contrast'] as const;

/** Every visible control on screen (checkboxes measured with their label row) smaller than 44 × 44 CSS px. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const modal = document.querySelector('dialog[open]');
    const scope: ParentNode = modal ?? document;
    const found: string[] = [];
    for (const el of scope.querySelectorAll<HTMLElement>('button, select, input, a[href], [tabindex="0"]')) {
      const target =
        el instanceof HTMLInputElement && el.type === 'checkbox' ? (el.closest<HTMLElement>('.check-row') ?? el) : el;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || box.bottom <= 0 || style.visibility === 'hidden') continue;
      if (el.classList.contains('skip-link')) continue;
      if (box.width < 44 || box.height < 44)
        found.push(
          `${el.tagName.toLowerCase()}#${el.id}.${el.className} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return found;
  });
}

async function themed(theme: string, viewport?: { width: number; height: number }) {
  const watched = await openPage(browser, 'about:blank', { viewport });
  await watched.context.addInitScript((t) => {
    if (!localStorage.getItem('avenida-viena:settings'))
      localStorage.setItem('avenida-viena:settings', JSON.stringify({ theme: t }));
  }, theme);
  await watched.page.goto(inject('baseUrl'));
  await ready(watched.page);
  return watched;
}

async function check(page: Page, theme: string, screen: string, found: Record<string, string[]>): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${theme}-${screen}.png`), timeout: 90_000 });
  const problems = [
    ...(await axeViolations(page, { exclude: '#stage' })),
    ...(await smallTargets(page)).map((t) => `target-size-44: ${t}`),
  ];
  if (problems.length > 0) found[`${theme}/${screen}`] = problems;
}

async function openPanel(page: Page, button: string, dialog: string): Promise<void> {
  await page.locator(button).click();
  await page.locator(`${dialog}[open]`).waitFor();
}

async function closePanel(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
}

describe('accessibility in Chromium', () => {
  for (const theme of THEMES) {
    it(`has no axe violations and no target under 44 px on title, play, history, settings, saves and chapters (${theme})`, async () => {
      const { page, context, errors } = await themed(theme);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      const found: Record<string, string[]> = {};
      await check(page, theme, 'title', found);
      await beginAndPlay(page, 4);
      await check(page, theme, 'play', found);
      await openPanel(page, '#open-history', '#history');
      await check(page, theme, 'history', found);
      await closePanel(page);
      await openPanel(page, '#open-settings', '#settings');
      await check(page, theme, 'settings', found);
      await closePanel(page);
      await openPanel(page, '#open-saves', '#saves');
      await page.locator('.save-slot[data-slot="slot1"] button', { hasText: en.saves.saveHere }).click();
      await page.locator('.save-slot[data-slot="slot1"] button', { hasText: en.saves.delete }).click();
      await check(page, theme, 'saves', found);
      await closePanel(page);
      await openPanel(page, '#open-chapters', '#chapters');
      await check(page, theme, 'chapters', found);
      await closePanel(page);
      expect(found).toEqual({});
      expect(errors).toEqual([]);
      await context.close();
    }, 400_000);
  }

  it('fits a phone screen: screenshots of title and play at 390 × 844 (paper)', async () => {
    const { page, context } = await themed('paper', { width: 390, height: 844 });
    const found: Record<string, string[]> = {};
    await check(page, 'phone', 'title', found);
    await beginAndPlay(page, 2);
    await check(page, 'phone', 'play', found);
    // On a phone the bar's actions are under its one menu button (docs/layout.md): open it, check it, then Saves.
    await page.locator('#reader-menu-toggle').click();
    await page.locator('#reader-menu-toggle[aria-expanded="true"]').waitFor();
    await check(page, 'phone', 'menu', found);
    await openPanel(page, '#open-saves', '#saves');
    await check(page, 'phone', 'saves', found);
    expect(found).toEqual({});
    await context.close();
  }, 300_000);

  it('announces each choice with its position', async () => {
    const { page, context } = await openPage(browser, inject('baseUrl'));
    await ready(page);
    await beginAndPlay(page, 1);
    const buttons = page.locator('#choices button[data-choice]');
    const count = await buttons.count();
    expect(count).toBeGreaterThan(1);
    const names = await buttons.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    names.forEach((name, i) => expect(name).toContain(`choice ${i + 1} of ${count}`));
    expect(await page.getByRole('button', { name: `choice 2 of ${count}` }).count()).toBe(1);
    await context.close();
  });

  it('plays the whole first chapter by keyboard alone, focus always on the choices, and dialogs give focus back', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseUrl'));
    await ready(page);
    const active = () =>
      page.evaluate(() => ({
        id: document.activeElement?.id ?? '',
        inChoices: !!document.activeElement?.closest('#choices'),
        dialog: !!document.activeElement?.closest('dialog'),
      }));
    for (let i = 0; i < 10 && (await active()).id !== 'begin'; i++) await page.keyboard.press('Tab');
    expect((await active()).id).toBe('begin');
    await page.keyboard.press('Enter');
    await page.locator('#choices button[data-choice]').first().waitFor();

    const state = () =>
      page.evaluate(() => ({
        chapter: document.querySelector('#reader-bar .chapter')?.textContent ?? '',
        inChoices: !!document.activeElement?.closest('#choices'),
        count: document.querySelectorAll('#choices button[data-choice]').length,
      }));
    let turns = 0;
    for (
      let now = await state();
      turns < 300 && now.chapter !== en.chapterNames['ch2_raid'];
      turns++, now = await state()
    ) {
      expect(now.inChoices, `focus left the choices on turn ${turns}`).toBe(true);
      // Vary the path as the first-chapter walk does: the first option on even turns, the last (reached with Tab) on odd ones.
      const count = now.count;
      if (turns % 2 === 1) for (let i = 1; i < count; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      if (turns === 5) {
        // History by keyboard: Shift+Tab back to the reader bar, open, Escape, focus returns to the button.
        for (let i = 0; i < 12 && (await active()).id !== 'open-history'; i++) await page.keyboard.press('Shift+Tab');
        expect((await active()).id).toBe('open-history');
        await page.keyboard.press('Enter');
        // The history dialog loads on first use: wait for it to open and take focus, as a person would.
        await page.waitForFunction(() => document.activeElement?.closest('dialog[open]') != null);
        expect((await active()).dialog).toBe(true);
        await page.keyboard.press('Escape');
        expect((await active()).id).toBe('open-history');
        for (let i = 0; i < 12 && !(await active()).inChoices; i++) await page.keyboard.press('Tab');
      }
    }
    expect(await chapterLabel(page)).toBe(en.chapterNames['ch2_raid']);
    expect(turns).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);
});

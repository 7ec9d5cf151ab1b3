import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/ui/strings/en.ts';
import { launch, openPage } from './support/browser.ts';
import { beginAndPlay, chapterLabel, passage, ready } from './support/play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const AUTO_KEY = 'avenida-viena:save:auto';
const PREVIOUS_KEY = 'avenida-viena:save:auto-previous';

describe('saves in Chromium', () => {
  it('autosaves at each choice; after a reload, Continue lands on the same passage', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseUrl'));
    await ready(page);
    expect(await page.locator('#continue').isHidden()).toBe(true);
    await beginAndPlay(page, 6);
    const before = await passage(page);
    expect(before.choices.length).toBeGreaterThan(0);
    expect(await page.evaluate((key) => localStorage.getItem(key) !== null, AUTO_KEY)).toBe(true);
    await page.reload();
    await ready(page);
    const continueButton = page.locator('#continue');
    expect(await continueButton.isVisible()).toBe(true);
    expect(await continueButton.getAttribute('aria-label')).toMatch(/^Continue: /);
    await continueButton.click();
    // The save loader loads after the first text (fetched in idle time): wait for the restored passage to show.
    await page.locator('#choices button[data-choice]').first().waitFor();
    expect(await passage(page)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sets the stored autosave aside for Begin instead of Continue and a second tab’s new game', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseUrl'));
    const turnIn = (key: string) =>
      page.evaluate((k) => {
        const text = localStorage.getItem(k);
        return text === null ? null : (JSON.parse(text) as { snapshot: { game: { turn: number } } }).snapshot.game.turn;
      }, key);
    const waitForTurn = (key: string, turn: number) =>
      page.waitForFunction(
        ([k, t]) => {
          const text = localStorage.getItem(k);
          return (
            text !== null && (JSON.parse(text) as { snapshot: { game: { turn: number } } }).snapshot.game.turn === t
          );
        },
        [key, turn] as const,
        { timeout: 10_000 },
      );
    await ready(page);
    await beginAndPlay(page, 5);
    await waitForTurn(AUTO_KEY, 5);
    // A second tab on the same profile: the player presses Begin there, not Continue, and plays one choice.
    const second = await context.newPage();
    await second.goto(inject('baseUrl'));
    await ready(second);
    await beginAndPlay(second, 1);
    await waitForTurn(AUTO_KEY, 1);
    expect(await turnIn(PREVIOUS_KEY)).toBe(5);
    // The first tab plays on: its game is the autosave again, and the second tab's is the one set aside.
    await page.keyboard.press('1');
    await waitForTurn(AUTO_KEY, 6);
    expect(await turnIn(PREVIOUS_KEY)).toBe(1);
    await page.locator('#open-saves').click();
    const previous = page.locator(`.save-slot[data-slot="auto-previous"]`);
    expect(await previous.textContent()).toContain(en.saves.previousAutosave);
    expect(await previous.locator('button', { hasText: en.saves.load }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves into a named slot, loads it after more play, and exports it as a file', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseUrl'));
    await ready(page);
    await beginAndPlay(page, 4);
    const saved = await passage(page);
    await page.locator('#open-saves').click();
    await page.locator('.save-slot[data-slot="slot1"] button', { hasText: en.saves.saveHere }).click();
    expect(await page.locator('#saves [role="status"]').textContent()).toMatch(/^Saved: /);
    await page.locator('#saves .panel-close').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('1');
    expect(await passage(page)).not.toEqual(saved);
    await page.locator('#open-saves').click();
    const download = page.waitForEvent('download');
    await page.locator('.save-slot[data-slot="slot1"] button', { hasText: en.saves.export }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^avenida-viena-[a-z0-9_]+-\d{4}-\d{2}-\d{2}\.json$/);
    await page.locator('.save-slot[data-slot="slot1"] button', { hasText: en.saves.load }).click();
    expect(await page.locator('.save-slot[data-slot="slot1"] .confirm-row').isVisible()).toBe(true);
    await page.locator('.save-slot[data-slot="slot1"] button', { hasText: en.saves.confirmLoadYes }).click();
    expect(await page.locator('#saves').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await passage(page)).toEqual(saved);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a corrupt file with a plain message and changes nothing', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseUrl'));
    await ready(page);
    await beginAndPlay(page, 3);
    const before = await passage(page);
    await page.locator('#open-saves').click();
    await page.waitForFunction(() => (document.getElementById('saves') as HTMLDialogElement | null)?.open === true);
    // Opening the dialog writes any autosave still waiting for idle time; from here on nothing may change it.
    const autoBefore = await page.evaluate((key) => localStorage.getItem(key), AUTO_KEY);
    expect(autoBefore).not.toBeNull();
    for (const [content, reason] of [
      ['{"format":"avenida-viena-save","formatVersion":1,"storyHash":"ab', 'not-json'],
      [JSON.stringify({ format: 'twine-save', passages: [] }), 'not-ours'],
      [JSON.stringify({ format: 'avenida-viena-save', formatVersion: 1, storyHash: 'zz', snapshot: {} }), 'damaged'],
    ] as const) {
      await page
        .locator('#import-save-file')
        .setInputFiles({ name: 'save.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await page.waitForFunction(
        (text) => document.querySelector('#saves [role="status"]')?.textContent === text,
        en.saves.rejected[reason],
      );
    }
    await page.locator('#saves .panel-close').click();
    expect(await passage(page)).toEqual(before);
    expect(await page.evaluate((key) => localStorage.getItem(key), AUTO_KEY)).toBe(autoBefore);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('restarts a save from another story edition at its chapter start and says why', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseUrl'));
    await ready(page);
    await beginAndPlay(page, 8);
    const chapter = await chapterLabel(page);
    const auto = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), AUTO_KEY))!);
    expect(auto.checkpoint).toBe('ch1_arrival');
    const old = JSON.stringify({ ...auto, storyHash: '0000000000000000' });
    await page.locator('#open-saves').click();
    await page
      .locator('#import-save-file')
      .setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(old) });
    await page.locator('.notices .notice', { hasText: 'different edition' }).waitFor();
    expect(await page.locator('.notices').textContent()).toContain(
      en.saves.otherEdition(en.chapterNames['ch1_arrival']!),
    );
    expect(await chapterLabel(page)).toBe(chapter);
    expect((await passage(page)).choices.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts the chapter a typed save code names', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseUrl'));
    await ready(page);
    await beginAndPlay(page, 4);
    await page.locator('#open-saves').click();
    const code = (await page.locator('.save-code').textContent())!;
    expect(code).toMatch(/^AV-/);
    await page.reload();
    await ready(page);
    await page.locator('#open-saves-title').click();
    await page.locator('#save-code-input').fill(code.toLowerCase());
    await page.keyboard.press('Enter');
    await page.locator('.notices .notice', { hasText: 'Code accepted' }).waitFor();
    expect(await chapterLabel(page)).toBe(en.chapterNames['ch1_arrival']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps playing with a visible notice when storage throws', async () => {
    const { page, context, errors } = await openPage(browser, 'about:blank');
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(inject('baseUrl'));
    await ready(page);
    await page.locator('.notices .notice', { hasText: 'not letting the game store anything' }).waitFor();
    await beginAndPlay(page, 5);
    expect((await passage(page)).choices.length).toBeGreaterThan(0);
    await page.locator('#open-saves').click();
    await page.locator('.save-slot[data-slot="slot2"] button', { hasText: en.saves.saveHere }).click();
    expect(await page.locator('#saves [role="status"]').textContent()).toMatch(/^Saved: /);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps playing when every write is refused (storage full)', async () => {
    const { page, context, errors } = await openPage(browser, 'about:blank');
    await context.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the storage it belongs to
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.endsWith('probe')) {
          real.call(this, key, value);
          return;
        }
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto(inject('baseUrl'));
    await ready(page);
    await beginAndPlay(page, 3);
    await page.locator('.notices .notice', { hasText: 'not letting the game store anything' }).waitFor();
    await page.keyboard.press('1');
    expect((await passage(page)).choices.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the first chapter in Chromium', () => {
  it('shows the title, then story text as DOM with choices as buttons', async () => {
    const { page, errors, context } = await openPage(browser, inject('baseUrl'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Avenida Viena, 1940');
    const begin = page.getByRole('button', { name: 'Begin' });
    await begin.waitFor();
    await page.waitForFunction(() => !(document.getElementById('begin') as HTMLButtonElement).disabled);
    await begin.click();
    await page.locator('#story p').first().waitFor();
    expect((await page.locator('#story p').first().textContent())?.length).toBeGreaterThan(10);
    expect(await page.locator('#choices button').count()).toBeGreaterThan(0);
    expect(await page.locator('#story').getAttribute('aria-live')).toBe('polite');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays from arrival through the night of 24 May to the raid beat, by keyboard', async () => {
    const { page, errors, requests, context } = await openPage(browser, inject('baseUrl'));
    await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.locator('#choices').getByRole('button', { name: /Begin/ }).click();
    await page
      .locator('#choices')
      .getByRole('button', { name: /The Mexican comrade/ })
      .click();
    let reached = false;
    for (let turn = 0; turn < 400 && !reached; turn++) {
      reached = (await page.locator('#story p[data-record="raid_1940_05_24"]').count()) > 0;
      if (reached) break;
      const count = await page.locator('#choices button[data-choice]').count();
      expect(count, `no choices on turn ${turn}`).toBeGreaterThan(0);
      await page.keyboard.press('1');
    }
    expect(reached).toBe(true);
    expect(errors).toEqual([]);
    const origin = new URL(inject('baseUrl')).origin;
    expect(
      requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')),
    ).toEqual([]);
    await context.close();
  });

  it('has no automatically detectable accessibility violations on the title and the story', async () => {
    const { page, context } = await openPage(browser, inject('baseUrl'));
    await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
    expect(await axeViolations(page, { exclude: '#stage' })).toEqual([]);
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.locator('#choices button').first().waitFor();
    expect(await axeViolations(page, { exclude: '#stage' })).toEqual([]);
    await context.close();
  });
});

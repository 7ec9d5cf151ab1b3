import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './support/browser.ts';
import { ready } from './support/play.ts';
import { axeViolations } from './support/axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** axe violations inside one open dialog (the pictures behind it are not part of the check). */
const dialogViolations = (page: Page, selector: string) => axeViolations(page, { include: selector });

describe('a whole playthrough to the debrief', () => {
  // One theme per role, so the debrief and the archive are checked for contrast in all three.
  it.each([
    ['The Teamster', 'paper'],
    ['The Student', 'dark'],
    ['The Mexican comrade', 'contrast'],
  ])(
    'as %s (%s theme) ends with a debrief that dates the raid and the death, with their sources, the Record shows backstory, and axe finds nothing in either',
    async (role, theme) => {
      const { page, context, errors } = await openPage(browser, 'about:blank');
      await context.addInitScript((t) => {
        if (!localStorage.getItem('avenida-viena:settings'))
          localStorage.setItem('avenida-viena:settings', JSON.stringify({ theme: t }));
      }, theme);
      await page.goto(inject('baseUrl'));
      // The pictures are tested elsewhere; here the story is played to its end as fast as a reader can click.
      await context.route(/\/(phaser|stage-game)-[^/]*\.js$/, (route) => route.abort());
      await page.reload();
      await ready(page);
      await page.getByRole('button', { name: 'Begin', exact: true }).click();
      await page.locator('#choices').getByRole('button', { name: /Begin/ }).click();
      await page
        .locator('#choices')
        .getByRole('button', { name: new RegExp(role) })
        .click();
      let turns = 0;
      for (; turns < 600; turns++) {
        const clicked = await page.evaluate(() => {
          const button = document.querySelector<HTMLButtonElement>('#choices button[data-choice]');
          button?.click();
          return button !== null;
        });
        if (!clicked) break;
      }
      expect(turns).toBeGreaterThan(50);
      await page.getByRole('button', { name: 'Read your debrief' }).click();
      const debrief = page.locator('#debrief');
      await debrief.waitFor();
      // The short form comes first (the player's own story); the record's cards with sources are in the long form.
      await page.locator('#debrief-toggle').click();
      await debrief.locator('#debrief-form[data-form="long"]').waitFor();
      const raid = debrief.locator('[data-beat="raid_1940_05_24"]');
      const death = debrief.locator('[data-beat="death_1940_08_21"]');
      expect(await raid.locator('time').textContent()).toContain('24 May 1940');
      expect(await death.locator('time').textContent()).toContain('21 August 1940');
      expect(await raid.locator('[data-source]').count()).toBeGreaterThan(0);
      expect(await death.locator('[data-source]').count()).toBeGreaterThan(0);
      expect(await debrief.textContent()).toContain('every event on the record, in order');
      expect(await debrief.locator('[data-pushback]').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      expect(await dialogViolations(page, '#debrief')).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('#open-archive').click();
      const archive = page.locator('#archive');
      await archive.waitFor();
      expect(await archive.locator('[data-beat="tampico_1937_01_09"]').count()).toBe(1);
      expect(await dialogViolations(page, '#archive')).toEqual([]);
      await page.screenshot({ path: `.out/shots/record-archive-${role.split(' ').at(-1)}.png` });
      expect(errors.filter((e) => !/phaser|stage-game|ERR_FAILED|Failed to load resource/.test(e))).toEqual([]);
      await context.close();
    },
  );
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './support/browser.ts';
import { ready } from './support/play.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** How many distinct colours the stage shows: a drawn print has many, a lost or blank canvas one or two. */
async function stageColours(page: Page): Promise<number> {
  const png = await page.locator('#stage canvas').screenshot();
  // Decode the screenshot in the page and count sampled colours.
  return page.evaluate(
    async (data) => {
      const blob = new Blob([new Uint8Array(data)], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4 * 97)
        colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      return colours.size;
    },
    [...png],
  );
}

describe('the pictures and the WebGL context', () => {
  it('draw again after the WebGL context is lost and restored, and the story plays on meanwhile', async () => {
    // ?renderer=webgl: this machine's WebGL is software, where the stage would otherwise draw with canvas.
    const { page, context, errors } = await openPage(browser, `${inject('baseUrl')}?renderer=webgl`);
    await ready(page);
    await page.waitForFunction(() => document.documentElement.dataset['renderer'] === 'webgl', undefined, {
      timeout: 90_000,
    });
    await page.getByRole('button', { name: 'Begin', exact: true }).click();
    await page.waitForFunction(() => (document.getElementById('stage')?.dataset['stage'] ?? '') !== '', undefined, {
      timeout: 90_000,
    });
    const before = await stageColours(page);
    expect(before).toBeGreaterThan(5);
    const pictureBefore = await page.locator('#stage canvas').screenshot();
    const sceneBefore = await page.evaluate(() => document.getElementById('stage')?.dataset['stage']);
    const lost = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas')!;
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (!extension) return false;
      extension.loseContext();
      (window as unknown as { restoreStage: () => void }).restoreStage = () => extension.restoreContext();
      return true;
    });
    expect(lost).toBe(true);
    // While the pictures are gone the story goes on, into another scene.
    for (let turn = 0; turn < 40; turn++) {
      await page.locator('#choices button[data-choice]').first().click();
      const stage = await page.evaluate(() => document.getElementById('stage')?.dataset['stage'] ?? '');
      if (stage !== sceneBefore) break;
    }
    expect(await page.locator('#story p').count()).toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as { restoreStage: () => void }).restoreStage());
    await page.waitForFunction(
      (old) => {
        const s = document.getElementById('stage')?.dataset['stage'] ?? '';
        return s !== '' && s !== old;
      },
      sceneBefore,
      { timeout: 60_000 },
    );
    // The new scene is really drawn: a full picture, and not the stale frame from before the loss (polled until the
    // canvas shows it: the scene settles at the end of its fade, and the canvas paints on its next frame).
    await expect.poll(() => stageColours(page), { timeout: 30_000 }).toBeGreaterThan(5);
    await expect
      .poll(async () => Buffer.compare(await page.locator('#stage canvas').screenshot(), pictureBefore), {
        timeout: 30_000,
      })
      .not.toBe(0);
    expect(errors.filter((e) => !/WebGL|context/i.test(e))).toEqual([]);
    await context.close();
  });
});

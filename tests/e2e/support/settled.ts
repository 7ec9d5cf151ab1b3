// Waiting for the state a screenshot or a check needs, instead of a fixed sleep (a sleep is too short on a loaded
// machine and wasted time on a fast one).
import type { Page } from 'playwright-core';

/**
 * The stage has drawn its picture, crossfade finished (`#stage[data-stage]` is set by the scene's onSettled, at the
 * end of the fade), or the pictures gave up (`html[data-renderer=none]`: the game goes on as text).
 */
export async function pictureSettled(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const renderer = document.documentElement.dataset['renderer'];
      return (
        renderer === 'none' ||
        (renderer !== undefined && (document.getElementById('stage')?.dataset['stage'] ?? '') !== '')
      );
    },
    undefined,
    { timeout },
  );
}

/**
 * Every finite CSS animation and transition in the page has finished (a dialog's or a panel's entrance; endless
 * ones, like a pulsing hint, are left out), and the browser has painted two frames since.
 */
export async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  });
}

/** A screenshot's precondition: the picture has settled and the page has stopped moving. */
export async function stillForScreenshot(page: Page): Promise<void> {
  await pictureSettled(page);
  await animationsDone(page);
}

/** The page has had an idle moment: work it queued with requestIdleCallback during start-up has run. */
export async function pageIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 10_000 })));
}

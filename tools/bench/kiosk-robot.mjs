// The robot visitor of the kiosk soaks, shared by the suite's soak (tests/e2e/kiosk.e2e.ts), the benchmark's
// soak phase (measure-soak.mjs) and the long soak (kiosk-soak.mjs). The page must run `?mode=kiosk` under
// Playwright's installed fake clock (page.clock.install()) so idle time can be fast-forwarded.

/** The staff setting that keeps a long soak in one page: the planned reload moved past any soak's length. */
export const NO_RELOAD_CONFIG = { warningMs: 60_000, countdownMs: 20_000, reloadEvery: 1_000, pin: '1940' };

/** Idle time that passes any passage's reading allowance (3 × the 60 s quiet time), then the 20 s countdown. */
export const PAST_READING_MS = 181_000;
export const PAST_COUNTDOWN_MS = 21_000;

/** A small seeded random source (a linear congruential generator): the same seed gives the same visitors. */
export function seededRandom(seed = 7) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

/** Waits until the kiosk's published phase (html[data-kiosk]) is `value`. */
export function kioskPhase(page, value, timeout = 120_000) {
  return page.waitForFunction((v) => document.documentElement.dataset.kiosk === v, value, { timeout, polling: 50 });
}

/**
 * One visitor: touches begin, makes 0–5 random choices (element clicks inside the page, one driver round trip),
 * walks away; the idle warning comes and the countdown resets the kiosk to the attract loop. Returns whether the
 * visit began (the attract screen's begin button put the kiosk in `playing`).
 */
export async function robotVisit(page, random) {
  const seeds = Array.from({ length: Math.floor(random() * 6) }, () => random());
  const began = await page.evaluate((picks) => {
    document.getElementById('kiosk-begin')?.click();
    const playing = document.documentElement.dataset.kiosk === 'playing';
    for (const pick of picks) {
      const choices = [...document.querySelectorAll('#choices button[data-choice]')];
      if (choices.length === 0) break;
      choices[Math.floor(pick * choices.length)]?.click();
    }
    return playing;
  }, seeds);
  if (!began) return false;
  await page.clock.fastForward(PAST_READING_MS);
  await kioskPhase(page, 'warning');
  await page.clock.fastForward(PAST_COUNTDOWN_MS);
  await kioskPhase(page, 'attract');
  return true;
}

/**
 * The attract loop's first picture (src/core/kiosk/attract-cycle.ts, step 0, as `<scene>/<time>`): what the kiosk
 * shows right after every idle reset, so the soaks sample the stage in this one state (a unit test keeps it equal to
 * attractStage(0)). What is held on screen depends on the picture (a plan with its labels, a scene with overlays), so
 * counts compare like with like only at the same picture.
 */
export const ATTRACT_FIRST_PICTURE = 'plan/dawn';

/**
 * Drives the fake clock until the stage has drawn and settled `picture` (html[data-renderer] says whether there is
 * a stage; #stage[data-stage] is '<scene>/<time>' and data-stage-textures is written once a picture has faded in).
 * Phaser's loop runs on requestAnimationFrame, which the fake clock owns, so without this a sample can read a stage
 * that has not drawn since the last reset (its texture count absent, or stale). The fades themselves run on the
 * browser's real animation timeline, hence the short real waits between clock steps. If the attract loop has moved
 * on to another picture (the fake clock also ticks in real time), the clock is driven round the loop until `picture`
 * is back. Returns whether a settled stage was read (false: no stage on this page, renderer 'none'); throws if the
 * stage never settles on `picture`.
 */
export async function settleStage(page, { picture = ATTRACT_FIRST_PICTURE, timeoutMs = 60_000 } = {}) {
  const started = Date.now();
  for (;;) {
    const state = await page.evaluate(() => {
      const renderer = document.documentElement.dataset.renderer;
      const stage = document.getElementById('stage')?.dataset;
      return {
        renderer: renderer ?? null,
        shown: stage?.stage ?? '',
        reported: stage?.stageTextures !== undefined,
      };
    });
    if (state.renderer === 'none') return false;
    if (state.renderer !== null && state.shown === picture && state.reported) return true;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`the stage did not settle on ${picture} within ${timeoutMs} ms (it shows "${state.shown}")`);
    }
    // Another picture settled: jump a second at a time round the attract loop; otherwise ~6 animation frames.
    await page.clock.runFor(state.shown !== '' && state.shown !== picture ? 1_000 : 100);
    await page.waitForTimeout(50);
  }
}

/**
 * Element objects the page's script still holds, in the document or detached from it: V8's queryObjects over
 * Element.prototype (it collects all garbage first, so the count does not depend on when a collection ran).
 */
async function retainedElements(cdp) {
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'Element.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: prototype.objectId });
  return result.value;
}

/**
 * What a soak samples: the JS heap after a forced garbage collection (over CDP: Playwright's fake clock replaces
 * `performance`, so `performance.memory` is gone; a measurement to report, too noisy to assert on), the element
 * objects script still holds (a count to assert on), DOM elements, dialogs in the page and open ones, the stage's
 * decoded textures held (count and bytes, NaN without a stage), the keys in Phaser's texture manager (the held
 * pictures and the plan labels' text textures), the picture on stage and the kiosk's visit counter.
 */
export async function sampleKiosk(page, cdp) {
  // The stage first: the attract loop moves on in real time, and the picture read here is the one the caller settled.
  const dom = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    dialogs: document.querySelectorAll('dialog').length,
    openDialogs: document.querySelectorAll('dialog[open]').length,
    textures: Number(document.getElementById('stage')?.dataset.stageTextures ?? NaN),
    textureBytes: Number(document.getElementById('stage')?.dataset.stageTextureBytes ?? NaN),
    textureKeys: (document.getElementById('stage')?.dataset.stageTextureKeys ?? '').split(' ').filter(Boolean),
    picture: document.getElementById('stage')?.dataset.stage ?? null,
    visits: Number(document.documentElement.dataset.kioskVisits ?? NaN),
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const elements = await retainedElements(cdp);
  return { heap: usedSize, elements, ...dom };
}

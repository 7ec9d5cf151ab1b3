// Memory over kiosk visits (?mode=kiosk), with the robot visitor of kiosk-robot.mjs: each visit taps begin, makes up to five seeded choices, then idles
// through the warning and the countdown to the reset (Playwright's clock is fast-forwarded; nothing else is
// faked). The staff setting for the planned reload is raised to 1000 first, so 200 visits stay in one page.
// After visits 20 and `visits`: the stage settled on the attract loop's first picture (the same state every time),
// then forced GC, the JS heap (CDP), DOM element count and the stage's textures (decoded pictures held, and every key
// in Phaser's texture manager).
import { ATTRACT_FIRST_PICTURE, robotVisit, sampleKiosk, seededRandom, settleStage } from './kiosk-robot.mjs';
import { kioskNoReloadProbe } from './probes.mjs';
import { round } from './stats.mjs';

export async function measureSoak(
  browser,
  { gameUrl, visits = 200, sampleAt = [20, 50, 100, 150, 200], log = console.log },
) {
  const context = await browser.newContext({ viewport: { width: 960, height: 540 } });
  await context.addInitScript(kioskNoReloadProbe);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const phase = (value) =>
    page.waitForFunction((v) => document.documentElement.dataset.kiosk === v, value, { timeout: 120_000 });
  try {
    await page.clock.install();
    await page.goto(`${gameUrl}?mode=kiosk`);
    await phase('attract');
    await page.waitForFunction(
      () => {
        const r = document.documentElement.dataset.renderer;
        return r === 'none' || (r !== undefined && (document.getElementById('stage')?.dataset.stage ?? '') !== '');
      },
      undefined,
      { timeout: 120_000 },
    );
    const cdp = await context.newCDPSession(page);
    const measure = async () => {
      const { heap, nodes, textures, textureKeys, picture, visits: counted } = await sampleKiosk(page, cdp);
      return {
        heapMB: round(heap / 1_048_576, 2),
        nodes,
        picture,
        textures,
        phaserTextures: textureKeys.length,
        visits: Number.isNaN(counted) ? null : String(counted),
      };
    };
    const samples = [];
    const random = seededRandom(7);
    const started = Date.now();
    for (let visit = 1; visit <= visits; visit++) {
      if (!(await robotVisit(page, random))) throw new Error(`visit ${visit} did not begin`);
      if (visit % 10 === 0) log(`  soak visit ${visit} done (${Math.round((Date.now() - started) / 1000)} s)`);
      if (sampleAt.includes(visit)) {
        // Drive the fake clock until the attract loop's first picture has settled: what is on screen (and so the
        // count) depends on the picture, so every sample is taken at this one.
        const drawn = await settleStage(page, { picture: ATTRACT_FIRST_PICTURE });
        samples.push({ visit, stage: drawn, ...(await measure()) });
        log(
          `  soak visit ${visit}: ${JSON.stringify(samples.at(-1))} (${Math.round((Date.now() - started) / 1000)} s)`,
        );
      }
    }
    const first = samples.find((s) => s.visit === 20) ?? samples[0];
    const last = samples.at(-1);
    return {
      visits,
      samples,
      heapGrowthMB: round(last.heapMB - first.heapMB, 2),
      nodesSame: last.nodes === first.nodes,
      // Like with like: every sample at the same picture, and the same count of decoded pictures held and of keys
      // in Phaser's texture manager (which also holds what the budget does not track, e.g. the plan labels' text).
      // null when no sample read a stage's texture report (no stage on this page): never a vacuous "same".
      texturePicture: ATTRACT_FIRST_PICTURE,
      texturesSame: samples.every((s) => s.stage)
        ? samples.every((s) => s.picture === ATTRACT_FIRST_PICTURE) &&
          last.textures === first.textures &&
          last.phaserTextures === first.phaserTextures
        : null,
      seconds: Math.round((Date.now() - started) / 1000),
      errors,
    };
  } finally {
    await context.close();
  }
}

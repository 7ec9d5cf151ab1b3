// Memory over kiosk visits (?mode=kiosk): each visit taps begin, makes up to five seeded choices, then idles
// through the warning and the countdown to the reset (Playwright's clock is fast-forwarded; nothing else is
// faked). The staff setting for the planned reload is raised to 1000 first, so 200 visits stay in one page.
// After visits 20 and `visits`: forced GC, then the JS heap (CDP), DOM element count and the stage's texture count.
import { kioskNoReloadProbe } from './probes.mjs';
import { round } from './stats.mjs';

export async function measureSoak(browser, { gameUrl, visits = 200, sampleAt = [20, 50, 100, 150, 200], log = console.log }) {
  const context = await browser.newContext({ viewport: { width: 960, height: 540 } });
  await context.addInitScript(kioskNoReloadProbe);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const phase = (value) => page.waitForFunction((v) => document.documentElement.dataset.kiosk === v, value, { timeout: 120_000 });
  try {
    await page.clock.install();
    await page.goto(`${gameUrl}?mode=kiosk`);
    await phase('attract');
    await page.waitForFunction(() => {
      const r = document.documentElement.dataset.renderer;
      return r === 'none' || (r !== undefined && (document.getElementById('stage')?.dataset.stage ?? '') !== '');
    }, undefined, { timeout: 120_000 });
    const cdp = await context.newCDPSession(page);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const dom = await page.evaluate(() => ({
        nodes: document.getElementsByTagName('*').length,
        textures: Number(document.getElementById('stage')?.dataset.stageTextures ?? NaN),
        visits: document.documentElement.dataset.kioskVisits ?? null,
      }));
      return { heapMB: round(usedSize / 1_048_576, 2), ...dom };
    };
    const samples = [];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const started = Date.now();
    for (let visit = 1; visit <= visits; visit++) {
      const picks = Array.from({ length: Math.floor(random() * 6) }, () => random());
      const began = await page.evaluate((seeds) => {
        document.getElementById('kiosk-begin')?.click();
        const playing = document.documentElement.dataset.kiosk === 'playing';
        for (const s of seeds) {
          const choices = [...document.querySelectorAll('#choices button[data-choice]')];
          if (choices.length === 0) break;
          choices[Math.floor(s * choices.length)]?.click();
        }
        return playing;
      }, picks);
      if (!began) throw new Error(`visit ${visit} did not begin`);
      if (visit % 10 === 0) log(`  soak visit ${visit} began (${Math.round((Date.now() - started) / 1000)} s)`);
      await page.clock.fastForward(181_000);
      await phase('warning');
      await page.clock.fastForward(21_000);
      await phase('attract');
      if (sampleAt.includes(visit)) {
        await page.clock.fastForward(2_000); // let the attract picture settle
        samples.push({ visit, ...(await measure()) });
        log(`  soak visit ${visit}: ${JSON.stringify(samples.at(-1))} (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }
    const first = samples.find((s) => s.visit === 20) ?? samples[0];
    const last = samples.at(-1);
    return {
      visits,
      samples,
      heapGrowthMB: round(last.heapMB - first.heapMB, 2),
      nodesSame: last.nodes === first.nodes,
      texturesSame: last.textures === first.textures || (Number.isNaN(last.textures) && Number.isNaN(first.textures)),
      seconds: Math.round((Date.now() - started) / 1000),
      errors,
    };
  } finally {
    await context.close();
  }
}

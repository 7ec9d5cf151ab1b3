// Choice → next text over a scripted playthrough, long tasks while playing, and the frame rate of the heaviest
// scene (the raid: night, gunfire flashes).
import { freshPage } from './browser.mjs';
import { drawCounterProbe, firstTextProbe } from './probes.mjs';
import { median, percentile, round } from './stats.mjs';

const settled = (page) =>
  page.waitForFunction(
    () => {
      const r = document.documentElement.dataset.renderer;
      return r === 'none' || (r !== undefined && (document.getElementById('stage')?.dataset.stage ?? '') !== '');
    },
    undefined,
    { timeout: 120_000, polling: 100 },
  );

/**
 * Plays up to `turns` choices with a fixed seeded policy, in browser mode, with pictures loaded. For each choice,
 * in the page: `dom` = from just before the button's click() to the click's return (the controller renders the
 * new passage synchronously, so the text is in the DOM by then; checked), `frame` = to the start of the next
 * animation frame (the one that paints it). Text fade-in animation is not counted.
 */
export async function measureChoices(browser, { gameUrl, turns = 100, seed = 1940, log = () => undefined }) {
  const { context, page, errors } = await freshPage(browser, { initScripts: [firstTextProbe] });
  try {
    await page.goto(gameUrl);
    await page.waitForFunction(() => window.__bench?.firstTextFrame !== null, undefined, { timeout: 120_000 });
    await settled(page);
    log('  pictures are up; playing');
    const samples = [];
    const scenes = new Set();
    let state = seed;
    let ended = 'turn limit';
    for (let turn = 0; turn < turns; turn++) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      const pick = state / 2_147_483_648;
      const sample = await page.evaluate(
        (pick) =>
          new Promise((resolve) => {
            const buttons = [...document.querySelectorAll('#choices button[data-choice]')];
            if (buttons.length === 0) return resolve(null);
            const before = document.querySelectorAll('#story p').length;
            const lastBefore = document.querySelector('#story p:last-of-type');
            const t0 = performance.now();
            buttons[Math.floor(pick * buttons.length)].click();
            const t1 = performance.now();
            const changed =
              document.querySelectorAll('#story p').length !== before ||
              document.querySelector('#story p:last-of-type') !== lastBefore;
            requestAnimationFrame(() => {
              const t2 = performance.now();
              resolve({
                dom: t1 - t0,
                frame: t2 - t0,
                changed,
                stage: document.getElementById('stage')?.dataset.stage ?? '',
              });
            });
          }),
        pick,
      );
      if (sample === null) {
        ended =
          (await page.evaluate(
            () => document.querySelector('#story .note, #story .notice')?.className ?? 'no choices',
          )) ?? 'no choices';
        break;
      }
      samples.push(sample);
      if (turn % 25 === 0) log(`  choice ${turn}: ${sample.dom.toFixed(2)} ms to text, stage '${sample.stage}'`);
      if (sample.stage) scenes.add(sample.stage);
      await page.waitForTimeout(60); // let the stage's after-paint update run between choices, as a reader would
    }
    await page.waitForTimeout(1_000);
    const longTasks = await page.evaluate(() =>
      window.__bench.longTasks.filter((t) => t.start >= window.__bench.firstText),
    );
    const dom = samples.filter((s) => s.changed).map((s) => s.dom);
    return {
      choices: samples.length,
      unchanged: samples.filter((s) => !s.changed).length,
      ended,
      dom: { median: round(median(dom), 2), p95: round(percentile(dom, 95), 2), max: round(Math.max(...dom), 2) },
      frame: {
        median: round(median(samples.map((s) => s.frame)), 2),
        p95: round(
          percentile(
            samples.map((s) => s.frame),
            95,
          ),
          2,
        ),
      },
      longTasks: {
        count: longTasks.length,
        longest: round(longTasks.reduce((m, t) => Math.max(m, t.duration), 0)),
        over50: longTasks.filter((t) => t.duration > 50).length,
      },
      scenesSeen: scenes.size,
      errors,
    };
  } finally {
    await context.close();
  }
}

/**
 * The heaviest scene: the kiosk cut's raid (bedroom at night, gunfire flashes: the only animated effect with
 * many objects). Counts animation frames (rAF) and frames Phaser drew over `seconds`.
 */
export async function measureHeaviestScene(browser, { gameUrl, seconds = 5 }) {
  const { context, page, errors } = await freshPage(browser, {
    viewport: { width: 1920, height: 1080 },
    initScripts: [drawCounterProbe],
  });
  try {
    await page.goto(`${gameUrl}?mode=kiosk`);
    await page.waitForFunction(() => document.documentElement.dataset.kiosk === 'attract', undefined, {
      timeout: 120_000,
    });
    await settled(page);
    await page.evaluate(() => document.getElementById('kiosk-begin')?.click());
    await page.waitForFunction(() => document.documentElement.dataset.kiosk === 'playing', undefined, {
      timeout: 60_000,
    });
    for (let turn = 0; turn < 30; turn++) {
      const there = await page.evaluate(() => {
        if (document.querySelector('#story p[data-record="raid_1940_05_24"]')) return true;
        document.querySelector('#choices button[data-choice]')?.click();
        return false;
      });
      if (there) break;
    }
    await page.waitForFunction(() => document.getElementById('stage')?.dataset.stage === 'bedroom/night', undefined, {
      timeout: 60_000,
    });
    await page.waitForTimeout(1_000); // past the crossfade
    const result = await page.evaluate(
      (ms) =>
        new Promise((resolve) => {
          const counter = window.__benchDraws;
          const start = performance.now();
          let frames = 0;
          let drawn = 0;
          let lastCalls = counter?.calls ?? 0;
          let last = start;
          const gaps = [];
          const tick = (now) => {
            frames++;
            gaps.push(now - last);
            last = now;
            if (counter && counter.calls !== lastCalls) {
              drawn++;
              lastCalls = counter.calls;
            }
            if (now - start < ms) requestAnimationFrame(tick);
            else
              resolve({
                frames,
                drawn,
                elapsed: now - start,
                gaps,
                stage: document.getElementById('stage')?.dataset.stage,
                renderer: document.documentElement.dataset.renderer,
              });
          };
          requestAnimationFrame(tick);
        }),
      seconds * 1000,
    );
    const gaps = result.gaps.slice(1).sort((a, b) => a - b);
    return {
      scene: result.stage,
      renderer: result.renderer,
      rafFps: round((result.frames / result.elapsed) * 1000),
      phaserFps: round((result.drawn / result.elapsed) * 1000),
      frameP95: round(gaps[Math.ceil(gaps.length * 0.95) - 1] ?? null, 1),
      worstFrame: round(gaps.at(-1) ?? null, 1),
      errors,
    };
  } finally {
    await context.close();
  }
}

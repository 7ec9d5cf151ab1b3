// Time to first story text: cold loads (a fresh browser context each: empty cache and storage) of the game and
// of the reference page, alternating which goes first, at full speed and with the slow profile.
import { freshPage, waitInPage } from './browser.mjs';
import { firstTextProbe } from './probes.mjs';
import { median, ratioInterval, round } from './stats.mjs';

async function oneLoad(browser, url, { slow, settle }) {
  const { context, page, cdp, errors } = await freshPage(browser, { slow, initScripts: [firstTextProbe] });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // Waited for over CDP, not with Playwright's waitForFunction: that injects a script into the page mid-load.
    await waitInPage(cdp, 'window.__bench?.firstTextFrame != null');
    let longest = null;
    if (settle) {
      // Pictures arrive after the text: wait until Phaser has drawn (or given up), then one more second.
      await waitInPage(
        cdp,
        `(() => {
          const r = document.documentElement.dataset.renderer;
          return r === 'none' || (r !== undefined && (document.getElementById('stage')?.dataset.stage ?? '') !== '');
        })()`,
        { every: 100 },
      );
      await page.waitForTimeout(1_000);
    }
    const marks = await page.evaluate(() => {
      const b = window.__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const after = b.longTasks.filter((t) => t.start >= b.firstText);
      return {
        ready: b.ready,
        firstText: b.firstText,
        firstTextFrame: b.firstTextFrame,
        fcp,
        longestAfterText: after.reduce((m, t) => Math.max(m, t.duration), 0),
        longTasksAfterText: after.length,
        renderer: document.documentElement.dataset.renderer ?? null,
      };
    });
    if (settle) longest = marks.longestAfterText;
    return { ...marks, longest, errors };
  } finally {
    await context.close();
  }
}

/** Runs `runs` cold loads of each page per profile; returns raw samples and medians. */
export async function measureFirstText(
  browser,
  { gameUrl, referenceUrl, runs = 10, settleRuns = 3, log = console.log },
) {
  const result = {};
  for (const profile of ['fast', 'slow']) {
    const slow = profile === 'slow';
    const game = [];
    const reference = [];
    // One load of each page first, not counted: the benchmark's server gzips each file on its first request, and
    // the first pair of loads would otherwise measure that compression as well as the pages. Once is enough.
    if (profile === 'fast') {
      await oneLoad(browser, referenceUrl, { slow, settle: false });
      await oneLoad(browser, gameUrl, { slow, settle: false });
    }
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? ['reference', 'game'] : ['game', 'reference'];
      for (const which of order) {
        if (which === 'game') game.push(await oneLoad(browser, gameUrl, { slow, settle: !slow && i < settleRuns }));
        else reference.push(await oneLoad(browser, referenceUrl, { slow, settle: false }));
      }
      log(
        `  first text ${profile} ${i + 1}/${runs}: game ${round(game.at(-1).firstText)} ms, reference ${round(reference.at(-1).firstText)} ms`,
      );
    }
    const gameMedian = median(game.map((s) => s.firstText));
    const referenceMedian = median(reference.map((s) => s.firstText));
    result[profile] = {
      game: {
        firstText: round(gameMedian),
        firstTextFrame: round(median(game.map((s) => s.firstTextFrame))),
        ready: round(median(game.map((s) => s.ready))),
        titlePaint: round(median(game.map((s) => s.fcp))),
      },
      reference: {
        firstText: round(referenceMedian),
        firstTextFrame: round(median(reference.map((s) => s.firstTextFrame))),
      },
      ratio: gameMedian && referenceMedian ? round(gameMedian / referenceMedian, 2) : null,
      ratioInterval:
        ratioInterval(
          game.map((s) => s.firstText),
          reference.map((s) => s.firstText),
        )?.map((bound) => round(bound, 2)) ?? null,
      ratioFrame: round(median(game.map((s) => s.firstTextFrame)) / median(reference.map((s) => s.firstTextFrame)), 2),
      longestTaskAfterText: game.some((s) => s.longest !== null)
        ? round(Math.max(...game.filter((s) => s.longest !== null).map((s) => s.longest)))
        : null,
      renderer: game.find((s) => s.renderer)?.renderer ?? null,
      errors: [...game, ...reference].flatMap((s) => s.errors),
      samples: { game: game.map((s) => round(s.firstText)), reference: reference.map((s) => round(s.firstText)) },
    };
  }
  return result;
}

// The long kiosk soak (issue 8): N robot visitors (default 2,000) in one page of the built game, with the fake
// clock and the robot of the suite's 300-visit soak (kiosk-robot.mjs). Every 100 visits (and after visit 20, the
// baseline) it records errors, JS heap, DOM elements, dialogs (in the page and open), the picture on stage (settled
// at the attract loop's first) and the textures: decoded pictures held and every key in Phaser's texture manager.
// Not part of npm test. Usage: npm run bench:kiosk -- [--visits=2000] [--every=100] [--stop-at=00:40]
// (--stop-at: a UTC time after which it stops at the next sample and says so). Needs a build (npx vite build).
// Writes .out/kiosk-soak.json after every sample, so a run cut short keeps what it measured.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { startServer } from '../serve.mjs';
import { launchBench } from './browser.mjs';
import { NO_RELOAD_CONFIG, kioskPhase, robotVisit, sampleKiosk, seededRandom, settleStage } from './kiosk-robot.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const visits = Math.max(20, Number(arg('visits', 2_000)));
const every = Math.max(10, Number(arg('every', 100)));
const stopAt = arg('stop-at', null);
const OUT = '.out/kiosk-soak.json';
const COPY = '.out/kiosk-soak-dist';

/** True once the UTC clock has passed HH:MM (a time earlier than the start counts as the next day's). */
function pastStop(startedAt) {
  if (!stopAt) return false;
  const [h, m] = stopAt.split(':').map(Number);
  const stop = new Date(startedAt);
  stop.setUTCHours(h, m, 0, 0);
  if (stop.getTime() <= startedAt) stop.setUTCDate(stop.getUTCDate() + 1);
  return Date.now() >= stop.getTime();
}

if (!existsSync('dist/index.html')) {
  console.error('kiosk-soak: dist/index.html not found: run "npx vite build" first');
  process.exit(1);
}
mkdirSync('.out', { recursive: true });
rmSync(COPY, { recursive: true, force: true });
cpSync('dist', COPY, { recursive: true }); // a private copy: dist/ may be rebuilt while the soak runs
const { server, url } = await startServer({ port: 0, dir: COPY });
const browser = await launchBench();
const startedAt = Date.now();
const report = {
  visitsPlanned: visits,
  visitsDone: 0,
  stoppedEarly: false,
  startedAt: new Date(startedAt).toISOString(),
  seconds: 0,
  errors: [],
  samples: [],
};
const save = () =>
  writeFileSync(
    OUT,
    `${JSON.stringify({ ...report, seconds: Math.round((Date.now() - startedAt) / 1000) }, null, 2)}\n`,
  );

try {
  const context = await browser.newContext({ viewport: { width: 960, height: 540 } });
  await context.addInitScript((config) => {
    try {
      localStorage.setItem('avenida-viena:kiosk-config', JSON.stringify(config));
    } catch {
      // storage blocked: the soak then meets the planned reload at visit 200 and the visit counter says so
    }
  }, NO_RELOAD_CONFIG);
  const page = await context.newPage();
  page.on('pageerror', (error) => report.errors.push({ visit: report.visitsDone, message: error.message }));
  page.on('console', (message) => {
    if (message.type() === 'error') report.errors.push({ visit: report.visitsDone, message: message.text() });
  });
  await page.clock.install();
  await page.goto(`${url}?mode=kiosk`);
  await kioskPhase(page, 'attract');
  await page.waitForFunction(
    () => {
      const renderer = document.documentElement.dataset.renderer;
      return (
        renderer === 'none' ||
        (renderer !== undefined && (document.getElementById('stage')?.dataset.stage ?? '') !== '')
      );
    },
    undefined,
    { timeout: 120_000, polling: 100 },
  );
  const cdp = await context.newCDPSession(page);
  const random = seededRandom(7);
  for (let visit = 1; visit <= visits; visit++) {
    if (!(await robotVisit(page, random))) throw new Error(`visit ${visit} did not begin`);
    report.visitsDone = visit;
    if (visit === 20 || visit % every === 0 || visit === visits) {
      const stage = await settleStage(page); // drive the fake clock until the attract's first picture has settled
      const s = await sampleKiosk(page, cdp);
      report.samples.push({
        visit,
        errors: report.errors.length,
        heapMB: Math.round((s.heap / 1_048_576) * 100) / 100,
        nodes: s.nodes,
        dialogs: s.dialogs,
        openDialogs: s.openDialogs,
        stage,
        textures: s.textures,
        picture: s.picture,
        textureKeys: s.textureKeys,
        pageVisits: s.visits,
        seconds: Math.round((Date.now() - startedAt) / 1000),
      });
      console.log(`kiosk-soak ${JSON.stringify(report.samples.at(-1))}`);
      save();
      if (visit < visits && pastStop(startedAt)) {
        report.stoppedEarly = true;
        console.log(`kiosk-soak: stopped at visit ${visit} (past ${stopAt} UTC)`);
        break;
      }
    }
  }
  await context.close();
} catch (error) {
  report.failure = error instanceof Error ? error.message : String(error);
  console.error(`kiosk-soak: ${report.failure}`);
  process.exitCode = 1;
} finally {
  save();
  await browser.close();
  await new Promise((done) => server.close(() => done()));
}

const first = report.samples.find((s) => s.visit === 20);
const last = report.samples.at(-1);
if (first && last) {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  console.log(
    [
      `kiosk-soak: ${report.visitsDone} visits in ${seconds} s, ${report.errors.length} errors`,
      `heap ${first.heapMB} → ${last.heapMB} MB, DOM ${first.nodes} → ${last.nodes}`,
      `textures ${first.textures} → ${last.textures}`,
      `Phaser keys ${first.textureKeys.length} → ${last.textureKeys.length} (at ${first.picture} → ${last.picture})`,
      `open dialogs ${last.openDialogs}`,
    ].join(', '),
  );
}

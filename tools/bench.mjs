// `npm run bench`: measures what players feel (issue 10) and writes .out/bench/report.json, .out/bench/report.md,
// docs/performance.md (latest numbers) and docs/perf/bench-<date>.md. Builds the game and a bare inkjs reference page into .out/bench/ (tools/bench/build.mjs),
// serves both with gzip from one origin, and drives headless Debian Chromium.
// Usage: node tools/bench.mjs [--no-build] [--runs=10] [--visits=200] [--skip=load,play,scene,soak,verify] [--verify=report]
// Timings are reported, never asserted (machines are noisy); the byte budgets are asserted by
// tools/bench/check-budgets.mjs in `npm test`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBench } from './bench/browser.mjs';
import { buildBenchPages } from './bench/build.mjs';
import { measureBytes } from './bench/bytes.mjs';
import { measureFirstText } from './bench/measure-load.mjs';
import { measureChoices, measureHeaviestScene } from './bench/measure-play.mjs';
import { measureSoak } from './bench/measure-soak.mjs';
import { measureVerifier } from './bench/measure-verify.mjs';
import { markdown } from './bench/report.mjs';
import { startBenchServer } from './bench/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const skip = new Set(option('skip', '').split(',').filter(Boolean));
const out = resolve(root, '.out/bench');
mkdirSync(out, { recursive: true });
const load1 = () => loadavg().map((n) => Number(n.toFixed(2)));
const log = (line) => console.log(line);

const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    loadBefore: load1(),
    loadAfter: null,
    chromium: null,
  },
};

let pages = { game: resolve(out, 'dist'), reference: resolve(out, 'reference') };
if (!args.includes('--no-build')) {
  log('▶ building the game and the reference page into .out/bench/');
  pages = await buildBenchPages(root, out);
}
report.bytes = measureBytes(pages.game);
const { server, url } = await startBenchServer({ '/game/': pages.game, '/reference/': pages.reference });
const browser = await launchBench();
report.machine.chromium = browser.version();
const gameUrl = `${url}/game/`;
try {
  if (!skip.has('load')) {
    log('▶ time to first story text');
    report.load = await measureFirstText(browser, {
      gameUrl,
      referenceUrl: `${url}/reference/`,
      runs: Number(option('runs', 10)),
      log,
    });
  }
  const partial = () =>
    writeFileSync(resolve(out, 'report.partial.json'), `${JSON.stringify({ ...report, bytes: undefined }, null, 2)}\n`);
  partial(); // each phase is saved as it finishes: a long soak cut short keeps what was measured
  if (!skip.has('play')) {
    log('▶ choice → next text over a scripted playthrough');
    report.play = await measureChoices(browser, { gameUrl, log });
    partial();
  }
  if (!skip.has('scene')) {
    log('▶ frame rate of the heaviest scene');
    report.scene = await measureHeaviestScene(browser, { gameUrl });
    partial();
  }
  if (!skip.has('soak')) {
    log('▶ memory over kiosk visits');
    const visits = Number(option('visits', 200));
    report.soak = await measureSoak(browser, {
      gameUrl,
      visits,
      sampleAt: [...new Set([20, 50, 100, 150, 200, visits])].filter((v) => v <= visits),
      log,
    });
  }
} finally {
  await browser.close();
  server.close();
}
if (!skip.has('verify')) {
  // --verify=report reads the last .out/verify-report.json instead of running the verifier again.
  log('▶ convergence verifier');
  report.verify = measureVerifier(root, { run: option('verify', 'run') !== 'report' });
}
report.machine.loadAfter = load1();

const { files, ...byteSummary } = report.bytes;
const json = { ...report, bytes: { ...byteSummary, files } };
writeFileSync(resolve(out, 'report.json'), `${JSON.stringify(json, null, 2)}\n`);
const table = markdown(report);
writeFileSync(resolve(out, 'report.md'), `# Benchmark report\n\n${table}`);
// The dated copy under docs/perf/ is the record the issue asks for (commit it with the change it measures).
mkdirSync(resolve(root, 'docs/perf'), { recursive: true });
writeFileSync(
  resolve(root, `docs/perf/bench-${report.date.slice(0, 10)}.md`),
  `# Benchmark ${report.date.slice(0, 10)}\n\nWritten by \`npm run bench\`; how each number is taken: docs/performance.md.\n\n${table}`,
);
const docPath = resolve(root, 'docs/performance.md');
const doc = readFileSync(docPath, { encoding: 'utf8', flag: 'a+' });
const begin = '<!-- bench:begin -->';
const end = '<!-- bench:end -->';
const block = `${begin}\n${table}${end}`;
const next =
  doc.includes(begin) && doc.includes(end)
    ? doc.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), block)
    : `${doc}\n## Latest numbers\n\n${block}\n`;
writeFileSync(docPath, next);
console.log(`\n${table}\nwritten: .out/bench/report.json, .out/bench/report.md, docs/performance.md`);

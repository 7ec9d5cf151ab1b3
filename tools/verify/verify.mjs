// `npm run verify`: the convergence check of both stories (docs/verifier.md), in two independent parts:
// 1. the proof (tools/verify/proof/): a structural proof over the compiled story, for every valuation of every
//    variable: every chapter segment per role, the opening, the kiosk cut and the whole story;
// 2. the sampling (tools/verify/sampling.ts): the real runtime driven through chapter segments from their
//    checkpoints and through seeded random walks end to end, plus the kiosk cut exhaustively.
// Writes .out/verify-report.json, prints each part's summary, then one closing line per language
// (`proof en: …`, its seconds being the language's CPU time) and one verdict. Exits 1 on any failure of either part.
// Usage: node tools/verify/verify.mjs [story/en/main.ink …] [--max-ms=N] [--cap=N] [--walks=N] [--entries=N]
//        node tools/verify/verify.mjs --full [story/en/main.ink]   (the old end-to-end exhaustive state search)
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { compileInkFile } from '../ink/compile-ink.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('--'));
const files = (named.length > 0 ? named : ['story/en/main.ink', 'story/es/main.ink']).map((f) => resolve(root, f));
const flag = (name) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found === undefined ? undefined : Number(found.slice(name.length + 3));
};
const load = (path) => runnerImport(resolve(root, path)).then((r) => r.module);
const langOf = (file) => basename(dirname(file));
const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

function compile(file) {
  const compiled = compileInkFile(file);
  if (!compiled.json || compiled.errors.length + compiled.warnings.length > 0) {
    console.error(`verify: ${file} does not compile cleanly:`);
    for (const m of [...compiled.errors, ...compiled.warnings]) console.error(`  ${m}`);
    process.exit(1);
  }
  return compiled;
}

mkdirSync(resolve(root, '.out'), { recursive: true });

if (args.includes('--full')) {
  const file = files[0];
  const compiled = compile(file);
  const { verifyStory } = await load('tools/verify/verify-story.ts');
  const { realStoryStarts, CHAPTER_FIRST_BEAT } = await load('tools/verify/real-story-starts.ts');
  const { formatSummary } = await load('tools/verify/format-summary.ts');
  const report = verifyStory({
    json: compiled.json,
    starts: realStoryStarts(compiled.json),
    maxMs: flag('max-ms') ?? 15 * 60_000,
    boundaries: CHAPTER_FIRST_BEAT.map(([chapter]) => chapter),
  });
  writeFileSync(resolve(root, '.out/verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatSummary(report));
  process.exit(report.ok ? 0 : 1);
}

const { proveRealStory } = await load('tools/verify/proof/run-proof.ts');
const { formatProof, proofLine } = await load('tools/verify/proof/format-proof.ts');
const { sampleStory } = await load('tools/verify/sampling.ts');
const { realStorySampling } = await load('tools/verify/real-story-sampling.ts');
const { formatSampling } = await load('tools/verify/format-sampling.ts');
const overrides = {};
if (flag('max-ms') !== undefined) overrides.maxMs = flag('max-ms');
if (flag('cap') !== undefined) overrides.segmentCap = flag('cap');
if (flag('walks') !== undefined) overrides.walksPerStart = flag('walks');
if (flag('entries') !== undefined) overrides.entriesPerChapter = flag('entries');

const results = [];
const report = {};
for (const file of files) {
  const lang = langOf(file);
  // Seconds are CPU time of this process (user + system): the check is single-threaded, so on an idle machine this
  // is its wall time, and a machine shared with other work does not inflate the figure.
  const started = cpuSeconds();
  const wallStarted = performance.now();
  const compiled = compile(file);
  const p0 = cpuSeconds();
  const proof = proveRealStory(compiled, dirname(file), root);
  const proofMs = (cpuSeconds() - p0) * 1000;
  console.log(formatProof(lang, proof, proofMs));
  const sampling = sampleStory(realStorySampling(compiled.json, { ...overrides, storyFile: relative(root, file) }));
  console.log(formatSampling(sampling).replace(/^verify \(sampling\)/, `sampling ${lang}`));
  const seconds = cpuSeconds() - started;
  const wallSeconds = (performance.now() - wallStarted) / 1000;
  results.push({ lang, proof, sampling, seconds });
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`${lang}: ${seconds.toFixed(1)} s CPU, ${wallSeconds.toFixed(1)} s wall, peak resident ${peakMB} MB`);
  // The per-node `reached` arrays are for the coverage line only; the report keeps the rest.
  const slim = ({ reached: _reached, ...rest }) => rest;
  report[lang] = {
    cpuSeconds: Number(seconds.toFixed(1)),
    wallSeconds: Number(wallSeconds.toFixed(1)),
    proofCpuMs: Math.round(proofMs),
    proof: {
      ...proof,
      segments: proof.segments.map(slim),
      kiosk: proof.kiosk && slim(proof.kiosk),
      whole: slim(proof.whole),
    },
    sampling,
  };
}
const ok = results.every((r) => r.proof.ok && r.sampling.ok);
// Top level: the verdict and the sampling totals (tools/bench/measure-verify.mjs reads `ok`, `totals`,
// `failureCount`); per language: the proof and the sampling reports.
const states = results.reduce((sum, r) => sum + r.sampling.totals.states, 0);
const ms = results.reduce((sum, r) => sum + r.sampling.totals.ms, 0);
const full = {
  ok,
  failureCount: results.reduce((sum, r) => sum + r.proof.failures.length + r.sampling.failureCount, 0),
  totals: { states, ms, statesPerSecond: Math.round(states / Math.max(ms / 1000, 0.001)) },
  languages: report,
};
writeFileSync(resolve(root, '.out/verify-report.json'), `${JSON.stringify(full, null, 2)}\n`);
console.log('full report: .out/verify-report.json');
for (const r of results) console.log(proofLine(r.lang, r.proof, r.seconds));
const problems = results.flatMap((r) => [
  ...(r.proof.ok ? [] : [`proof ${r.lang}`]),
  ...(r.sampling.ok ? [] : [`sampling ${r.lang}`]),
]);
const langs = results.map((r) => r.lang).join(' and ');
console.log(ok ? `verify: PASS (proof and sampling, ${langs})` : `verify: FAIL (${problems.join(', ')})`);
process.exit(ok ? 0 : 1);

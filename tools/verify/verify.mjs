// `npm run verify`: compiles story/en/main.ink and checks convergence in sampling (tools/verify/sampling.ts:
// exhaustive chapter segments, sampled entry states, seeded random walks, exhaustive kiosk); writes
// .out/verify-report.json, prints a short summary (what was proven, what was sampled), exits 1 on any failure.
// Usage: node tools/verify/verify.mjs [story/en/main.ink] [--max-ms=N] [--cap=N] [--walks=N] [--entries=N]
//        node tools/verify/verify.mjs --full   (the old end-to-end exhaustive mode: does not finish on the real story)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { compileInkFile } from '../ink/compile-ink.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const file = resolve(root, args.find((a) => !a.startsWith('--')) ?? 'story/en/main.ink');
const flag = (name) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found === undefined ? undefined : Number(found.slice(name.length + 3));
};

const compiled = compileInkFile(file);
if (!compiled.json || compiled.errors.length + compiled.warnings.length > 0) {
  console.error(`verify: ${file} does not compile cleanly:`);
  for (const m of [...compiled.errors, ...compiled.warnings]) console.error(`  ${m}`);
  process.exit(1);
}
const load = (path) => runnerImport(resolve(root, path)).then((r) => r.module);
let report;
let summary;
if (args.includes('--full')) {
  const { verifyStory } = await load('tools/verify/verify-story.ts');
  const { realStoryStarts, CHAPTER_FIRST_BEAT } = await load('tools/verify/real-story-starts.ts');
  const { formatSummary } = await load('tools/verify/format-summary.ts');
  report = verifyStory({ json: compiled.json, starts: realStoryStarts(compiled.json), maxMs: flag('max-ms') ?? 15 * 60_000, boundaries: CHAPTER_FIRST_BEAT.map(([chapter]) => chapter) });
  summary = formatSummary(report);
} else {
  const { sampleStory } = await load('tools/verify/sampling.ts');
  const { realStorySampling } = await load('tools/verify/real-story-sampling.ts');
  const { formatSampling } = await load('tools/verify/format-sampling.ts');
  const overrides = {};
  if (flag('max-ms') !== undefined) overrides.maxMs = flag('max-ms');
  if (flag('cap') !== undefined) overrides.segmentCap = flag('cap');
  if (flag('walks') !== undefined) overrides.walksPerStart = flag('walks');
  if (flag('entries') !== undefined) overrides.entriesPerChapter = flag('entries');
  overrides.storyFile = relative(root, file);
  report = sampleStory(realStorySampling(compiled.json, overrides));
  summary = formatSampling(report);
}
mkdirSync(resolve(root, '.out'), { recursive: true });
writeFileSync(resolve(root, '.out/verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(summary);
console.log('full report: .out/verify-report.json');
process.exit(report.ok ? 0 : 1);

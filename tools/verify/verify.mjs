// `npm run verify`: compiles story/en/main.ink and proves convergence (tools/verify/verify-story.ts) from every
// start; writes .out/verify-report.json, prints a short summary, exits 1 on any failure.
// Usage: node tools/verify/verify.mjs [story/en/main.ink] [--max-ms=N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { compileInkFile } from '../ink/compile-ink.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const file = resolve(root, args.find((a) => !a.startsWith('--')) ?? 'story/en/main.ink');
const maxMs = Number(args.find((a) => a.startsWith('--max-ms='))?.slice(9) ?? 15 * 60_000);

const compiled = compileInkFile(file);
if (!compiled.json || compiled.errors.length + compiled.warnings.length > 0) {
  console.error(`verify: ${file} does not compile cleanly:`);
  for (const m of [...compiled.errors, ...compiled.warnings]) console.error(`  ${m}`);
  process.exit(1);
}
const load = (path) => runnerImport(resolve(root, path)).then((r) => r.module);
const { verifyStory } = await load('tools/verify/verify-story.ts');
const { realStoryStarts, CHAPTER_FIRST_BEAT } = await load('tools/verify/real-story-starts.ts');
const { formatSummary } = await load('tools/verify/format-summary.ts');

const report = verifyStory({ json: compiled.json, starts: realStoryStarts(compiled.json), maxMs, boundaries: CHAPTER_FIRST_BEAT.map(([chapter]) => chapter) });
mkdirSync(resolve(root, '.out'), { recursive: true });
writeFileSync(resolve(root, '.out/verify-report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(formatSummary(report));
console.log('full report: .out/verify-report.json');
process.exit(report.ok ? 0 : 1);

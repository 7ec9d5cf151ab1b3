// `npm run story:consequences`: the consequence measure of both stories (docs/consequences.md). For every choice,
// does anything it writes change what the player sees later than the next few lines, and in a later chapter?
// Prints a per-chapter table per language, then one closing line per language:
//   consequences en: 63.5 % of 641 choices later, 27.0 % in a later chapter, fewest kinds of state read by a chapter: 3
// Usage: node tools/story/consequences.mjs [--root DIR] [--json FILE] [--choices] [story/en/main.ink …]
//   --root DIR   measure the story of another checkout (DIR/story/<lang>/main.ink); the tool's code stays this one's
//   --json FILE  write the full report (every choice with what it writes and where it is read) to FILE
//   --choices    also list the choices without a later consequence (file:line), per language
import { writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { compileInkFile } from '../ink/compile-ink.mjs';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const valueOf = (name) => {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  return eq === undefined ? undefined : eq.slice(name.length + 3);
};
const storyRoot = resolve(valueOf('root') ?? here);
const jsonFile = valueOf('json');
const valued = new Set([valueOf('root'), valueOf('json')].filter((v) => v !== undefined));
const named = args.filter((a) => !a.startsWith('--') && !valued.has(a));
const files = (named.length > 0 ? named : ['story/en/main.ink', 'story/es/main.ink']).map((f) => resolve(storyRoot, f));

const load = (path) => runnerImport(resolve(here, path)).then((r) => r.module);
const { analyseConsequences } = await load('tools/story/consequences/analyse-consequences.ts');
const { formatConsequences, consequenceLine } = await load('tools/story/consequences/format-consequences.ts');
const { CHAPTER_FIRST_BEAT } = await load('tools/verify/real-story-starts.ts');

const report = { root: storyRoot, languages: {} };
const lines = [];
for (const file of files) {
  const lang = basename(dirname(file));
  const compiled = compileInkFile(file);
  if (!compiled.story || compiled.errors.length > 0) {
    console.error(`consequences: ${relative(storyRoot, file)} does not compile:`);
    for (const m of compiled.errors) console.error(`  ${m}`);
    process.exit(1);
  }
  const result = analyseConsequences({
    story: compiled.story,
    chapters: CHAPTER_FIRST_BEAT.map(([chapter]) => chapter),
    opening: 'start',
    kiosk: 'kiosk',
  });
  console.log(formatConsequences(lang, result, args.includes('--choices')));
  lines.push(consequenceLine(lang, result));
  report.languages[lang] = result;
}
if (jsonFile) {
  writeFileSync(resolve(jsonFile), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`full report: ${jsonFile}`);
}
for (const line of lines) console.log(line);

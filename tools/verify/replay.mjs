// Replays one path the verifier reported, printing the text, the choices offered and taken, the record beats and
// how the path ends. Usage (the verifier prints this command for each failure):
//   node tools/verify/replay.mjs [story/en/main.ink] [--start <knot>] [--role <role>] [--set name=value …] --choices 0,2,1
// --start: knot entered with ChoosePathString (default: the story's beginning); --role: sets `role` first
// (classroom "start at chapter"); choices are 0-based indices. The story seed is the verifier's (1940).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { compileInkFile } from '../ink/compile-ink.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const value = (name) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const file = resolve(root, positional[0] ?? 'story/en/main.ink');
const variables = Object.fromEntries(
  args.flatMap((a, i) => (a === '--set' ? [args[i + 1].split('=')] : [])).map(([name, v]) => [name, Number(v)]),
);
const choices = (value('choices') ?? '')
  .split(',')
  .filter((c) => c !== '' && c !== '-')
  .map(Number);
const compiled = compileInkFile(file);
if (!compiled.json) {
  console.error(`replay: ${file} does not compile: ${compiled.errors.join('; ')}`);
  process.exit(2);
}
const { replayPath } = (await runnerImport(resolve(root, 'tools/verify/replay-path.ts'))).module;
const result = replayPath(compiled.json, { knot: value('start'), role: value('role'), variables, choices });
for (const line of result.log) console.log(line);
console.log(`\nbeats: ${result.beats.join(' > ') || '(none)'}`);
console.log(`ends: ${result.end}`);
process.exit(result.ok ? 0 : 1);

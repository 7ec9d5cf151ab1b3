// Builds what the benchmark measures, into .out/bench/ (never dist/: teammates rebuild dist/ while we measure):
// - the game, with the project's vite.config.ts, into .out/bench/dist/;
// - the reference page (tools/bench/reference/) with a bare Vite config into .out/bench/reference/, next to a copy
//   of the game's compiled story JSON, so both pages load exactly the same story bytes.
import { copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export async function buildBenchPages(root, out) {
  const game = resolve(out, 'dist');
  const reference = resolve(out, 'reference');
  await build({ root, logLevel: 'warn', build: { outDir: game, emptyOutDir: true } });
  await build({
    configFile: false,
    root: resolve(root, 'tools/bench/reference'),
    base: './',
    logLevel: 'warn',
    build: { outDir: reference, emptyOutDir: true, target: 'es2022' },
  });
  const story = readdirSync(join(game, 'assets')).find((f) => /^story-en-.*\.json$/.test(f));
  if (!story) throw new Error('the game build has no story-en-*.json');
  copyFileSync(join(game, 'assets', story), join(reference, 'story.json'));
  return { game, reference };
}

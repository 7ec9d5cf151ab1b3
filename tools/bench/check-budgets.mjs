// Byte budgets that `npm test` enforces on the build (issues 10 and 18): deterministic (file sizes and gzip level 9, no
// clocks), so they can fail CI without flakiness. Timing numbers live in `npm run bench` and are never asserted.
// Usage: node tools/bench/check-budgets.mjs [dist]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KB, MIB, categoryOf, measureBytes } from './bytes.mjs';

/** The budgets, from the issue's targets (pitfalls §9.4). */
export const BUDGETS = Object.freeze({
  criticalJsGzip: 60 * KB, // JS before the first story text
  // Script files before the first story text, in any language: the entry, the boot chunk (inkjs and what the entry
  // shares with lazy chunks), the language's interface chunk and the sound catalogue. Each more is one more request
  // the story waits behind; a helper shared by two language tables once split off into a fifth (vite.config.ts).
  criticalScripts: 4,
  allJsGzip: 450 * KB, // every script a reader of one language can load, lazy Phaser included
  chunkRaw: 2 * MIB, // any single JS chunk (precache limits)
  offlineGzipWithoutSound: 4000 * KB, // what the offline copy keeps, the sound aside (issue 18)
});

/** Font files the offline copy may keep: every supported browser reads woff2 (tools/fonts/vite-plugin-woff2-only.ts). */
const OFFLINE_FONT = /\.woff2$/;

/** Problems with a measured build against BUDGETS: an empty list means within budget. */
export function budgetProblems(bytes, budgets = BUDGETS) {
  const problems = [];
  if (bytes.criticalJs.files.length === 0) problems.push('no script found in index.html: nothing to measure');
  if (bytes.criticalJs.gzip > budgets.criticalJsGzip) {
    problems.push(
      `JS before first text is ${bytes.criticalJs.gzip} B gzip, over ${budgets.criticalJsGzip} B (${bytes.criticalJs.files.join(', ')})`,
    );
  }
  // Every registry language: the first script plus its interface chunk (pack-<id>; the first language is criticalJs).
  for (const [lang, critical] of Object.entries(bytes.criticalJsByLanguage ?? { es: bytes.criticalJsSpanish })) {
    if (critical.files.length > budgets.criticalScripts) {
      const files = critical.files.join(', ');
      problems.push(
        `${critical.files.length} scripts before the first text in ${lang}, over ${budgets.criticalScripts} (${files})`,
      );
    }
    if (critical === bytes.criticalJs) continue; // said above
    if (critical.packFound === false) problems.push(`no interface chunk assets/pack-${lang}-*.js in the build`);
    if (critical.gzip > budgets.criticalJsGzip) {
      const files = critical.files.join(', ');
      const over = `${critical.gzip} B gzip, over ${budgets.criticalJsGzip} B`;
      problems.push(`JS before first text in ${lang} is ${over} (${files})`);
    }
  }
  for (const [lang, all] of Object.entries(bytes.allJsByLanguage ?? { all: bytes.totals.js ?? { gzip: 0 } })) {
    if (all.gzip > budgets.allJsGzip)
      problems.push(`all JS in ${lang} is ${all.gzip} B gzip, over ${budgets.allJsGzip} B`);
  }
  for (const f of bytes.files) {
    if (f.category === 'js' && f.raw > budgets.chunkRaw)
      problems.push(`${f.file} is ${f.raw} B raw, over ${budgets.chunkRaw} B`);
  }
  const offline = bytes.offlineWithoutSound;
  if (offline.gzip > budgets.offlineGzipWithoutSound) {
    problems.push(
      `the offline copy without the sound is ${offline.gzip} B gzip (${offline.files} files), over ${budgets.offlineGzipWithoutSound} B`,
    );
  }
  const unread = bytes.offlineFiles.filter((file) => categoryOf(file) === 'fonts' && !OFFLINE_FONT.test(file));
  if (unread.length > 0) {
    const files = unread.join(', ');
    problems.push(
      `the offline copy keeps ${unread.length} font files no supported browser fetches (woff2 only): ${files}`,
    );
  }
  return problems;
}

const kb = (n) => `${(n / KB).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`check-budgets: ${dir}/index.html not found: build first ("npx vite build")`);
    process.exit(1);
  }
  const bytes = measureBytes(dir);
  const problems = budgetProblems(bytes);
  console.log(
    `check-budgets: JS before first text ${kb(bytes.criticalJs.gzip)} gzip in English, ${kb(bytes.criticalJsSpanish.gzip)} in Spanish (≤ ${kb(BUDGETS.criticalJsGzip)}), ` +
      `all JS a reader can load ${Object.entries(bytes.allJsByLanguage)
        .map(([lang, all]) => `${kb(all.gzip)} in ${lang}`)
        .join(', ')} gzip (≤ ${kb(BUDGETS.allJsGzip)}; every language's ${kb(bytes.totals.js?.gzip ?? 0)}), ` +
      `biggest chunk ${bytes.biggestJs ? `${bytes.biggestJs.file} ${(bytes.biggestJs.raw / MIB).toFixed(2)} MiB` : 'none'} (≤ 2 MiB), ` +
      `offline copy ${kb(bytes.offlineWithoutSound.gzip)} gzip without the sound (≤ ${kb(BUDGETS.offlineGzipWithoutSound)}), ` +
      `${kb(bytes.offline.gzip)} with it`,
  );
  for (const p of problems) console.error(`  ✘ ${p}`);
  process.exit(problems.length === 0 ? 0 : 1);
}

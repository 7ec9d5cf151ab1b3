import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureBytes } from '../../../tools/bench/bytes.mjs';
import { BUDGETS, budgetProblems } from '../../../tools/bench/check-budgets.mjs';

/** Bytes that gzip cannot shrink, the same every run (a fixed linear congruential sequence). */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A small built game folder: the page, one script per language, a font, a picture tier, sound and the list. */
function build(files: Record<string, Uint8Array | string>, listed: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'offline-budget-'));
  folders.push(dir);
  mkdirSync(join(dir, 'assets'));
  const page = '<script type="module" src="./assets/index-AbCd1234.js"></script>';
  const all: Record<string, Uint8Array | string> = {
    'index.html': page,
    'assets/index-AbCd1234.js': 'export const a = 1;',
    'assets/pack-en-lang-en-AbCd1234.js': 'export const en = 1;',
    'assets/pack-es-lang-es-AbCd1234.js': 'export const es = 1;',
    ...files,
  };
  for (const [file, contents] of Object.entries(all)) writeFileSync(join(dir, file), contents);
  writeFileSync(join(dir, 'sw-precache.json'), JSON.stringify(listed.map((file) => `./${file}`)));
  return dir;
}

const GAME = {
  'assets/book-latin-400-normal-AbCd1234.woff2': noise(40_000, 1),
  'assets/plan-dawn-w1280-AbCd1234.webp': noise(60_000, 2),
  'assets/plan-dawn-w2560-AbCd1234.webp': noise(200_000, 3),
  'assets/title-AbCd1234.ogg': noise(300_000, 4),
};
const KEPT = [
  'index.html',
  'assets/index-AbCd1234.js',
  'assets/pack-en-lang-en-AbCd1234.js',
  'assets/pack-es-lang-es-AbCd1234.js',
  'assets/book-latin-400-normal-AbCd1234.woff2',
  'assets/plan-dawn-w1280-AbCd1234.webp',
  'assets/title-AbCd1234.ogg',
];
const offlineProblems = (problems: string[]) => problems.filter((p) => p.includes('offline copy'));

describe('the offline bundle budget', () => {
  it('counts what the precache list keeps, and the sound apart', () => {
    const bytes = measureBytes(build(GAME, KEPT));
    expect(bytes.offlineFiles).toEqual(KEPT.slice().sort());
    const size = (file: string) => bytes.files.find((f) => f.file === file)?.gzip ?? Number.NaN;
    const sound = size('assets/title-AbCd1234.ogg');
    expect(sound).toBeGreaterThan(300_000);
    expect(bytes.offline.gzip).toBe(KEPT.reduce((sum, file) => sum + size(file), 0));
    expect(bytes.offlineWithoutSound).toEqual({
      files: KEPT.length - 1,
      raw: bytes.offline.raw - 300_000,
      gzip: bytes.offline.gzip - sound,
    });
    expect(bytes.offlineByCategory['audio']).toEqual({ files: 1, raw: 300_000, gzip: sound });
  });

  it('passes a bundle within the limit and fails one a byte over it, the sound aside', () => {
    const bytes = measureBytes(build(GAME, KEPT));
    const silent = bytes.offlineWithoutSound.gzip;
    expect(offlineProblems(budgetProblems(bytes))).toEqual([]);
    expect(offlineProblems(budgetProblems(bytes, { ...BUDGETS, offlineGzipWithoutSound: silent }))).toEqual([]);
    expect(offlineProblems(budgetProblems(bytes, { ...BUDGETS, offlineGzipWithoutSound: silent - 1 }))).toEqual([
      `the offline copy without the sound is ${silent} B gzip (${KEPT.length - 1} files), over ${silent - 1} B`,
    ]);
    // The sound alone is bigger than this limit; it does not count against it.
    expect(bytes.offline.gzip).toBeGreaterThan(silent + 300_000);
  });

  it('fails an offline copy that keeps a font format no supported browser fetches', () => {
    const woff = 'assets/book-latin-400-normal-AbCd1234.woff';
    const bytes = measureBytes(build({ ...GAME, [woff]: noise(30_000, 5) }, [...KEPT, woff]));
    expect(offlineProblems(budgetProblems(bytes))).toEqual([
      `the offline copy keeps 1 font files no supported browser fetches (woff2 only): ${woff}`,
    ]);
  });

  it('fails a build whose first text waits behind more script files than the budget, in any language', () => {
    const bytes = measureBytes(build(GAME, KEPT));
    const counted = (problems: string[]) => problems.filter((p) => p.includes('scripts before the first text'));
    // The entry and the language's interface chunk.
    expect(counted(budgetProblems(bytes, { ...BUDGETS, criticalScripts: 2 }))).toEqual([]);
    expect(counted(budgetProblems(bytes, { ...BUDGETS, criticalScripts: 1 }))).toEqual([
      '2 scripts before the first text in en, over 1 (assets/index-AbCd1234.js, assets/pack-en-lang-en-AbCd1234.js)',
      '2 scripts before the first text in es, over 1 (assets/index-AbCd1234.js, assets/pack-es-lang-es-AbCd1234.js)',
    ]);
  });
});

// The real story in one language converges, checked in the same bounded mode as `npm run verify`
// (tools/verify/bounded-verify.ts, settings in tools/verify/real-story-bounded.ts): every chapter segment
// exhaustively from its checkpoint per role (capped segments are reported as sampled), sampled entry states,
// seeded random walks end to end, the kiosk cut exhaustively. The budget is CPU time (so a loaded machine does not fail it); running out of it is a failure.
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { compileInkFile } from '../../tools/ink/compile-ink.mjs';
import { boundedVerify } from '../../tools/verify/bounded-verify.ts';
import { formatBounded } from '../../tools/verify/format-bounded.ts';
import { REAL_STORY_BOUNDS, realStoryBounded } from '../../tools/verify/real-story-bounded.ts';

/** Wall-clock guard only: the verifier's budget is CPU time; a machine shared with other work may need several times it. */
export const CONVERGENCE_TIMEOUT = 30 * 60_000;

/**
 * Runs the bounded verifier on one language's story and fails on anything it finds. Each language has its own test
 * file so that each runs in its own worker, with its own heap.
 */
export function expectConvergence(lang: 'en' | 'es'): void {
  const compiled = compileInkFile(resolve(__dirname, `../../story/${lang}/main.ink`));
  expect([...compiled.errors, ...compiled.warnings]).toEqual([]);
  const report = boundedVerify(realStoryBounded(compiled.json as string));
  console.log(formatBounded(report));
  expect(report.failures.map((f) => `[${f.kind}] ${f.start} ${f.message}${f.replay ? ` (replay: ${f.replay})` : ''}`)).toEqual([]);
  expect(report.ok).toBe(true);
  expect(report.kiosk?.ok).toBe(true);
  expect(report.walks.walks).toBe(REAL_STORY_BOUNDS.walksPerStart * 2);
  expect(report.totals.peakHeapMB).toBeLessThan(2_000);
}

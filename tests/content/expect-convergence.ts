// The real story in one language converges, checked exactly as `npm run verify` checks it, in two independent parts:
// the structural proof (tools/verify/proof/: every chapter segment per role, the opening, the kiosk cut and the
// whole story, for every valuation of every variable) and the sampling (tools/verify/sampling.ts, settings in
// tools/verify/real-story-sampling.ts: the real runtime through chapter segments, seeded random walks, the kiosk).
// The sampling budget is CPU time (so a loaded machine does not fail it); running out of it is a failure.
import { dirname, resolve } from 'node:path';
import { expect } from 'vitest';
import { formatProof } from '../../tools/verify/proof/format-proof.ts';
import { compileForProof, proveRealStory, rolesOf } from '../../tools/verify/proof/run-proof.ts';
import { CHAPTER_FIRST_BEAT } from '../../tools/verify/real-story-starts.ts';
import { formatSampling } from '../../tools/verify/format-sampling.ts';
import { sampleStory } from '../../tools/verify/sampling.ts';
import { REAL_STORY_SAMPLING, realStorySampling } from '../../tools/verify/real-story-sampling.ts';

/** Wall-clock guard only: the sampling budget is CPU time; a machine shared with other work may need many times it. */
export const CONVERGENCE_TIMEOUT = 15 * 60_000;

/**
 * Proves and samples one language's story and fails on anything either part finds. Each language has its own test
 * file so that each runs in its own worker, with its own heap.
 */
export function expectConvergence(lang: 'en' | 'es'): void {
  const file = resolve(__dirname, `../../story/${lang}/main.ink`);
  const compiled = compileForProof(file);
  expect([...compiled.errors, ...compiled.warnings]).toEqual([]);
  const cpu = process.cpuUsage();
  const proof = proveRealStory(compiled, dirname(file));
  const used = process.cpuUsage(cpu);
  console.log(formatProof(lang, proof, (used.user + used.system) / 1000));
  expect(proof.failures.map((f) => `[${f.kind}] ${f.segment}: ${f.message} ${f.chain.join(' / ')}`)).toEqual([]);
  expect(proof.roleRefinement.proven).toBe(true);
  // The opening, then every chapter once per role: none may be left out of the proof.
  expect(proof.total).toBe(1 + CHAPTER_FIRST_BEAT.length * rolesOf(compiled.json as string).length);
  expect(proof.proven).toBe(proof.total);
  expect(proof.kiosk?.endings).toBeGreaterThan(0);
  expect(proof.whole.endings).toBeGreaterThan(0);

  const sampling = sampleStory(realStorySampling(compiled.json as string));
  console.log(formatSampling(sampling));
  const found = sampling.failures.map((f) => `[${f.kind}] ${f.start} ${f.message}${f.replay ? ` (${f.replay})` : ''}`);
  expect(found).toEqual([]);
  expect(sampling.ok).toBe(true);
  expect(sampling.kiosk?.ok).toBe(true);
  expect(sampling.walks.walks).toBe(REAL_STORY_SAMPLING.walksPerStart * 2);
  expect(sampling.totals.peakHeapMB).toBeLessThan(1_000);
}

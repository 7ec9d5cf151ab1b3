// The sampling settings for the real story: the one place `npm run verify` and the content tests share.
// Sampling is the second check beside the proof, so it is sized to be quick (docs/verifier.md has the numbers):
// every chapter segment from its checkpoint per role up to a small cap, one walk entry state per chapter, and
// seeded random walks end to end from the opening and from the kiosk.
import { CANONICAL_SEQUENCE } from '../../src/core/record/canonical-sequence.ts';
import type { SamplingOptions } from './sampling.ts';
import { CHAPTER_FIRST_BEAT, listItems, ROLE_LIST } from './real-story-starts.ts';

export const REAL_STORY_SAMPLING = {
  segmentCap: 80,
  entriesPerChapter: 1,
  walksPerStart: 150,
  walkSeed: 1940,
  maxMs: 3 * 60_000,
} as const;

export function realStorySampling(json: string, overrides: Partial<SamplingOptions> = {}): SamplingOptions {
  return {
    json,
    chapters: CHAPTER_FIRST_BEAT,
    roles: listItems(json, ROLE_LIST),
    canonical: CANONICAL_SEQUENCE,
    opening: 'start',
    kiosk: 'kiosk',
    ...REAL_STORY_SAMPLING,
    // A garbage-collection pause on a busy machine must not pass for an infinite loop: 10 s per line, 5,000 lines.
    limits: { sliceMs: 20, lineBudgetMs: 10_000, maxLinesPerStep: 5_000 },
    ...overrides,
  };
}

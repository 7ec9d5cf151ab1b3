// The bounded-mode settings for the real story: the one place `npm run verify` and the content test share.
// Chosen to finish in about three minutes on an idle 2-core CI machine (docs/verifier.md has the numbers).
import { CANONICAL_SEQUENCE } from '../../src/core/record/canonical-sequence.ts';
import type { SamplingOptions } from './sampling.ts';
import { CHAPTER_FIRST_BEAT, listItems, ROLE_LIST } from './real-story-starts.ts';

export const REAL_STORY_SAMPLING = {
  segmentCap: 1_000,
  entriesPerChapter: 8,
  walksPerStart: 500,
  walkSeed: 1940,
  maxMs: 6 * 60_000,
} as const;

export function realStorySampling(json: string, overrides: Partial<SamplingOptions> = {}): SamplingOptions {
  return {
    json,
    chapters: CHAPTER_FIRST_BEAT,
    roles: listItems(json, ROLE_LIST),
    canonical: CANONICAL_SEQUENCE,
    opening: 'start',
    kiosk: 'kiosk',
    carriers: ['raise', 'lower'],
    ...REAL_STORY_SAMPLING,
    // A garbage-collection pause on a busy machine must not pass for an infinite loop: 10 s per line, 5,000 lines.
    limits: { sliceMs: 20, lineBudgetMs: 10_000, maxLinesPerStep: 5_000 },
    ...overrides,
  };
}

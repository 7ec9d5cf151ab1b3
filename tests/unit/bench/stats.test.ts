import { describe, expect, it } from 'vitest';
import { median, ratioInterval } from '../../../tools/bench/stats.mjs';

const REFERENCE = [164, 171, 158, 190, 166, 175, 160, 183, 169, 172];

/** The interval, which these samples always have. */
function interval(game: readonly number[], reference: readonly number[]): [number, number] {
  const found = ratioInterval(game, reference);
  if (!found) throw new Error('no interval for finite samples');
  return found;
}

describe('ratioInterval', () => {
  it('holds the plain ratio of medians inside it', () => {
    const game = REFERENCE.map((v) => v * 1.5 + (v % 7));
    const [low, high] = interval(game, REFERENCE);
    const ratio = (median(game) ?? NaN) / (median(REFERENCE) ?? NaN);
    expect(low).toBeLessThanOrEqual(ratio);
    expect(high).toBeGreaterThanOrEqual(ratio);
  });

  it('is a single point when neither list varies', () => {
    expect(interval([300, 300, 300], [200, 200])).toEqual([1.5, 1.5]);
  });

  it('widens when the samples are noisier', () => {
    const quiet = interval(
      REFERENCE.map((v) => v * 1.4),
      REFERENCE,
    );
    const noisy = interval(
      REFERENCE.map((v, i) => v * 1.4 + (i % 2 === 0 ? 60 : -60)),
      REFERENCE,
    );
    expect(noisy[1] - noisy[0]).toBeGreaterThan(quiet[1] - quiet[0]);
  });

  it('gives the same interval for the same samples and seed, another for another seed', () => {
    const game = REFERENCE.map((v, i) => v * 1.45 + i * 3);
    expect(ratioInterval(game, REFERENCE, { seed: 7 })).toEqual(ratioInterval(game, REFERENCE, { seed: 7 }));
    expect(ratioInterval(game, REFERENCE, { seed: 7 })).not.toEqual(ratioInterval(game, REFERENCE, { seed: 8 }));
  });

  it('is null when either side has no finite sample', () => {
    expect(ratioInterval([], REFERENCE)).toBeNull();
    expect(ratioInterval([250], [Number.NaN])).toBeNull();
  });
});

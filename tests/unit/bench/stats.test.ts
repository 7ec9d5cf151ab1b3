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
    const game = REFERENCE.map((v, i) => v * 1.5 + ((i * 7) % 11));
    const [low, high] = interval(game, REFERENCE);
    const ratio = (median(game) ?? NaN) / (median(REFERENCE) ?? NaN);
    expect(low).toBeLessThanOrEqual(ratio);
    expect(high).toBeGreaterThanOrEqual(ratio);
    expect(high).toBeGreaterThan(low);
  });

  it('resamples the pairs together, so a machine that slows both pages alike adds no width', () => {
    // Each pair was measured back to back; the machine's speed varies threefold from pair to pair.
    const reference = REFERENCE.map((v, i) => v * (1 + (i % 3)));
    const game = reference.map((v) => v * 1.4);
    const [low, high] = interval(game, reference);
    expect(low).toBeCloseTo(1.4, 10);
    expect(high).toBeCloseTo(1.4, 10);
  });

  it('widens when the game varies more against its own pair', () => {
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
    const reference = Array.from({ length: 40 }, (_, i) => 160 + ((i * 37) % 41));
    const game = reference.map((v, i) => v * 1.45 + ((i * 53) % 61) - 30);
    const once = ratioInterval(game, reference, { seed: 7 });
    expect(ratioInterval(game, reference, { seed: 7 })).toEqual(once);
    expect(ratioInterval(game, reference, { seed: 8 })).not.toEqual(once);
  });

  it('leaves out a pair with a missing time, and is null when no pair is complete', () => {
    expect(interval([300, Number.NaN, 300], [200, 100, 200])).toEqual([1.5, 1.5]);
    expect(ratioInterval([], REFERENCE)).toBeNull();
    expect(ratioInterval([250], [Number.NaN])).toBeNull();
  });
});

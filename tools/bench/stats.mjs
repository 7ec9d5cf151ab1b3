// Small statistics for noisy timings: medians and nearest-rank percentiles.
import { seededRandom } from '../lib/seeded-random.mjs';
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const round = (value, digits = 1) =>
  value === null || value === undefined ? null : Number(value.toFixed(digits));

/**
 * How far median(game) / median(reference) moves with the machine's noise alone: the central 95 % of that ratio over
 * `draws` bootstrap resamples. The loads are taken in pairs (one of each page, back to back, under the same load),
 * so the pairs are resampled, not each list on its own: a slow moment of the machine then weighs on both sides, as
 * it did when measured. Pairs with a missing time are left out. The verdict stays on the plain ratio; the interval
 * says whether one more run could have flipped it. Null when no pair is complete.
 */
export function ratioInterval(game, reference, { draws = 2000, seed = 1 } = {}) {
  const pairs = [];
  for (let i = 0; i < Math.min(game.length, reference.length); i++) {
    if (Number.isFinite(game[i]) && Number.isFinite(reference[i])) pairs.push([game[i], reference[i]]);
  }
  if (pairs.length === 0) return null;
  const random = seededRandom(seed);
  const ratios = [];
  for (let i = 0; i < draws; i++) {
    const drawn = pairs.map(() => pairs[Math.floor(random() * pairs.length)]);
    ratios.push(median(drawn.map(([g]) => g)) / median(drawn.map(([, r]) => r)));
  }
  return [percentile(ratios, 2.5), percentile(ratios, 97.5)];
}

// Small statistics for noisy timings: medians and nearest-rank percentiles.
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

/** mulberry32: a small seeded generator, so the same samples always give the same interval. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How far median(game) / median(reference) moves with the machine's noise alone: the central 95 % of that ratio
 * over `draws` bootstrap resamples (each list drawn again, with replacement, at its own size). The verdict stays on
 * the plain ratio; the interval says whether one more run could have flipped it. Null when a list is empty.
 */
export function ratioInterval(game, reference, { draws = 2000, seed = 1 } = {}) {
  const a = game.filter((v) => Number.isFinite(v));
  const b = reference.filter((v) => Number.isFinite(v));
  if (a.length === 0 || b.length === 0) return null;
  const random = seeded(seed);
  const resample = (values) => values.map(() => values[Math.floor(random() * values.length)]);
  const ratios = [];
  for (let i = 0; i < draws; i++) ratios.push(median(resample(a)) / median(resample(b)));
  return [percentile(ratios, 2.5), percentile(ratios, 97.5)];
}

// Brings a rendered sound to its category's loudness target under the true-peak ceiling (docs/sound.md, "Loudness").
// Gain first; if the true peak then goes over the ceiling, a look-ahead limiter takes the peaks down and the gain
// is found again, because limiting lowers the loudness a little.
import { integratedLoudness, truePeakLinear } from './loudness.mjs';

/** Integrated-loudness targets per category in LUFS (a mono file measured as one channel), and the peak ceiling. */
export const LOUDNESS_TARGETS = Object.freeze({ music: -20, ambience: -26, oneshot: -28, sfx: -18 });
export const TRUE_PEAK_CEILING_DB = -1.5;
/** How far a shipped file may sit from its target (the test's tolerance). */
export const LOUDNESS_TOLERANCE_LU = 1;

const dbToGain = (db) => Math.pow(10, db / 20);

/**
 * The smallest gain, sample by sample, that keeps the 4x-oversampled peak under `ceiling` (linear), spread over a
 * window either side (look-ahead and release), then smoothed, so the gain never changes in a click.
 */
function limiterGain(x, ceiling, rate) {
  const w = Math.max(1, Math.round(rate * 0.002));
  const need = new Float64Array(x.length);
  // a sample's true-peak neighbourhood: the largest interpolated value next to it, bounded by the samples ±1
  for (let i = 0; i < x.length; i++) {
    const around = Math.max(Math.abs(x[i]), Math.abs(x[i - 1] ?? 0), Math.abs(x[i + 1] ?? 0)) * 1.12;
    need[i] = around > ceiling ? ceiling / around : 1;
  }
  const held = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    let m = 1;
    for (let k = Math.max(0, i - w); k <= Math.min(x.length - 1, i + w); k++) m = Math.min(m, need[k]);
    held[i] = m;
  }
  const smooth = new Float64Array(x.length);
  let acc = 0;
  const prefix = new Float64Array(x.length + 1);
  for (let i = 0; i < x.length; i++) prefix[i + 1] = prefix[i] + held[i];
  for (let i = 0; i < x.length; i++) {
    const a = Math.max(0, i - w);
    const b = Math.min(x.length, i + w + 1);
    acc = (prefix[b] - prefix[a]) / (b - a);
    smooth[i] = acc;
  }
  return smooth;
}

/**
 * `x` scaled to `targetLufs` with its true peak at or under `ceilingDb` (a little under, leaving room for the
 * encoder's ripple). Returns a new Float32Array and what was done.
 */
export function normaliseLoudness(x, rate, targetLufs, ceilingDb = TRUE_PEAK_CEILING_DB - 0.5) {
  const ceiling = dbToGain(ceilingDb);
  const y = Float64Array.from(x);
  let limited = false;
  for (let pass = 0; pass < 6; pass++) {
    const now = integratedLoudness([y], rate);
    if (!Number.isFinite(now)) throw new Error('cannot normalise silence');
    const g = dbToGain(targetLufs - now);
    for (let i = 0; i < y.length; i++) y[i] *= g;
    if (truePeakLinear(y) <= ceiling) {
      if (Math.abs(integratedLoudness([y], rate) - targetLufs) < 0.05) break;
      continue;
    }
    limited = true;
    const gain = limiterGain(y, ceiling, rate);
    for (let i = 0; i < y.length; i++) y[i] *= gain[i];
  }
  return { samples: Float32Array.from(y), limited };
}

// Loudness and true peak after ITU-R BS.1770-4, written here from the standard's definitions (no library):
// K-weighting (a high shelf, then a high-pass), mean square over 400 ms blocks overlapping by 75 %, an absolute
// gate at -70 LUFS and a relative gate 10 LU under the absolutely-gated loudness; true peak by 4x oversampling.
// Used by build-audio.mjs (normalising every file to its category's target) and by the tests on the shipped files.

/**
 * The K-weighting filters exactly as the standard tabulates them for 48 kHz (Tables 1 and 2): [b0, b1, b2, a1, a2]
 * with a0 = 1. Stage 1 is a high shelf (about +4 dB above 2 kHz: the head's acoustics), stage 2 a high-pass
 * (the revised low-frequency B-curve).
 */
export const K_WEIGHTING_48K = Object.freeze({
  shelf: Object.freeze([1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585]),
  highpass: Object.freeze([1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621]),
});

/** The standard's constant: it makes a 997 Hz sine's K-weighted loudness equal its level (the filter's gain there). */
export const LOUDNESS_OFFSET = -0.691;

/**
 * A biquad's coefficients for another sample rate. The standard gives them only at 48 kHz; we undo the bilinear
 * transform there (s = (1 - z⁻¹)/(1 + z⁻¹)) to get the analog prototype n2·s² + n1·s + n0 over s² + d1·s + d0,
 * read its corner K48 = √d0 = tan(π·f0/48000), and redo the transform at `rate` with K = tan(π·f0/rate): the same
 * corner frequency, Q and gains, prewarped for the new rate. At 48 kHz it gives the table back.
 */
export function coefficientsFor([b0, b1, b2, a1, a2], rate) {
  const c = 4 / (1 - a1 + a2);
  const d0 = (c * (1 + a1 + a2)) / 4;
  const d1 = (c * (1 - a2)) / 2;
  const [B0, B1, B2] = [c * b0, c * b1, c * b2];
  const n0 = (B0 + B1 + B2) / 4;
  const n1 = (B0 - B2) / 2;
  const n2 = (B0 - B1 + B2) / 4;
  const k48 = Math.sqrt(d0);
  const f0 = (48000 / Math.PI) * Math.atan(k48);
  const s = Math.tan((Math.PI * f0) / rate) / k48; // the prototype's s scaled to the new rate's prewarped corner
  const [m0, m1, m2, e0, e1] = [n0 * s * s, n1 * s, n2, d0 * s * s, d1 * s];
  const a0 = 1 + e1 + e0;
  return [(m2 + m1 + m0) / a0, (2 * m0 - 2 * m2) / a0, (m2 - m1 + m0) / a0, (2 * e0 - 2) / a0, (1 - e1 + e0) / a0];
}

/** Run a biquad (direct form I, in float64) over a signal. */
export function runBiquad(x, [b0, b1, b2, a1, a2]) {
  const y = new Float64Array(x.length);
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const out = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = v;
    y2 = y1;
    y1 = out;
    y[i] = out;
  }
  return y;
}

/** The magnitude response |H(e^jω)|² of a biquad at `freq` Hz (for tests and for the docs' arithmetic). */
export function biquadPower([b0, b1, b2, a1, a2], freq, rate) {
  const w = (2 * Math.PI * freq) / rate;
  const re = (c0, c1, c2) => c0 + c1 * Math.cos(w) + c2 * Math.cos(2 * w);
  const im = (c1, c2) => -(c1 * Math.sin(w) + c2 * Math.sin(2 * w));
  const num = re(b0, b1, b2) ** 2 + im(b1, b2) ** 2;
  const den = re(1, a1, a2) ** 2 + im(a1, a2) ** 2;
  return num / den;
}

/** K-weight one channel at `rate`. */
export function kWeight(x, rate) {
  return runBiquad(
    runBiquad(x, coefficientsFor(K_WEIGHTING_48K.shelf, rate)),
    coefficientsFor(K_WEIGHTING_48K.highpass, rate),
  );
}

const toLufs = (power) => (power > 0 ? LOUDNESS_OFFSET + 10 * Math.log10(power) : -Infinity);

/**
 * Integrated loudness in LUFS of `channels` (arrays of samples at `rate`), each weighted by `gains` (1 for left,
 * right and centre, 1.41 for the surrounds). A mono file is one channel: the usual convention of loudness meters;
 * played on two speakers it sounds 3 dB louder, the same for every file, so the balance between categories holds.
 * Returns -Infinity when nothing passes the gates (silence, or shorter than one 400 ms block).
 */
export function integratedLoudness(channels, rate, gains = channels.map(() => 1)) {
  const step = Math.round(rate * 0.1);
  const block = 4 * step;
  const length = channels[0]?.length ?? 0;
  if (length < block) return -Infinity;
  const squares = channels.map((x) => {
    const y = kWeight(x, rate);
    // prefix sums of squares, so every block's mean square is one subtraction
    const sum = new Float64Array(y.length + 1);
    for (let i = 0; i < y.length; i++) sum[i + 1] = sum[i] + y[i] * y[i];
    return sum;
  });
  const blocks = Math.floor((length - block) / step) + 1;
  /** z[j][i]: mean square of channel i in block j. */
  const powers = [];
  for (let j = 0; j < blocks; j++) {
    const at = j * step;
    powers.push(squares.map((sum) => (sum[at + block] - sum[at]) / block));
  }
  const blockPower = (z) => z.reduce((acc, v, i) => acc + gains[i] * v, 0);
  const gatedPower = (kept) => {
    if (kept.length === 0) return 0;
    let total = 0;
    for (const z of kept) total += blockPower(z);
    return total / kept.length;
  };
  const absolute = powers.filter((z) => toLufs(blockPower(z)) > -70);
  const relativeGate = toLufs(gatedPower(absolute)) - 10;
  const kept = absolute.filter((z) => toLufs(blockPower(z)) > relativeGate);
  return toLufs(gatedPower(kept));
}

/** The interpolator for true peak: 4 phases of a Kaiser-windowed sinc, 2×HALF taps each, unity gain at DC. */
const OVERSAMPLE = 4;
const HALF = 24;
function besselI0(x) {
  let sum = 1,
    term = 1;
  for (let k = 1; k < 40; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
  }
  return sum;
}
function makePhases() {
  const beta = 8;
  const phases = [];
  for (let p = 1; p < OVERSAMPLE; p++) {
    const mu = p / OVERSAMPLE;
    const taps = [];
    for (let k = -HALF + 1; k <= HALF; k++) {
      const t = k - mu; // distance from the tap to the point being interpolated, in input samples
      const sinc = Math.sin(Math.PI * t) / (Math.PI * t);
      const w = besselI0(beta * Math.sqrt(Math.max(0, 1 - (t / HALF) ** 2))) / besselI0(beta);
      taps.push(sinc * w);
    }
    const dc = taps.reduce((a, b) => a + b, 0);
    phases.push(taps.map((v) => v / dc));
  }
  return phases;
}
const PHASES = makePhases();

/**
 * The largest absolute value of `x` upsampled 4x (the standard's Annex 2 method; phase 0 is the samples
 * themselves, phases 1-3 sit between them), as a linear value. Samples beyond the ends count as zero.
 */
export function truePeakLinear(x) {
  let peak = 0;
  for (const sample of x) {
    const a = Math.abs(sample);
    if (a > peak) peak = a;
  }
  for (const taps of PHASES) {
    for (let n = -1; n < x.length; n++) {
      let acc = 0;
      const from = n - HALF + 1;
      for (let k = 0; k < taps.length; k++) {
        const i = from + k;
        if (i >= 0 && i < x.length) acc += x[i] * taps[k];
      }
      const a = Math.abs(acc);
      if (a > peak) peak = a;
    }
  }
  return peak;
}

/** True peak in dBTP (decibels relative to full scale, of the 4x-oversampled signal). */
export function truePeakDb(x) {
  const p = truePeakLinear(x);
  return p > 0 ? 20 * Math.log10(p) : -Infinity;
}

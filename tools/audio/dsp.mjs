// Our own small DSP kit for synthesising the game's sounds offline (Node only). Mono Float32 buffers at RATE.
// Contract: every function is deterministic given the seeded random source it is handed, so a regeneration
// produces the same sounds (and the same committed files, encoder permitting).
import { seededRandom } from '../lib/seeded-random.mjs';

export const RATE = 32000;

/** Seconds → whole samples. */
export const sec = (s) => Math.max(0, Math.round(s * RATE));

/** A seeded random source: same seed, same sounds. */
export function rng(seed) {
  const next = seededRandom(seed);
  return {
    next,
    range: (lo, hi) => lo + (hi - lo) * next(),
    pick: (list) => list[Math.floor(next() * list.length)],
    bipolar: () => next() * 2 - 1,
  };
}

export const buf = (n) => new Float32Array(n);

/** White noise in [-1, 1]. */
export function white(n, r) {
  const out = buf(n);
  for (let i = 0; i < n; i++) out[i] = r.bipolar();
  return out;
}

/** Brown (integrated, leaky) noise, roughly unit peak: rumbles, room tone, distant traffic. */
export function brown(n, r) {
  const out = buf(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.996 * y + 0.06 * r.bipolar();
    out[i] = y;
  }
  return normalize(out, 0.9);
}

/** Pink-ish noise: a sum of leaky integrators at spread corner frequencies (about -3 dB per octave). */
export function pink(n, r) {
  const poles = [0.9986, 0.9885, 0.9442, 0.8, 0.45];
  const gains = [0.03, 0.045, 0.07, 0.12, 0.2];
  const state = poles.map(() => 0);
  const out = buf(n);
  for (let i = 0; i < n; i++) {
    const w = r.bipolar();
    let s = w * 0.1;
    for (let k = 0; k < poles.length; k++) {
      state[k] = poles[k] * state[k] + gains[k] * w;
      s += state[k];
    }
    out[i] = s;
  }
  return normalize(out, 0.9);
}

/**
 * A second-order section (biquad) with coefficients from the usual analogue-prototype bilinear formulas.
 * `type`: lowpass | highpass | bandpass (constant 0 dB peak) | peak (gainDb) | notch.
 * `freq` may be a number or a function of the sample index (a sweep); coefficients are then recomputed every 32 samples.
 */
export function biquad(input, type, freq, q = 0.707, gainDb = 0) {
  const out = buf(input.length);
  let b0 = 0,
    b1 = 0,
    b2 = 0,
    a1 = 0,
    a2 = 0;
  const design = (f) => {
    const w = (2 * Math.PI * Math.min(Math.max(f, 10), RATE * 0.45)) / RATE;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const A = Math.pow(10, gainDb / 40);
    let a0;
    switch (type) {
      case 'lowpass':
        b0 = (1 - cos) / 2;
        b1 = 1 - cos;
        b2 = b0;
        a0 = 1 + alpha;
        a1 = -2 * cos;
        a2 = 1 - alpha;
        break;
      case 'highpass':
        b0 = (1 + cos) / 2;
        b1 = -(1 + cos);
        b2 = b0;
        a0 = 1 + alpha;
        a1 = -2 * cos;
        a2 = 1 - alpha;
        break;
      case 'bandpass':
        b0 = alpha;
        b1 = 0;
        b2 = -alpha;
        a0 = 1 + alpha;
        a1 = -2 * cos;
        a2 = 1 - alpha;
        break;
      case 'notch':
        b0 = 1;
        b1 = -2 * cos;
        b2 = 1;
        a0 = 1 + alpha;
        a1 = -2 * cos;
        a2 = 1 - alpha;
        break;
      case 'peak':
        b0 = 1 + alpha * A;
        b1 = -2 * cos;
        b2 = 1 - alpha * A;
        a0 = 1 + alpha / A;
        a1 = -2 * cos;
        a2 = 1 - alpha / A;
        break;
      default:
        throw new Error(`unknown filter type ${type}`);
    }
    b0 /= a0;
    b1 /= a0;
    b2 /= a0;
    a1 /= a0;
    a2 /= a0;
  };
  const sweep = typeof freq === 'function';
  if (!sweep) design(freq);
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < input.length; i++) {
    if (sweep && (i & 31) === 0) design(freq(i));
    const x = input[i];
    const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
}

/** One-pole lowpass (gentle, for smoothing control signals and muffling). */
export function onePole(input, freq) {
  const out = buf(input.length);
  const k = 1 - Math.exp((-2 * Math.PI * freq) / RATE);
  let y = 0;
  for (let i = 0; i < input.length; i++) {
    y += k * (input[i] - y);
    out[i] = y;
  }
  return out;
}

/** Sine oscillator; `freq` number or function of sample index; returns the buffer. */
export function sine(n, freq, phase = 0) {
  const out = buf(n);
  let p = phase;
  const f = typeof freq === 'function' ? freq : () => freq;
  for (let i = 0; i < n; i++) {
    out[i] = Math.sin(2 * Math.PI * p);
    p += f(i) / RATE;
  }
  return out;
}

/** Band-limited-enough sawtooth by summing harmonics up to ~0.4·RATE (fine for voices and engines). */
export function harmonicTone(n, freq, harmonicAmp = (k) => 1 / k) {
  const out = buf(n);
  const f = typeof freq === 'function' ? freq : () => freq;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const fi = f(i);
    const kmax = Math.max(1, Math.floor((RATE * 0.4) / Math.max(fi, 1)));
    let s = 0;
    for (let k = 1; k <= kmax; k++) s += harmonicAmp(k) * Math.sin(2 * Math.PI * k * p);
    out[i] = s;
    p += fi / RATE;
    if (p > 1) p -= 1;
  }
  return out;
}

/** Exponential decay envelope with a short linear attack: `tau` seconds to fall to 1/e. */
export function decayEnv(n, attack, tau) {
  const out = buf(n);
  const a = sec(attack);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    out[i] = (i < a ? i / a : 1) * Math.exp(-Math.max(0, t - attack) / tau);
  }
  return fadeTail(out);
}

/** Ramp the last `s` seconds (at most a quarter of the buffer) down to zero, so a cut-off sound never clicks. */
export function fadeTail(x, s = 0.03) {
  const n = Math.min(sec(s), Math.floor(x.length / 4));
  for (let i = 0; i < n; i++) x[x.length - 1 - i] *= i / n;
  return x;
}

/** Attack–hold–release envelope (linear ramps), total length n. */
export function ahr(n, attack, release) {
  const out = buf(n);
  const a = Math.max(1, sec(attack));
  const r = Math.max(1, sec(release));
  for (let i = 0; i < n; i++) out[i] = Math.min(1, i / a, (n - i) / r);
  return out;
}

export function mul(a, b) {
  const out = buf(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] * (typeof b === 'number' ? b : (b[i] ?? 0));
  return out;
}

/** Add `src × gain` into `dst` at sample `at`. With `wrap`, what runs past the end comes round to the start (loops). */
export function mixInto(dst, src, at = 0, gain = 1, wrap = false) {
  for (let i = 0; i < src.length; i++) {
    let j = at + i;
    if (wrap) j = ((j % dst.length) + dst.length) % dst.length;
    else if (j < 0 || j >= dst.length) continue;
    dst[j] += src[i] * gain;
  }
  return dst;
}

export function peak(x) {
  let m = 0;
  for (const v of x) m = Math.max(m, Math.abs(v));
  return m;
}

export function rms(x) {
  let s = 0;
  for (const v of x) s += v * v;
  return Math.sqrt(s / Math.max(1, x.length));
}

export function normalize(x, target = 0.8) {
  const p = peak(x);
  return p > 0 ? mul(x, target / p) : x;
}

/** Soft saturation: keeps peaks under 1 without hard clipping (a gentle tanh knee). */
export function soften(x, drive = 1) {
  const out = buf(x.length);
  const k = Math.tanh(drive);
  for (let i = 0; i < x.length; i++) out[i] = Math.tanh(x[i] * drive) / k;
  return out;
}

/** A slow random control signal in [0, 1] (smoothed sample-and-hold), e.g. gusts of wind or crowd swells. */
export function wander(n, r, ratePerSec, smoothHz) {
  const steps = buf(n);
  const hold = Math.max(1, Math.round(RATE / ratePerSec));
  let v = r.next();
  for (let i = 0; i < n; i++) {
    if (i % hold === 0) v = r.next();
    steps[i] = v;
  }
  let y = onePole(steps, smoothHz);
  y = onePole(y, smoothHz);
  return y;
}

/**
 * A small reverberant space (four parallel feedback combs into two allpasses), our own Schroeder-style network.
 * `size` scales the delay lengths (rooms ~0.6, courtyards ~1, streets ~1.4); `decay` is the comb feedback; `wet` mix.
 */
export function reverb(input, { size = 1, decay = 0.78, damp = 0.35, wet = 0.3, tail = 1.5 } = {}) {
  const n = input.length + sec(tail);
  const x = buf(n);
  x.set(input);
  const combs = [1557, 1617, 1491, 1422].map((d) => Math.round(d * size * (RATE / 44100)));
  const wetSig = buf(n);
  for (const d of combs) {
    const line = buf(d);
    let idx = 0,
      lp = 0;
    for (let i = 0; i < n; i++) {
      const out = line[idx];
      lp = out * (1 - damp) + lp * damp;
      line[idx] = x[i] + lp * decay;
      idx = (idx + 1) % d;
      wetSig[i] += out * 0.25;
    }
  }
  let y = wetSig;
  for (const d of [225, 556].map((v) => Math.round(v * size * (RATE / 44100)))) {
    const line = buf(d);
    const out = buf(n);
    let idx = 0;
    for (let i = 0; i < n; i++) {
      const bufOut = line[idx];
      const v = y[i] + bufOut * 0.5;
      line[idx] = v;
      out[i] = bufOut - v * 0.5;
      idx = (idx + 1) % d;
    }
    y = out;
  }
  const res = buf(n);
  for (let i = 0; i < n; i++) res[i] = x[i] * (1 - wet) + y[i] * wet;
  return res;
}

/** Reverb for a loop: the tail is wrapped round to the start so the loop stays seamless. */
export function reverbLoop(input, opts) {
  const wet = reverb(input, opts);
  const out = buf(input.length);
  return mixInto(out, wet, 0, 1, true);
}

/**
 * A plucked string by our own Karplus–Strong loop: a noise burst in a delay line with an averaging lowpass.
 * `bright` (0..1) shapes the burst; `tau` is the ring time in seconds.
 */
export function pluck(freq, dur, r, { bright = 0.5, tau = 1.2, gain = 1 } = {}) {
  const damping = 0.5 * Math.exp(-1 / (tau * freq)); // the loop loses 1/e of its level every `tau` seconds
  const n = sec(dur);
  const period = RATE / freq;
  const d = Math.max(2, Math.floor(period));
  const frac = period - d;
  const line = buf(d);
  let burst = white(d, r);
  burst = onePole(burst, 800 + bright * 6000);
  line.set(normalize(burst, 1));
  const out = buf(n);
  let idx = 0;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const a = line[idx];
    const b = line[(idx + 1) % d];
    const v = a + (b - a) * frac; // fractional delay for tuning
    const next = damping * 2 * (0.5 * v + 0.5 * prev);
    prev = v;
    line[idx] = next;
    idx = (idx + 1) % d;
    out[i] = v;
  }
  // a soft fade at the very end so notes never click off
  const fade = Math.min(n, sec(0.05));
  for (let i = 0; i < fade; i++) out[n - 1 - i] *= i / fade;
  return mul(out, gain);
}

/** Modal ring (sum of decaying sine partials): bells, metal, glass. partials: [{ f, amp, tau }]. */
export function modes(partials, dur) {
  const n = sec(dur);
  const out = buf(n);
  for (const { f, amp, tau, phase = 0 } of partials) {
    if (f >= RATE * 0.45) continue;
    const w = (2 * Math.PI * f) / RATE;
    for (let i = 0; i < n; i++) out[i] += amp * Math.sin(w * i + phase) * Math.exp(-i / RATE / tau);
  }
  const a = sec(0.002);
  for (let i = 0; i < a && i < n; i++) out[i] *= i / a;
  return fadeTail(out, Math.min(0.2, dur / 5));
}

/** A short filtered noise click (a knock, a tick, a key strike). */
export function click(dur, r, { f = 2000, q = 3, tau = 0.01 } = {}) {
  const n = sec(dur);
  return mul(biquad(white(n, r), 'bandpass', f, q), decayEnv(n, 0.0005, tau));
}

/** Equal-length crossfade of the tail into the head: a buffer of length L from one of length L + T, looping seamlessly. */
export function loopCrossfade(x, loopLen) {
  const T = x.length - loopLen;
  if (T <= 0) return x.slice(0, loopLen);
  const out = x.slice(0, loopLen);
  for (let i = 0; i < T; i++) {
    const t = i / T;
    out[i] = x[i] * Math.sin((Math.PI / 2) * t) + x[loopLen + i] * Math.cos((Math.PI / 2) * t);
  }
  return out;
}

/** Equal-tempered pitch from a MIDI note number. */
export const midi = (m) => 440 * Math.pow(2, (m - 69) / 12);

/** Fade the first and last `s` seconds (one-shot effects start and end at zero). */
export function fadeEnds(x, s = 0.01) {
  const out = x.slice();
  const n = Math.min(sec(s), Math.floor(x.length / 2));
  for (let i = 0; i < n; i++) {
    out[i] *= i / n;
    out[x.length - 1 - i] *= i / n;
  }
  return out;
}

/**
 * Apply a filter chain `fn` to a loop as if it had been playing round forever: run it over two turns and keep the
 * second, so the filters' memory at the start is what the end left behind (no transient at the seam).
 */
export function loopFx(x, fn) {
  const twice = buf(x.length * 2);
  twice.set(x);
  twice.set(x, x.length);
  return fn(twice).slice(x.length, x.length * 2);
}

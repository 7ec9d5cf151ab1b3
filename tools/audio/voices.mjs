// Building blocks shared by the ambience loops and the effects: animals, people, steps, small mechanical noises.
// Each returns a short mono buffer; callers place them in time (see mixInto) and set the distance.
import {
  RATE,
  sec,
  buf,
  white,
  biquad,
  onePole,
  mul,
  decayEnv,
  ahr,
  normalize,
  mixInto,
  sine,
  modes,
  fadeTail,
} from './dsp.mjs';

/** A naive sawtooth with a pitch function (cheap; always used behind formant filters, which hide its aliasing). */
export function saw(n, freq) {
  const out = buf(n);
  const f = typeof freq === 'function' ? freq : () => freq;
  let p = 0;
  for (let i = 0; i < n; i++) {
    out[i] = 2 * p - 1;
    p += f(i) / RATE;
    if (p >= 1) p -= 1;
  }
  return out;
}

/** Sparse random impulses (grains of gravel, crackle of a wax cylinder, glass shards). */
export function crackle(n, r, perSecond) {
  const out = buf(n);
  const chance = perSecond / RATE;
  for (let i = 0; i < n; i++) if (r.next() < chance) out[i] = r.bipolar();
  return out;
}

/** One dog bark: a harsh voiced yelp with a fast falling pitch. `size` > 1 is a bigger, lower dog. */
export function bark(r, size = 1) {
  const dur = r.range(0.16, 0.24) * size;
  const n = sec(dur);
  const f0 = r.range(430, 560) / size;
  const pitch = (i) => f0 * (1.15 - 0.45 * (i / n)) * (1 + 0.03 * Math.sin(i / 40));
  let src = saw(n, pitch);
  src = mixInto(src, mul(white(n, r), 0.5));
  const f1 = biquad(src, 'bandpass', 700 / Math.sqrt(size), 2.5);
  const f2 = biquad(src, 'bandpass', 1600 / Math.sqrt(size), 3);
  const env = decayEnv(n, 0.008, dur / 3);
  return normalize(fadeTail(mul(mixInto(f1, f2, 0, 0.6), env)), 1);
}

/** A hen's short "buk" cluck, or the long rising cackle note when `long`. */
export function cluck(r, long = false) {
  const dur = long ? r.range(0.28, 0.4) : r.range(0.05, 0.08);
  const n = sec(dur);
  const f0 = long ? r.range(560, 680) : r.range(300, 380);
  const pitch = (i) => f0 * (long ? 1 + 0.12 * Math.sin((Math.PI * i) / n) : 1.1 - 0.2 * (i / n));
  const src = saw(n, pitch);
  const voiced = mixInto(biquad(src, 'bandpass', long ? 1400 : 900, 4), biquad(src, 'bandpass', 2600, 5), 0, 0.4);
  const env = long ? ahr(n, 0.02, 0.12) : decayEnv(n, 0.004, dur / 2.5);
  return normalize(mul(voiced, env), 1);
}

/** A phrase of clucks: "buk … buk buk … buk-AAAK" sometimes. */
export function henPhrase(r) {
  const out = buf(sec(2.2));
  let t = 0;
  const count = Math.floor(r.range(2, 6));
  for (let k = 0; k < count; k++) {
    mixInto(out, cluck(r), sec(t), r.range(0.5, 0.9));
    t += r.range(0.12, 0.35);
  }
  if (r.next() < 0.45) mixInto(out, cluck(r, true), sec(t + 0.05), 0.8);
  return out;
}

/** A rabbit: a soft thump of a hind foot, or a rustle in the straw. */
export function rabbitSound(r) {
  if (r.next() < 0.5) {
    const n = sec(0.15);
    return mul(
      sine(n, (i) => 90 - 40 * (i / n)),
      decayEnv(n, 0.002, 0.03),
    );
  }
  const n = sec(r.range(0.3, 0.7));
  return mul(biquad(white(n, r), 'bandpass', 3500, 0.8), mul(ahr(n, 0.05, 0.2), 0.25));
}

/** A cricket's chirp train: a few pulses of a high tone. */
export function chirp(r, freq) {
  const pulses = Math.floor(r.range(2, 5));
  const pulseLen = 0.012;
  const gap = 0.018;
  const out = buf(sec(pulses * (pulseLen + gap) + 0.02));
  for (let k = 0; k < pulses; k++) {
    const n = sec(pulseLen);
    mixInto(out, mul(sine(n, freq), ahr(n, 0.003, 0.006)), sec(k * (pulseLen + gap)));
  }
  return out;
}

/**
 * A talker's murmur: voiced syllables with moving vowel formants and a wandering pitch. Never words: a texture
 * of speech heard through a wall or across a street. `seconds` long; `f0` around 110 (men) to 220 (women).
 */
export function murmur(r, seconds, f0 = 140, syllablesPerSec = 4) {
  const n = sec(seconds);
  const gate = buf(n);
  const f1s = buf(n);
  const f2s = buf(n);
  const vowels = [
    [300, 2300],
    [400, 2000],
    [550, 1800],
    [700, 1200],
    [500, 900],
    [350, 800],
  ];
  let t = r.range(0, 0.3);
  while (t < seconds) {
    const len = r.range(0.6, 1.4) / syllablesPerSec;
    const a = sec(t);
    const m = sec(len);
    const [v1, v2] = r.pick(vowels);
    for (let i = 0; i < m && a + i < n; i++) {
      gate[a + i] = Math.sin((Math.PI * i) / m) ** 2;
      f1s[a + i] = v1;
      f2s[a + i] = v2;
    }
    // phrase pauses now and then
    t += len + (r.next() < 0.15 ? r.range(0.3, 0.9) : r.range(0, 0.05));
  }
  for (let i = 1; i < n; i++)
    if (f1s[i] === 0) {
      f1s[i] = f1s[i - 1] || 500;
      f2s[i] = f2s[i - 1] || 1500;
    }
  const intonation = onePole(onePole(white(n, r), 1.5), 1.5);
  const src = saw(n, (i) => f0 * (1 + 3 * intonation[i]));
  const a = biquad(src, 'bandpass', (i) => f1s[i], 5);
  const b = biquad(src, 'bandpass', (i) => f2s[i], 7);
  const voice = mixInto(a, b, 0, 0.5);
  return normalize(mul(voice, onePole(gate, 30)), 1);
}

/** One footstep on gravel: a cloud of tiny grain clicks over a soft low thud. */
export function gravelStep(r, weight = 1) {
  const n = sec(0.3);
  const grains = biquad(crackle(n, r, 2600), 'bandpass', r.range(2200, 3200), 0.9);
  const bed = biquad(white(n, r), 'bandpass', 1800, 0.7);
  const crunch = mixInto(mul(grains, 3), bed, 0, 0.25);
  const env = buf(n);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    env[i] = Math.min(1, t / 0.01) * Math.exp(-t / 0.07) + 0.4 * Math.exp(-(((t - 0.08) / 0.03) ** 2));
  }
  const thud = mul(biquad(white(n, r), 'lowpass', 180, 0.9), decayEnv(n, 0.003, 0.04));
  return normalize(fadeTail(mixInto(mul(crunch, env), thud, 0, 1.5 * weight), 0.06), 1);
}

/** A footstep on a hard floor (tiles, boards): a short knock with a little ring. */
export function hardStep(r) {
  const n = sec(0.15);
  const knock = mul(biquad(white(n, r), 'bandpass', r.range(700, 1000), 2), decayEnv(n, 0.001, 0.02));
  const heel = mul(biquad(white(n, r), 'lowpass', 250), decayEnv(n, 0.001, 0.03));
  return normalize(mixInto(knock, heel, 0, 1.2), 1);
}

/** A typewriter key strike: the type bar hitting the platen (sharp) and the mechanism's clack (lower). */
export function typeKey(r) {
  const n = sec(0.09);
  const strike = mul(biquad(white(n, r), 'bandpass', r.range(2500, 3600), 2.5), decayEnv(n, 0.0003, 0.006));
  const clack = mul(biquad(white(n, r), 'bandpass', r.range(500, 750), 3), decayEnv(n, 0.001, 0.015));
  const ring = modes([{ f: 1830, amp: 0.05, tau: 0.03 }], 0.09);
  return normalize(mixInto(mixInto(strike, clack, sec(0.004), 0.8), ring), 1);
}

/** The carriage-return bell: a small bright bell ping. */
export function carriageBell() {
  return modes(
    [
      { f: 2093, amp: 1, tau: 0.5 },
      { f: 5300, amp: 0.35, tau: 0.18 },
      { f: 8000, amp: 0.15, tau: 0.06 },
    ],
    1,
  );
}

/** A bell struck once, partials in the usual church-bell ratios (hum, prime, tierce, quint, nominal…). */
export function bellStrike(fund, dur, r, bright = 1) {
  const ratios = [
    [0.5, 0.6, 1.0],
    [1, 0.8, 0.6],
    [1.19, 0.55, 0.45],
    [1.5, 0.35, 0.35],
    [2, 0.5, 0.3],
    [2.52, 0.25 * bright, 0.2],
    [3.01, 0.18 * bright, 0.14],
    [4.1, 0.1 * bright, 0.08],
    [5.43, 0.12 * bright, 0.04],
    [6.91, 0.08 * bright, 0.025],
  ];
  const ring = modes(
    ratios.map(([k, amp, tau]) => ({ f: fund * k * (1 + r.range(-0.002, 0.002)), amp, tau: tau * dur })),
    dur,
  );
  // the clapper's strike: a short bright knock on the bronze
  const n = sec(0.08);
  return mixInto(
    ring,
    mul(biquad(white(n, r), 'bandpass', fund * 9, 1.5), decayEnv(n, 0.0005, 0.012)),
    0,
    0.5 * bright,
  );
}

/** A tram's far bell: two quick dings. */
export function tramBell(r) {
  const out = buf(sec(1.2));
  const ding = () =>
    modes(
      [
        { f: 1250, amp: 1, tau: 0.35 },
        { f: 3130, amp: 0.4, tau: 0.12 },
        { f: 1875, amp: 0.3, tau: 0.2 },
      ],
      1,
    );
  mixInto(out, ding(), 0);
  mixInto(out, ding(), sec(r.range(0.2, 0.28)), 0.8);
  return out;
}

/** A horse's hoof on cobbles: a short hollow knock. */
export function hoof(r) {
  const n = sec(0.08);
  return mul(biquad(white(n, r), 'bandpass', r.range(600, 900), 4), decayEnv(n, 0.001, 0.012));
}

/** A clock tick (or tock): a small resonant wooden-metal click. */
export function tick(r, tock = false) {
  const n = sec(0.06);
  const c = mul(biquad(white(n, r), 'bandpass', tock ? 2100 : 2900, 8), decayEnv(n, 0.0003, 0.008));
  return normalize(mixInto(c, modes([{ f: tock ? 1400 : 1750, amp: 0.3, tau: 0.015 }], 0.06)), 1);
}

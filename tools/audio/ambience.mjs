// The nine ambience beds: texture only. The events that made a loop recognisable (dogs, hens, a tram, thunder, the
// typewriter) are one-shots now (oneshots.mjs), scattered over the bed by the audio adapter. Each recipe returns
// exactly LOOP seconds that loop without a seam: beds are rendered long and crossfaded tail-into-head
// (loopCrossfade), small events and reverb tails wrap round to the start (mixInto wrap).
import {
  sec,
  buf,
  rng,
  white,
  pink,
  brown,
  biquad,
  onePole,
  mul,
  mixInto,
  normalize,
  wander,
  reverbLoop,
  loopCrossfade,
  sine,
  decayEnv,
  loopFx,
} from './dsp.mjs';
import { rabbitSound, chirp, murmur, tick, gravelStep, crackle } from './voices.mjs';

export const LOOP = 16;
const L = sec(LOOP);
const XF = sec(2); // bed crossfade length

/** A noise bed that loops: rendered LOOP + 2 s, shaped by `shape`, then crossfaded tail into head. */
function bed(r, make, shape) {
  return loopCrossfade(shape(make(L + XF, r)), L);
}

/** Place `count` events at random times (wrapping), each made by `make(r)` at a random gain in [g0, g1]. */
function scatter(out, r, count, make, g0, g1) {
  for (let k = 0; k < count; k++) mixInto(out, make(r), Math.floor(r.next() * L), r.range(g0, g1), true);
  return out;
}

/** Wind with gusts: band-limited noise whose level and brightness follow a slow random gust curve. */
function windBed(r, level, centre, gustiness) {
  return bed(
    r,
    (n) => pink(n, r),
    (noise) => {
      const gust = wander(noise.length, r, 0.5, 0.35);
      const swept = biquad(noise, 'bandpass', (i) => centre * (0.7 + 0.8 * gust[i]), 0.9);
      const leaves = biquad(white(noise.length, r), 'highpass', 3000);
      const flutter = onePole(white(noise.length, r).map(Math.abs), 20);
      const out = buf(noise.length);
      for (let i = 0; i < out.length; i++) {
        const g = 1 - gustiness + gustiness * gust[i];
        out[i] = level * g * (swept[i] + 0.25 * leaves[i] * flutter[i] * 4 * g);
      }
      return out;
    },
  );
}

/** A far murmur of many people: talkers summed, muffled by distance. */
function crowdBed(r, talkers, muffleHz, rate = 4) {
  const out = buf(L);
  for (let k = 0; k < talkers; k++) {
    const m = murmur(r, LOOP + 1, r.pick([110, 125, 140, 180, 200, 220]), rate * r.range(0.8, 1.2));
    mixInto(out, loopCrossfade(m, L), 0, r.range(0.4, 1));
  }
  return loopFx(out, (x) => biquad(x, 'lowpass', muffleHz, 0.7));
}

function night(r) {
  const out = mul(
    bed(r, brown, (x) => biquad(x, 'lowpass', 400)),
    0.05,
  );
  mixInto(out, windBed(r, 0.12, 700, 0.6));
  // three crickets at their own pitch and pace
  for (const [freq, every, gain] of [
    [4400, 0.45, 0.35],
    [4750, 0.6, 0.22],
    [5100, 0.37, 0.14],
  ]) {
    for (let t = r.range(0, every); t < LOOP; t += every * r.range(0.85, 1.15)) {
      mixInto(out, chirp(r, freq), sec(t), gain, true);
    }
  }
  return out;
}

function garden(r) {
  const out = windBed(r, 0.35, 900, 0.75);
  scatter(out, r, 7, rabbitSound, 0.15, 0.3);
  return out;
}

function street(r) {
  const out = mul(
    bed(r, brown, (x) => biquad(x, 'lowpass', 250)),
    0.25,
  );
  // voices across the street
  mixInto(out, crowdBed(r, 3, 1500, 3.5), 0, 0.1);
  return out;
}

function market(r) {
  const out = crowdBed(r, 9, 2600, 4.5);
  mixInto(
    out,
    mul(
      bed(r, pink, (x) => biquad(x, 'lowpass', 600)),
      0.15,
    ),
  );
  // crates and baskets set down
  scatter(
    out,
    r,
    8,
    (rr) => mul(biquad(white(sec(0.1), rr), 'bandpass', rr.range(400, 900), 2), decayEnv(sec(0.1), 0.001, 0.02)),
    0.2,
    0.45,
  );
  return reverbLoop(out, { size: 1.2, decay: 0.6, wet: 0.15 });
}

function rain(r) {
  const out = bed(r, pink, (x) => mul(biquad(biquad(x, 'highpass', 500), 'lowpass', 7000), 0.5));
  // patter and drips
  const drops = loopFx(crackle(L, r, 400), (x) => biquad(x, 'bandpass', 3000, 0.8));
  mixInto(out, drops, 0, 0.6, true);
  for (let k = 0; k < 40; k++) {
    const f = r.range(1200, 2800);
    const m = sec(0.05);
    mixInto(
      out,
      mul(
        sine(m, (i) => f * (1 + (i / m) * 0.6)),
        decayEnv(m, 0.001, 0.01),
      ),
      Math.floor(r.next() * L),
      r.range(0.02, 0.08),
      true,
    );
  }
  return out;
}

function wind(r) {
  const out = windBed(r, 0.6, 600, 0.9);
  // the whistle of wind through the gate and the wire
  const whistle = bed(r, white, (x) => {
    const g = wander(x.length, r, 0.4, 0.3);
    return mul(
      biquad(x, 'bandpass', (i) => 900 + 500 * g[i], 25),
      g,
    );
  });
  mixInto(out, whistle, 0, 0.35);
  // a shutter knocking now and then
  scatter(
    out,
    r,
    3,
    (rr) => mul(biquad(white(sec(0.12), rr), 'bandpass', 300, 2), decayEnv(sec(0.12), 0.001, 0.03)),
    0.25,
    0.4,
  );
  return out;
}

function house(r) {
  const out = mul(
    bed(r, brown, (x) => biquad(x, 'lowpass', 200)),
    0.06,
  );
  // the clock: tick-tock once a second (16 s loop = 16 ticks, so the loop keeps time)
  const clock = buf(L);
  for (let s = 0; s < LOOP; s++) mixInto(clock, tick(r, s % 2 === 1), sec(s), 0.5, true);
  mixInto(out, reverbLoop(clock, { size: 0.5, decay: 0.5, wet: 0.2 }));
  return out;
}

function hospital(r) {
  const out = mul(
    bed(r, pink, (x) => biquad(x, 'lowpass', 500)),
    0.12,
  );
  // a ceiling fan turning slowly: a soft periodic whoosh (2 turns a second keeps the loop in time)
  const fan = bed(r, white, (x) => biquad(x, 'bandpass', 400, 1.5));
  for (let i = 0; i < L; i++) fan[i] *= 0.5 + 0.5 * Math.sin((2 * Math.PI * 2 * i) / sec(1)) ** 2;
  mixInto(out, fan, 0, 0.05);
  // steps along a tiled corridor, voices low, a metal tray set down
  const far = buf(L);
  mixInto(far, murmur(r, 4, 120, 3), sec(8), 0.3, true);
  mixInto(far, murmur(r, 3, 200, 3.5), sec(11), 0.25, true);
  mixInto(
    out,
    reverbLoop(
      loopFx(far, (x) => biquad(x, 'lowpass', 3000)),
      { size: 1.1, decay: 0.82, damp: 0.2, wet: 0.45 },
    ),
    0,
    0.6,
  );
  return out;
}

function crowd(r) {
  // the procession: a huge crowd, subdued, and the shuffle of many feet on the road
  const out = crowdBed(r, 14, 1800, 3);
  const shuffle = bed(
    r,
    (n) => crackle(n, r, 2500),
    (x) => mul(biquad(x, 'bandpass', 2000, 0.6), 2.5),
  );
  mixInto(out, shuffle, 0, 0.35);
  for (let t = 0.3; t < LOOP; t += r.range(0.25, 0.5))
    mixInto(out, gravelStep(r, 0.6), sec(t), r.range(0.03, 0.08), true);
  mixInto(
    out,
    mul(
      bed(r, brown, (x) => biquad(x, 'lowpass', 300)),
      0.3,
    ),
  );
  return reverbLoop(out, { size: 1.5, decay: 0.7, wet: 0.25 });
}

const RECIPES = { night, garden, street, market, rain, wind, house, hospital, crowd };

/** Render one ambience loop by id (seeded by its position so every id has its own, stable randomness). */
export function renderAmbience(id, seed) {
  const recipe = RECIPES[id];
  if (!recipe) throw new Error(`no ambience recipe for "${id}"`);
  const out = recipe(rng(seed));
  if (out.length !== L) throw new Error(`ambience "${id}" rendered ${out.length} samples, expected ${L}`);
  return normalize(out, 0.7);
}

export const AMBIENCE_RECIPE_IDS = Object.keys(RECIPES);

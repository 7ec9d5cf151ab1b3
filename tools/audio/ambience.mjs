// The nine ambience loops. Each recipe returns exactly LOOP seconds that loop without a seam: beds are rendered
// long and crossfaded tail-into-head (loopCrossfade), events and reverb tails wrap round to the start (mixInto wrap).
import {
  sec, buf, rng, white, pink, brown, biquad, onePole, mul, mixInto, normalize, wander, reverbLoop, loopCrossfade,
  sine, ahr, modes, decayEnv, loopFx,
} from './dsp.mjs';
import {
  bark, henPhrase, rabbitSound, chirp, murmur, hardStep, typeKey, tramBell, hoof, tick, gravelStep, saw, crackle,
} from './voices.mjs';

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
  return bed(r, (n) => pink(n, r), (noise) => {
    const gust = wander(noise.length, r, 0.5, 0.35);
    const swept = biquad(noise, 'bandpass', (i) => centre * (0.7 + 0.8 * gust[i]), 0.9);
    const leaves = biquad(white(noise.length, r), 'highpass', 3000);
    const flutter = onePole(white(noise.length, r).map(Math.abs), 20);
    const out = buf(noise.length);
    for (let i = 0; i < out.length; i++) {
      const g = (1 - gustiness) + gustiness * gust[i];
      out[i] = level * g * (swept[i] + 0.25 * leaves[i] * flutter[i] * 4 * g);
    }
    return out;
  });
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
  const out = mul(bed(r, brown, (x) => biquad(x, 'lowpass', 400)), 0.05);
  mixInto(out, windBed(r, 0.12, 700, 0.6));
  // three crickets at their own pitch and pace
  for (const [freq, every, gain] of [[4400, 0.45, 0.35], [4750, 0.6, 0.22], [5100, 0.37, 0.14]]) {
    for (let t = r.range(0, every); t < LOOP; t += every * r.range(0.85, 1.15)) {
      mixInto(out, chirp(r, freq), sec(t), gain, true);
    }
  }
  // distant dogs: a bark answered by another, far away down the river bed
  const dogs = buf(L);
  for (const at of [2.5, 9.3]) {
    let t = at;
    for (let k = 0; k < Math.floor(r.range(2, 5)); k++) {
      mixInto(dogs, bark(r, r.range(0.9, 1.3)), sec(t), r.range(0.6, 1), true);
      t += r.range(0.35, 0.7);
    }
  }
  mixInto(out, reverbLoop(loopFx(dogs, (x) => biquad(x, 'lowpass', 1200)), { size: 1.4, decay: 0.8, wet: 0.6 }), 0, 0.3);
  return out;
}

function garden(r) {
  const out = windBed(r, 0.35, 900, 0.75);
  const hens = buf(L);
  for (let t = r.range(0, 1); t < LOOP - 0.5; t += r.range(1.6, 3.4)) mixInto(hens, henPhrase(r), sec(t), r.range(0.4, 0.8), true);
  mixInto(out, reverbLoop(loopFx(hens, (x) => biquad(x, 'lowpass', 3500)), { size: 0.8, decay: 0.7, wet: 0.25 }), 0, 0.35);
  scatter(out, r, 7, rabbitSound, 0.15, 0.3);
  // a bird far off, twice
  for (const at of [5.1, 12.7]) {
    const n = sec(0.5);
    const call = mul(sine(n, (i) => 2600 + 700 * Math.sin(i / 300)), ahr(n, 0.05, 0.2));
    mixInto(out, call, sec(at), 0.04, true);
  }
  return out;
}

function street(r) {
  const out = mul(bed(r, brown, (x) => biquad(x, 'lowpass', 250)), 0.25);
  // a tram passing in the distance: a rumble swelling and fading with a thin wheel squeal
  const n = sec(9);
  const pass = ahr(n, 3.5, 4);
  const rumble = mul(biquad(brown(n, r), 'bandpass', 90, 1.2), pass);
  const squeal = mul(mul(sine(n, (i) => 2200 + 40 * Math.sin(i / 900)), pass), wander(n, r, 3, 4));
  const tram = mixInto(mul(rumble, 1.2), squeal, 0, 0.025);
  mixInto(tram, tramBell(r), sec(3.2), 0.1);
  mixInto(out, tram, sec(3), 0.9, true);
  // a cart: a horse walking by, clip-clop with a creaking wheel
  for (let t = 0, k = 0; t < 6; t += 0.28 + (k % 2) * 0.12, k++) {
    mixInto(out, hoof(r), sec(9.5 + t), 0.2 * Math.sin((Math.PI * t) / 6), true);
  }
  // voices across the street
  mixInto(out, crowdBed(r, 3, 1500, 3.5), 0, 0.1);
  return out;
}

function market(r) {
  const out = crowdBed(r, 9, 2600, 4.5);
  mixInto(out, mul(bed(r, pink, (x) => biquad(x, 'lowpass', 600)), 0.15));
  // vendors calling out: long sung vowels
  for (const at of [1.2, 6.8, 11.9]) {
    const m = sec(1.4);
    const f0 = r.range(180, 260);
    const cry = biquad(saw(m, (i) => f0 * (1 + 0.25 * Math.sin((Math.PI * i) / m))), 'bandpass', 900, 3);
    mixInto(out, mul(cry, ahr(m, 0.1, 0.5)), sec(at), 0.22, true);
  }
  // crates and baskets set down
  scatter(out, r, 8, (rr) => mul(biquad(white(sec(0.1), rr), 'bandpass', rr.range(400, 900), 2), decayEnv(sec(0.1), 0.001, 0.02)), 0.2, 0.45);
  // a dog, once
  mixInto(out, biquad(bark(r, 0.9), 'lowpass', 2000), sec(8.6), 0.12, true);
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
    mixInto(out, mul(sine(m, (i) => f * (1 + (i / m) * 0.6)), decayEnv(m, 0.001, 0.01)), Math.floor(r.next() * L), r.range(0.02, 0.08), true);
  }
  // a slow roll of thunder far off
  const th = sec(6);
  const thunder = mul(biquad(brown(th, r), 'lowpass', 140), mul(ahr(th, 1.2, 4), wander(th, r, 3, 2)));
  mixInto(out, thunder, sec(8), 0.8, true);
  return out;
}

function wind(r) {
  const out = windBed(r, 0.6, 600, 0.9);
  // the whistle of wind through the gate and the wire
  const whistle = bed(r, white, (x) => {
    const g = wander(x.length, r, 0.4, 0.3);
    return mul(biquad(x, 'bandpass', (i) => 900 + 500 * g[i], 25), g);
  });
  mixInto(out, whistle, 0, 0.35);
  // a shutter knocking now and then
  scatter(out, r, 3, (rr) => mul(biquad(white(sec(0.12), rr), 'bandpass', 300, 2), decayEnv(sec(0.12), 0.001, 0.03)), 0.25, 0.4);
  return out;
}

function house(r) {
  const out = mul(bed(r, brown, (x) => biquad(x, 'lowpass', 200)), 0.06);
  // the clock: tick-tock once a second (16 s loop = 16 ticks, so the loop keeps time)
  const clock = buf(L);
  for (let s = 0; s < LOOP; s++) mixInto(clock, tick(r, s % 2 === 1), sec(s), 0.5, true);
  mixInto(out, reverbLoop(clock, { size: 0.5, decay: 0.5, wet: 0.2 }));
  // the typewriter far off, behind a door: two bursts of typing
  const typing = buf(L);
  for (const [start, len] of [[3, 3.2], [10.5, 2.4]]) {
    for (let t = start; t < start + len; t += r.range(0.09, 0.25)) mixInto(typing, typeKey(r), sec(t), r.range(0.5, 1), true);
  }
  mixInto(out, loopFx(typing, (x) => biquad(biquad(x, 'lowpass', 1200), 'highpass', 150)), 0, 0.3);
  // a floorboard creak
  const c = sec(0.5);
  mixInto(out, mul(biquad(saw(c, (i) => 180 + 40 * Math.sin(i / 800)), 'bandpass', 700, 6), ahr(c, 0.1, 0.2)), sec(7.4), 0.08, true);
  return out;
}

function hospital(r) {
  const out = mul(bed(r, pink, (x) => biquad(x, 'lowpass', 500)), 0.12);
  // a ceiling fan turning slowly: a soft periodic whoosh (2 turns a second keeps the loop in time)
  const fan = bed(r, white, (x) => biquad(x, 'bandpass', 400, 1.5));
  for (let i = 0; i < L; i++) fan[i] *= 0.5 + 0.5 * Math.sin((2 * Math.PI * 2 * i) / sec(1)) ** 2;
  mixInto(out, fan, 0, 0.05);
  // steps along a tiled corridor, voices low, a metal tray set down
  const far = buf(L);
  for (let t = 1, k = 0; k < 14; t += 0.55, k++) mixInto(far, hardStep(r), sec(t), 0.6 * Math.sin((Math.PI * k) / 14), true);
  mixInto(far, murmur(r, 4, 120, 3), sec(8), 0.3, true);
  mixInto(far, murmur(r, 3, 200, 3.5), sec(11), 0.25, true);
  mixInto(far, modes([{ f: 1900, amp: 1, tau: 0.3 }, { f: 4700, amp: 0.5, tau: 0.15 }, { f: 3100, amp: 0.4, tau: 0.2 }], 0.8), sec(13.6), 0.15, true);
  mixInto(out, reverbLoop(loopFx(far, (x) => biquad(x, 'lowpass', 3000)), { size: 1.1, decay: 0.82, damp: 0.2, wet: 0.45 }), 0, 0.6);
  return out;
}

function crowd(r) {
  // the procession: a huge crowd, subdued, and the shuffle of many feet on the road
  const out = crowdBed(r, 14, 1800, 3);
  const shuffle = bed(r, (n) => crackle(n, r, 2500), (x) => mul(biquad(x, 'bandpass', 2000, 0.6), 2.5));
  mixInto(out, shuffle, 0, 0.35);
  for (let t = 0.3; t < LOOP; t += r.range(0.25, 0.5)) mixInto(out, gravelStep(r, 0.6), sec(t), r.range(0.03, 0.08), true);
  mixInto(out, mul(bed(r, brown, (x) => biquad(x, 'lowpass', 300)), 0.3));
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

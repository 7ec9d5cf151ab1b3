// The ambient one-shots: short events the audio adapter scatters over an ambience bed at seeded random times, gains
// and pans (src/core/audio/ambient-events.ts), so a bed never plays the same dog at the same second twice. They used
// to be baked into the 16 s loops, which made each loop recognisable; the beds now carry only texture.
import {
  sec,
  buf,
  rng,
  white,
  brown,
  pink,
  biquad,
  mul,
  mixInto,
  normalize,
  reverb,
  sine,
  ahr,
  modes,
  wander,
  fadeEnds,
} from './dsp.mjs';
import { bark, henPhrase, tramBell, hoof, typeKey, hardStep, murmur, saw } from './voices.mjs';

/** Far away: muffled and in a wide space. */
function far(x, cutoff, size = 1.3, wet = 0.5) {
  return reverb(biquad(x, 'lowpass', cutoff), { size, decay: 0.78, wet, tail: 0.8 });
}

function dog_far(r) {
  const out = buf(sec(2.6));
  let t = 0.05;
  const size = r.range(0.95, 1.3);
  for (let k = 0; k < Math.floor(r.range(3, 6)); k++) {
    mixInto(out, bark(r, size), sec(t), r.range(0.6, 1));
    t += r.range(0.3, 0.55);
  }
  return far(out, 1300, 1.4, 0.55);
}

function hens(r) {
  const out = buf(sec(2.8));
  mixInto(out, henPhrase(r), 0, 0.8);
  mixInto(out, henPhrase(r), sec(r.range(0.8, 1)), 0.5);
  return far(out, 3500, 0.8, 0.25);
}

function bird_far(r) {
  const n = sec(0.45);
  const out = buf(sec(1.4));
  for (const at of [0, 0.55]) {
    const f = r.range(2400, 2800);
    mixInto(
      out,
      mul(
        sine(n, (i) => f + 700 * Math.sin(i / 300)),
        ahr(n, 0.05, 0.2),
      ),
      sec(at),
      0.5,
    );
  }
  return far(out, 5000, 1, 0.3);
}

function tram_far(r) {
  const n = sec(5.5);
  const pass = ahr(n, 2, 3);
  const rumble = mul(biquad(brown(n, r), 'bandpass', 90, 1.2), pass);
  const squeal = mul(
    mul(
      sine(n, (i) => 2200 + 40 * Math.sin(i / 900)),
      pass,
    ),
    wander(n, r, 3, 4),
  );
  const tram = mixInto(mul(rumble, 1.2), squeal, 0, 0.025);
  mixInto(tram, tramBell(r), sec(1.8), 0.1);
  return far(tram, 3000, 1.4, 0.3);
}

function cart(r) {
  const out = buf(sec(4.5));
  for (let t = 0, k = 0; t < 4; t += 0.28 + (k % 2) * 0.12, k++) {
    mixInto(out, hoof(r), sec(t), Math.sin((Math.PI * t) / 4));
  }
  // the wheel's creak, once a turn
  for (let t = 0.5; t < 3.8; t += 1.3) {
    const c = sec(0.3);
    mixInto(
      out,
      mul(
        biquad(
          saw(c, (i) => 260 + 60 * Math.sin(i / 500)),
          'bandpass',
          900,
          8,
        ),
        ahr(c, 0.05, 0.2),
      ),
      sec(t),
      0.15,
    );
  }
  return far(out, 2500, 1.4, 0.35);
}

/** A lorry of the 1940s on the road beyond the wall: a low engine drone that rises, passes and falls away. */
function truck_far(r) {
  const n = sec(5.5);
  const pass = ahr(n, 2.5, 2.8);
  const engine = saw(n, (i) => 38 * (1.04 - 0.08 * (i / n)));
  const body = biquad(biquad(engine, 'lowpass', 260, 1.2), 'peak', 120, 2, 6);
  const tyres = biquad(pink(n, r), 'bandpass', 500, 0.7);
  const out = mixInto(mul(body, pass), mul(tyres, pass), 0, 0.35);
  return far(out, 900, 1.4, 0.3);
}

function vendor_call(r) {
  const m = sec(1.4);
  const f0 = r.range(180, 260);
  const cry = biquad(
    saw(m, (i) => f0 * (1 + 0.25 * Math.sin((Math.PI * i) / m))),
    'bandpass',
    900,
    3,
  );
  return far(mul(cry, ahr(m, 0.1, 0.5)), 2600, 1.2, 0.3);
}

function thunder_far(r) {
  const th = sec(5.5);
  return mul(biquad(brown(th, r), 'lowpass', 140), mul(ahr(th, 1, 3.8), wander(th, r, 3, 2)));
}

/** Rain on a tin roof next door: bright pings and a rattle, swelling for a moment and passing. */
function rain_tin(r) {
  const n = sec(3);
  const out = buf(n);
  const swell = ahr(n, 1, 1.6);
  for (let k = 0; k < 120; k++) {
    const at = Math.floor(r.next() * (n - sec(0.1)));
    const f = r.range(2500, 5200);
    const ping = modes(
      [
        { f, amp: 1, tau: 0.02 },
        { f: f * 1.53, amp: 0.4, tau: 0.012 },
      ],
      0.08,
    );
    mixInto(out, ping, at, r.range(0.05, 0.2) * swell[at]);
  }
  mixInto(out, mul(biquad(white(n, r), 'bandpass', 4000, 1), swell), 0, 0.05);
  return far(out, 7000, 0.7, 0.15);
}

function typing_far(r) {
  const out = buf(sec(3));
  for (let t = 0.05; t < 2.6; t += r.range(0.09, 0.25)) mixInto(out, typeKey(r), sec(t), r.range(0.5, 1));
  return biquad(biquad(out, 'lowpass', 1200), 'highpass', 150);
}

function floorboard(r) {
  const c = sec(0.6);
  const f = r.range(160, 200);
  return mul(
    biquad(
      saw(c, (i) => f + 40 * Math.sin(i / 800)),
      'bandpass',
      700,
      6,
    ),
    ahr(c, 0.1, 0.25),
  );
}

function corridor_steps(r) {
  const out = buf(sec(5));
  for (let t = 0.05, k = 0; k < 8; t += 0.55, k++)
    mixInto(out, hardStep(r), sec(t), Math.sin((Math.PI * (k + 0.5)) / 8));
  mixInto(out, murmur(r, 2, 120, 3), sec(2), 0.4);
  return reverb(biquad(out, 'lowpass', 3000), { size: 1.1, decay: 0.82, damp: 0.2, wet: 0.45, tail: 1 });
}

function tray(r) {
  const m = modes(
    [
      { f: 1900 * r.range(0.95, 1.05), amp: 1, tau: 0.3 },
      { f: 4700, amp: 0.5, tau: 0.15 },
      { f: 3100, amp: 0.4, tau: 0.2 },
    ],
    0.9,
  );
  return reverb(m, { size: 1.1, decay: 0.8, damp: 0.2, wet: 0.4, tail: 0.6 });
}

const RECIPES = {
  dog_far,
  hens,
  bird_far,
  tram_far,
  cart,
  truck_far,
  vendor_call,
  thunder_far,
  rain_tin,
  typing_far,
  floorboard,
  corridor_steps,
  tray,
};

/** Render one ambient one-shot by id: starts and ends at zero, so it can be dropped anywhere over a bed. */
export function renderOneshot(id, seed) {
  const recipe = RECIPES[id];
  if (!recipe) throw new Error(`no one-shot recipe for "${id}"`);
  return normalize(fadeEnds(recipe(rng(seed)), 0.02), 0.8);
}

export const ONESHOT_RECIPE_IDS = Object.keys(RECIPES);

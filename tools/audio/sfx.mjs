// The sixteen one-shot effects. Each recipe returns a short buffer that starts and ends at silence.
// The gunfire is deliberately distant and dull: shots heard from a guard's room in the night, never a spectacle.
import {
  RATE,
  sec,
  buf,
  rng,
  white,
  brown,
  biquad,
  mul,
  mixInto,
  normalize,
  reverb,
  sine,
  ahr,
  decayEnv,
  modes,
  fadeEnds,
  soften,
  wander,
} from './dsp.mjs';
import { bark, gravelStep, typeKey, carriageBell, bellStrike, saw, crackle, murmur } from './voices.mjs';

/** A metal body struck: inharmonic modes plus a short noise transient. */
function metalHit(r, base, dur, bright = 1) {
  const ratios = [1, 1.58, 2.31, 2.94, 3.87, 5.1];
  const ring = modes(
    ratios.map((k, i) => ({
      f: base * k * r.range(0.99, 1.01),
      amp: 1 / (1 + i * 0.6),
      tau: dur / (1 + (i * 0.8) / bright),
    })),
    dur,
  );
  const n = sec(dur);
  const hit = mul(biquad(white(n, r), 'bandpass', base * 3, 1.2), decayEnv(n, 0.0005, 0.01));
  return mixInto(ring, hit, 0, 2);
}

function gate_bolt(r) {
  const out = buf(sec(1.2));
  // the bolt drawn along its staple: a rough metal scrape rising in pitch
  const s = sec(0.35);
  const scrape = mul(
    biquad(white(s, r), 'bandpass', (i) => 1800 + 1800 * (i / s), 6),
    mul(ahr(s, 0.03, 0.05), wander(s, r, 60, 80)),
  );
  mixInto(out, scrape, 0, 1.5);
  // it shoots home with a clunk
  mixInto(out, metalHit(r, 420, 0.5), sec(0.36), 0.6);
  mixInto(out, mul(biquad(white(sec(0.2), r), 'lowpass', 200), decayEnv(sec(0.2), 0.001, 0.03)), sec(0.36), 1.2);
  return reverb(out, { size: 0.9, decay: 0.6, wet: 0.2, tail: 0.5 });
}

function steel_door(r) {
  const out = buf(sec(2.4));
  // a heavy hinge groaning as the door swings
  const g = sec(1.1);
  const groan = biquad(
    saw(g, (i) => 70 + 30 * Math.sin((Math.PI * i) / g) + 6 * Math.sin(i / 200)),
    'bandpass',
    500,
    3,
  );
  mixInto(out, mul(groan, ahr(g, 0.2, 0.3)), 0, 0.35);
  // the slam: low steel modes and a thump
  mixInto(out, metalHit(r, 95, 1.6, 0.6), sec(1.05), 0.9);
  mixInto(out, mul(biquad(brown(sec(0.4), r), 'lowpass', 120), decayEnv(sec(0.4), 0.002, 0.08)), sec(1.05), 1.5);
  return reverb(out, { size: 1.1, decay: 0.75, wet: 0.3, tail: 1 });
}

function car_engine(r) {
  const total = sec(4.5);
  const out = buf(total);
  // the starter motor cranking, then the engine catching and idling: firing pulses, rough and low
  const crank = sec(1.2);
  const motor = biquad(
    saw(crank, (i) => 45 + 10 * Math.sin(i / 1500)),
    'bandpass',
    400,
    2,
  );
  const cranks = buf(crank);
  for (let i = 0; i < crank; i++) cranks[i] = 0.55 + 0.45 * Math.sin((2 * Math.PI * 6 * i) / RATE);
  mixInto(out, mul(mul(motor, cranks), ahr(crank, 0.05, 0.1)), 0, 0.4);
  const start = sec(1.15);
  const run = total - start;
  // firing rate: a burst of revving then a steady idle
  const rpm = (i) => {
    const t = i / RATE;
    return t < 0.3 ? 14 + 40 * (t / 0.3) : 18 + 36 * Math.exp(-(t - 0.3) / 0.6);
  };
  let phase = 0;
  const pulses = buf(run);
  for (let i = 0; i < run; i++) {
    phase += rpm(i) / RATE;
    if (phase >= 1) {
      phase -= 1;
      pulses[i] = r.range(0.6, 1);
    }
  }
  const exhaust = biquad(biquad(mixInto(pulses, white(run, r), 0, 0.02), 'lowpass', 220, 1.5), 'peak', 90, 2, 8);
  mixInto(out, mul(normalize(exhaust, 1), ahr(run, 0.02, 0.6)), start, 1);
  mixInto(out, mul(biquad(white(run, r), 'bandpass', 1500, 1), ahr(run, 0.02, 0.6)), start, 0.02);
  return fadeEnds(soften(out, 1.2), 0.02);
}

function alarm_buzzer(_r) {
  // an electric alarm buzzer: a rough 120 Hz rasp, two long blasts
  const out = buf(sec(3));
  for (const [at, len] of [
    [0, 1.1],
    [1.5, 1.3],
  ]) {
    const n = sec(len);
    const raspy = saw(n, (i) => 120 + 2 * Math.sin(i / 50));
    const shaped = mixInto(biquad(raspy, 'bandpass', 1100, 2), biquad(raspy, 'bandpass', 2400, 4), 0, 0.6);
    mixInto(out, mul(soften(mul(shaped, 3), 1.5), ahr(n, 0.01, 0.03)), sec(at));
  }
  return reverb(out, { size: 0.7, decay: 0.5, wet: 0.15, tail: 0.4 });
}

function siren(_r) {
  // a motor siren winding up, holding, and winding down, heard across the neighbourhood
  const n = sec(5.5);
  const contour = (i) => {
    const t = i / RATE;
    if (t < 2) return 180 + 520 * (1 - Math.exp(-t / 0.8));
    if (t < 3) return 650 + 20 * Math.sin(t * 5);
    return 650 * Math.exp(-(t - 3) / 1.6) + 120;
  };
  const tone = mixInto(
    saw(n, contour),
    sine(n, (i) => contour(i) * 2),
    0,
    0.3,
  );
  const shaped = biquad(biquad(tone, 'lowpass', 1800), 'highpass', 150);
  const env = ahr(n, 0.4, 1.5);
  const dry = mul(shaped, env);
  return fadeEnds(reverb(dry, { size: 1.4, decay: 0.8, wet: 0.45, tail: 1.5 }), 0.05);
}

function gunfire(r) {
  // distant, muffled reports echoing between walls: a few irregular shots, no close-up detail
  const out = buf(sec(3.2));
  const times = [0.05, 0.42, 0.58, 1.3, 1.38, 1.9];
  for (const t of times) {
    const n = sec(0.2);
    const crack = mul(biquad(white(n, r), 'lowpass', 1400, 0.8), decayEnv(n, 0.0008, 0.018));
    const boom = mul(biquad(brown(n, r), 'lowpass', 160), decayEnv(n, 0.002, 0.05));
    mixInto(out, mixInto(crack, boom, 0, 1.2), sec(t), r.range(0.5, 1));
  }
  const wet = reverb(out, { size: 1.5, decay: 0.82, damp: 0.5, wet: 0.55, tail: 1.2 });
  return fadeEnds(biquad(wet, 'lowpass', 2200), 0.05);
}

function glass_break(r) {
  const total = sec(1.8);
  const out = buf(total);
  // the impact
  mixInto(out, mul(biquad(white(sec(0.15), r), 'highpass', 1500), decayEnv(sec(0.15), 0.0005, 0.03)), 0, 0.9);
  // shards: many small bright rings, thinning out as pieces fall
  for (let k = 0; k < 70; k++) {
    const t = Math.min(1.5, Math.abs(r.bipolar()) ** 2 * 1.5);
    const f = r.range(2500, 9000);
    mixInto(
      out,
      modes(
        [
          { f, amp: 1, tau: r.range(0.02, 0.12) },
          { f: f * 1.47, amp: 0.5, tau: 0.03 },
        ],
        0.3,
      ),
      sec(t),
      r.range(0.05, 0.2),
    );
  }
  mixInto(out, mul(biquad(crackle(total, r, 300), 'highpass', 2500), decayEnv(total, 0.001, 0.4)), 0, 1);
  return fadeEnds(reverb(out, { size: 0.7, decay: 0.5, wet: 0.15, tail: 0.3 }), 0.01);
}

function footsteps(r) {
  const out = buf(sec(3.4));
  for (let k = 0; k < 6; k++)
    mixInto(out, gravelStep(r, k % 2 ? 0.9 : 1.1), sec(0.1 + k * 0.52 + r.range(-0.03, 0.03)), r.range(0.7, 1));
  return fadeEnds(out, 0.02);
}

function typewriter(r) {
  const out = buf(sec(3.6));
  let t = 0.05;
  while (t < 2.4) {
    mixInto(out, typeKey(r), sec(t), r.range(0.6, 1));
    t += r.next() < 0.12 ? r.range(0.25, 0.4) : r.range(0.08, 0.16);
  }
  mixInto(out, carriageBell(), sec(2.5), 0.25);
  // the carriage return: a ratcheting slide
  const slide = sec(0.45);
  const ratchet = mul(biquad(crackle(slide, r, 900), 'bandpass', 1800, 1.5), ahr(slide, 0.02, 0.1));
  mixInto(out, mul(ratchet, 6), sec(2.75));
  mixInto(out, mul(biquad(white(sec(0.1), r), 'bandpass', 600, 2), decayEnv(sec(0.1), 0.001, 0.02)), sec(3.2), 0.8);
  return fadeEnds(reverb(out, { size: 0.5, decay: 0.45, wet: 0.12, tail: 0.2 }), 0.01);
}

function dictaphone(r) {
  // a wax-cylinder dictating machine: motor hum, needle hiss and crackle, a muffled voice in the horn
  const n = sec(3.5);
  const hum = mixInto(mixInto(sine(n, 60), sine(n, 120), 0, 0.5), sine(n, 180), 0, 0.25);
  const hiss = biquad(white(n, r), 'bandpass', 3000, 0.7);
  const tick = biquad(crackle(n, r, 30), 'highpass', 1000);
  const voice = biquad(biquad(murmur(r, 2.6, 130, 4.5), 'bandpass', 1200, 1.2), 'highpass', 400);
  const out = buf(n);
  mixInto(out, hum, 0, 0.06);
  mixInto(out, hiss, 0, 0.06);
  mixInto(out, tick, 0, 0.3);
  mixInto(out, voice, sec(0.5), 0.5);
  // the slight wow of the cylinder's speed
  return fadeEnds(mul(out, ahr(n, 0.15, 0.3)), 0.02);
}

function ambulance_bell(r) {
  // a hand-rung gong bell on the running board, struck fast and steadily
  const out = buf(sec(3.2));
  for (let t = 0; t < 2.6; t += 0.22 + r.range(-0.015, 0.015)) {
    mixInto(out, bellStrike(r.range(940, 960), 0.7, r, 1.3), sec(t), r.range(0.6, 0.9));
  }
  return fadeEnds(reverb(out, { size: 1.2, decay: 0.6, wet: 0.2, tail: 0.5 }), 0.05);
}

function dog_bark(r) {
  const out = buf(sec(1.6));
  let t = 0.02;
  for (let k = 0; k < 3; k++) {
    mixInto(out, bark(r, 1.15), sec(t), k === 1 ? 1 : 0.85);
    t += r.range(0.28, 0.42);
  }
  return fadeEnds(reverb(out, { size: 1, decay: 0.6, wet: 0.2, tail: 0.5 }), 0.01);
}

function rooster(r) {
  // cock-a-doodle-doo: four syllables, the last one long and falling, a raspy voiced tone
  const syllables = [
    [0, 0.14, 520, 560],
    [0.18, 0.14, 600, 640],
    [0.36, 0.22, 720, 760],
    [0.62, 0.9, 780, 520],
  ];
  const out = buf(sec(2));
  for (const [at, len, f0, f1] of syllables) {
    const n = sec(len);
    const pitch = (i) => f0 + (f1 - f0) * (i / n) + 12 * Math.sin(i / 30);
    const src = mixInto(saw(n, pitch), white(n, r), 0, 0.15);
    const v = mixInto(biquad(src, 'bandpass', 1500, 3), biquad(src, 'bandpass', 2800, 4), 0, 0.5);
    mixInto(out, mul(v, ahr(n, 0.02, Math.min(0.3, len / 2))), sec(at));
  }
  return fadeEnds(reverb(out, { size: 1.2, decay: 0.6, wet: 0.25, tail: 0.6 }), 0.02);
}

function church_bell(r) {
  // three slow tolls of a big bronze bell across the town
  const out = buf(sec(8));
  for (const t of [0, 2.4, 4.8]) mixInto(out, bellStrike(196, 3.2, r), sec(t), 0.8);
  return fadeEnds(reverb(out, { size: 1.4, decay: 0.7, wet: 0.3, tail: 0.5 }).subarray(0, sec(8.2)), 0.3);
}

function phone_ring(_r) {
  // an electromechanical bell: a clapper hammering two gongs about 20 times a second, two rings
  const out = buf(sec(4.2));
  for (const start of [0, 2.6]) {
    for (let t = 0; t < 1.2; t += 0.05) {
      const gong = (t / 0.05) % 2 < 1 ? 1180 : 1420;
      mixInto(
        out,
        modes(
          [
            { f: gong, amp: 1, tau: 0.12 },
            { f: gong * 2.76, amp: 0.4, tau: 0.05 },
          ],
          0.3,
        ),
        sec(start + t),
        0.5,
      );
    }
  }
  return fadeEnds(reverb(out, { size: 0.6, decay: 0.5, wet: 0.15, tail: 0.3 }), 0.02);
}

function hammer(r) {
  // nailing boards: five blows, wood thump plus a little ring of the nail
  const out = buf(sec(3));
  for (let k = 0; k < 5; k++) {
    const t = 0.05 + k * 0.5 + r.range(-0.03, 0.03);
    const n = sec(0.25);
    const wood = mul(biquad(white(n, r), 'bandpass', r.range(350, 500), 3), decayEnv(n, 0.0005, 0.035));
    const nail = modes(
      [
        { f: 2300 + k * 90, amp: 0.3, tau: 0.04 },
        { f: 4100, amp: 0.15, tau: 0.02 },
      ],
      0.25,
    );
    mixInto(out, mixInto(wood, nail), sec(t), k === 4 ? 1 : 0.8);
  }
  return fadeEnds(reverb(out, { size: 0.9, decay: 0.6, wet: 0.25, tail: 0.4 }), 0.02);
}

const RECIPES = {
  gate_bolt,
  steel_door,
  car_engine,
  alarm_buzzer,
  siren,
  gunfire,
  glass_break,
  footsteps,
  typewriter,
  dictaphone,
  ambulance_bell,
  dog_bark,
  rooster,
  church_bell,
  phone_ring,
  hammer,
};

export function renderSfx(id, seed) {
  const recipe = RECIPES[id];
  if (!recipe) throw new Error(`no effect recipe for "${id}"`);
  return normalize(fadeEnds(recipe(rng(seed)), 0.005), 0.8);
}

export const SFX_RECIPE_IDS = Object.keys(RECIPES);

// The five music cues: sparse, period-appropriate, made of a plucked nylon-string guitar (our Karplus–Strong) and
// low drones. Each cue is four variations of its phrase laid end to end (at least two minutes; no variation twice
// in a row; the last one leaves room for silence), rendered as a circle (note tails wrap to the start), so it loops
// without a seam.
import {
  sec,
  buf,
  rng,
  pluck,
  biquad,
  mul,
  mixInto,
  normalize,
  reverbLoop,
  loopCrossfade,
  sine,
  wander,
  midi,
  brown,
  soften,
  loopFx,
} from './dsp.mjs';
import { saw } from './voices.mjs';

/** Note names → MIDI numbers (octave 4 = middle C's octave). */
const N = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
function note(name) {
  const m = /^([A-G])(b|#)?(\d)$/.exec(name);
  if (!m) throw new Error(`bad note ${name}`);
  return 12 * (Number(m[3]) + 1) + N[m[1]] + (m[2] === 'b' ? -1 : m[2] === '#' ? 1 : 0);
}

/** A guitar part: events [beat, noteName, gain?, ringSeconds?] at `beatSec`, mixed round a loop of `len` seconds. */
function guitar(r, len, beatSec, events, { tau = 1.4, bright = 0.45 } = {}) {
  const out = buf(sec(len));
  for (const [beat, name, gain = 0.7, ring = 3.5] of events) {
    const f = midi(note(name));
    const start = sec(beat * beatSec + r.range(-0.012, 0.012)); // a human hand, not a sequencer
    mixInto(out, pluck(f, ring, r, { tau: tau * (f < 150 ? 1.6 : 1), bright }), start, gain, true);
  }
  // the guitar's wooden body: a warm low resonance, a softened top
  const body = loopFx(out, (x) =>
    biquad(biquad(biquad(x, 'peak', 105, 1.5, 5), 'peak', 220, 2, 3), 'lowpass', 3800, 0.7),
  );
  return reverbLoop(body, { size: 0.9, decay: 0.72, damp: 0.45, wet: 0.22, tail: 2 });
}

/** A low drone on `freqs`, breathing slowly, looping seamlessly. */
function drone(r, len, freqs, level, brightHz = 300) {
  const n = sec(len);
  const xf = sec(3);
  const total = n + xf;
  const sum = buf(total);
  for (const f of freqs) {
    const s = saw(total, (i) => f * (1 + 0.002 * Math.sin(i / 20000)));
    mixInto(sum, s, 0, 1 / freqs.length);
  }
  const swell = wander(total, r, 0.25, 0.15);
  const shaped = mul(
    biquad(sum, 'lowpass', (i) => brightHz * (0.6 + 0.8 * swell[i]), 0.9),
    swell,
  );
  return mul(loopCrossfade(shaped, n), level);
}

/**
 * A phrase's part in one variation. Events are [beat, note, gain, ring]; `bass` marks the notes on a chord's first
 * beat. Variations keep the harmony and change the texture, so a phrase never comes back the same twice in a row:
 * - `full`: everything; `plain`: the accompaniment alone (the melody rests);
 * - `high`: the melody an octave up over a thinned accompaniment; `bare`: bass notes and melody only;
 * - `breath`: the first half bare, then silence (the ambience carries the scene: silence is a choice too).
 */
const VARIANTS = {
  full: (p) => [...p.arp, ...p.melody],
  plain: (p) => p.arp,
  high: (p) => [
    ...p.arp.filter((_, k) => k % 2 === 0),
    ...p.melody.map(([b, n, g = 0.5, ring = 4]) => [b, up(n), g * 0.8, ring]),
  ],
  bare: (p) => [...p.arp.filter((e) => p.bass.has(e)), ...p.melody],
  breath: (p) =>
    [...p.arp, ...p.melody].filter(([b]) => b < p.beats / 2).filter((e) => p.bass.has(e) || p.melody.includes(e)),
};

/** A note an octave up ('E4' → 'E5'). */
function up(name) {
  return name.replace(/(\d)$/, (d) => String(Number(d) + 1));
}

/**
 * The order of variations for a cue: `full` first, then the others in a seeded order with none twice in a row,
 * ending on `breath` (so the seam, breath → full, is a rest before the theme comes back).
 */
function variationOrder(r, count) {
  const middle = ['high', 'plain', 'bare'];
  for (let i = middle.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [middle[i], middle[j]] = [middle[j], middle[i]];
  }
  const order = ['full'];
  while (order.length < count - 1) order.push(middle[(order.length - 1) % middle.length]);
  order.push('breath');
  return order;
}

/**
 * Lay a phrase's variations end to end (on the bar line: tails ring over into the next) for `count` phrases.
 * Throws if two neighbours (the loop seam included) would play the same notes: that would be a repeat.
 */
function compose(r, phrase, count) {
  const events = [];
  const order = variationOrder(r, count);
  const notes = (name) =>
    JSON.stringify(
      VARIANTS[name](phrase)
        .map(([b, n]) => [b, n])
        .sort(),
    );
  order.forEach((name, k) => {
    const next = order[(k + 1) % order.length];
    if (notes(name) === notes(next)) throw new Error(`variations ${name} and ${next} of a phrase are the same notes`);
    for (const [beat, ...rest] of VARIANTS[name](phrase)) events.push([beat + k * phrase.beats, ...rest]);
  });
  return events;
}

/** A phrase from chords arpeggiated under a melody: { arp, melody, bass, beats }. */
function chordPhrase(chords, beatsPerChord, pattern, melody, melodyRing = 4) {
  const arp = [];
  const bass = new Set();
  chords.forEach(([low, upper], c) => {
    const b0 = c * beatsPerChord;
    const root = [b0, low, 0.8, 5];
    bass.add(root);
    arp.push(root);
    pattern.forEach(([beat, k, gain]) => arp.push([b0 + beat, upper[k % upper.length], gain, 3.5]));
  });
  const tune = melody.map(([b, n, g = 0.55, ring = melodyRing]) => [b, n, g, ring]);
  return { arp, melody: tune, bass, beats: chords.length * beatsPerChord };
}

/** Phrases per cue: 4 × 32 s (grief 4 × 36 s), so every cue lasts at least two minutes before it loops. */
const PHRASES = 4;

function title(r) {
  // A minor, slow 3/4 (two bars per chord): a walking arpeggio and a small melody on top
  const beat = 2 / 3;
  const chords = [
    ['A2', ['E3', 'A3', 'C4']],
    ['D3', ['F3', 'A3', 'D4']],
    ['E2', ['E3', 'G#3', 'B3']],
    ['A2', ['E3', 'A3', 'C4']],
    ['F2', ['C3', 'F3', 'A3']],
    ['D3', ['F3', 'A3', 'D4']],
    ['E2', ['D3', 'G#3', 'B3']],
    ['A2', ['E3', 'A3', 'C4']],
  ];
  const melody = [
    [0.5, 'E4'],
    [6.5, 'F4'],
    [9, 'E4'],
    [12.5, 'D4'],
    [15, 'B3'],
    [18.5, 'C4'],
    [24.5, 'A4'],
    [27, 'G4'],
    [30.5, 'F4'],
    [36.5, 'E4'],
    [39, 'D4'],
    [42.5, 'C4'],
    [45, 'B3'],
    [42, 'E4', 0.3],
  ];
  const phrase = chordPhrase(
    chords,
    6,
    [
      [1, 0, 0.45],
      [2, 1, 0.45],
      [3, 2, 0.4],
      [4, 1, 0.35],
    ],
    melody,
  );
  const len = PHRASES * phrase.beats * beat;
  const out = guitar(r, len, beat, compose(r, phrase, PHRASES));
  return mixInto(out, drone(r, len, [55, 82.4], 0.12, 220));
}

function house(r) {
  // G major, unhurried and warm: the household's daily rhythm
  const beat = 2 / 3;
  const chords = [
    ['G2', ['D3', 'G3', 'B3']],
    ['C3', ['E3', 'G3', 'C4']],
    ['D3', ['F#3', 'A3', 'D4']],
    ['G2', ['D3', 'G3', 'B3']],
    ['E2', ['E3', 'G3', 'B3']],
    ['C3', ['E3', 'G3', 'C4']],
    ['D3', ['F#3', 'A3', 'C4']],
    ['G2', ['D3', 'G3', 'B3']],
  ];
  const melody = [
    [2, 'D4'],
    [8, 'E4'],
    [11, 'G4'],
    [14, 'F#4'],
    [20, 'G4'],
    [26.5, 'B4'],
    [29, 'A4'],
    [32, 'G4'],
    [38, 'A4'],
    [41, 'F#4'],
    [44, 'D4'],
  ].map(([b, n]) => [b, n, 0.5, 3.5]);
  const phrase = chordPhrase(
    chords,
    6,
    [
      [1, 1, 0.4],
      [2, 2, 0.4],
      [3.5, 0, 0.35],
    ],
    melody,
  );
  const len = PHRASES * phrase.beats * beat;
  return guitar(r, len, beat, compose(r, phrase, PHRASES), { tau: 1.2, bright: 0.5 });
}

function dread(r) {
  // a low unsettled drone with a semitone rub, and a muted low string plucked now and then
  const beats = 32;
  const plucks = [
    [0, 'E2', 0.6, 6],
    [5.5, 'F2', 0.5, 6],
    [12, 'E2', 0.6, 6],
    [17, 'Bb2', 0.4, 6],
    [22, 'A2', 0.55, 6],
    [27.5, 'F2', 0.45, 6],
  ];
  // the plucks are the accompaniment (the two low Es its bass); a faint high line rubbing E against F is the melody
  const line = [
    [8, 'E4', 0.25, 5],
    [20, 'F4', 0.22, 5],
    [29, 'E4', 0.2, 5],
  ];
  const phrase = { arp: plucks, melody: line, bass: new Set([plucks[0], plucks[2]]), beats };
  const len = PHRASES * beats;
  const out = drone(r, len, [55, 58.27, 82.41], 0.5, 260);
  mixInto(out, mul(drone(r, len, [27.5], 1, 90), 0.6));
  mixInto(out, guitar(r, len, 1, compose(r, phrase, PHRASES), { tau: 2.5, bright: 0.2 }), 0, 0.9);
  // a faint high tremble, like wind on a wire
  const n = sec(len);
  const high = mul(sine(n, 880 * 1.06), wander(n, r, 0.5, 0.3));
  mixInto(out, high, 0, 0.015);
  mixInto(out, mul(loopCrossfade(biquad(brown(n + sec(2), r), 'lowpass', 80), n), 0.25));
  return out;
}

function grief(r) {
  // D minor, one note at a time with space between: a slow descending lament over a soft drone
  const beat = 1;
  const line = [
    [0, 'D3', 0.6, 6],
    [1, 'A3', 0.45],
    [2, 'F4', 0.5],
    [4, 'E4', 0.5],
    [5, 'D4', 0.45],
    [6, 'G2', 0.55, 6],
    [7, 'D3', 0.4],
    [8, 'Bb3', 0.5],
    [10, 'A3', 0.5],
    [12, 'A2', 0.6, 6],
    [13, 'E3', 0.4],
    [14, 'C#4', 0.5],
    [16, 'E4', 0.45],
    [17, 'G4', 0.5],
    [18, 'D3', 0.6, 6],
    [19, 'A3', 0.45],
    [20, 'F4', 0.5],
    [22, 'D4', 0.45],
    [24, 'Bb2', 0.55, 6],
    [25, 'F3', 0.4],
    [26, 'D4', 0.45],
    [28, 'C4', 0.45],
    [29, 'Bb3', 0.4],
    [30, 'A2', 0.6, 6],
    [31, 'E3', 0.4],
    [32, 'C#4', 0.45],
    [33, 'A3', 0.45, 5],
  ].map(([b, n, g, ring = 3.5]) => [b, n, g, ring]);
  // the low notes (ring 6) are the bass; the rest is the line
  const low = line.filter((e) => e[3] === 6);
  const phrase = { arp: low, melody: line.filter((e) => e[3] !== 6), bass: new Set(low), beats: 36 };
  const len = PHRASES * phrase.beats * beat;
  const out = guitar(r, len, beat, compose(r, phrase, PHRASES), { tau: 1.8, bright: 0.35 });
  return mixInto(out, drone(r, len, [73.42, 110], 0.1, 200));
}

function epilogue(r) {
  // A minor turning to A major: quieter, higher, and the last chord left to ring
  const beat = 2 / 3;
  const chords = [
    ['A2', ['E3', 'A3', 'C4']],
    ['F2', ['C3', 'F3', 'A3']],
    ['C3', ['E3', 'G3', 'C4']],
    ['E2', ['E3', 'G#3', 'B3']],
    ['A2', ['E3', 'A3', 'C#4']],
    ['D3', ['F#3', 'A3', 'D4']],
    ['E2', ['E3', 'G#3', 'B3']],
    ['A2', ['E3', 'A3', 'C#4']],
  ];
  const melody = [
    [0.5, 'C5'],
    [6.5, 'A4'],
    [12.5, 'G4'],
    [18.5, 'B4'],
    [24.5, 'C#5'],
    [30.5, 'D5'],
    [36.5, 'B4'],
    [42.5, 'A4'],
  ].map(([b, n]) => [b, n, 0.4, 4.5]);
  const phrase = chordPhrase(
    chords,
    6,
    [
      [1.5, 0, 0.3],
      [2.5, 1, 0.3],
      [3.5, 2, 0.3],
    ],
    melody,
  );
  const len = PHRASES * phrase.beats * beat;
  return guitar(r, len, beat, compose(r, phrase, PHRASES), { tau: 1.6, bright: 0.4 });
}

const RECIPES = { title, house, dread, grief, epilogue };

export function renderMusic(id, seed) {
  const recipe = RECIPES[id];
  if (!recipe) throw new Error(`no music recipe for "${id}"`);
  return normalize(soften(normalize(recipe(rng(seed)), 1), 1.1), 0.75);
}

export const MUSIC_RECIPE_IDS = Object.keys(RECIPES);

import type { AmbienceId } from '../stage/ids.ts';

/**
 * The ambient one-shots: short events (a dog far off, a lorry on the road, hens, rain on a tin roof) that the audio
 * adapter scatters over an ambience bed at seeded random times, so the scene never repeats (docs/sound.md). Files
 * live in `assets/audio/oneshot/<id>.ogg`, made by `tools/audio/oneshots.mjs` (which reads this list).
 */
export const ONESHOT_IDS = [
  'dog_far',
  'hens',
  'bird_far',
  'tram_far',
  'cart',
  'truck_far',
  'vendor_call',
  'thunder_far',
  'rain_tin',
  'typing_far',
  'floorboard',
  'corridor_steps',
  'tray',
] as const;
export type OneshotId = (typeof ONESHOT_IDS)[number];

/** English captions (Spanish: src/ui/strings/es-captions.ts). Shown at most one a second (caption-limiter.ts). */
export const ONESHOT_CAPTIONS: Readonly<Record<OneshotId, string>> = {
  dog_far: '[A dog barks far off]',
  hens: '[Hens cluck]',
  bird_far: '[A bird calls in the distance]',
  tram_far: '[A tram rumbles past, far off]',
  cart: '[A horse and cart go by]',
  truck_far: '[A lorry passes on the road]',
  vendor_call: '[A vendor calls out]',
  thunder_far: '[Thunder rolls far away]',
  rain_tin: '[Rain rattles on a tin roof]',
  typing_far: '[Typing behind a door]',
  floorboard: '[A floorboard creaks]',
  corridor_steps: '[Steps and low voices in the corridor]',
  tray: '[A metal tray is set down]',
};

/** How a bed is built and which events fall on it. */
export interface AmbienceBed {
  /**
   * Whether the adapter adds a second, slowed copy of the loop (rate LAYER_RATE, started half a loop in), so two
   * layers of different lengths drift against each other. Off for beds that keep time (a clock, a ceiling fan).
   */
  readonly layered: boolean;
  /** Seconds between one event's start and the next: drawn uniformly from [min, max]. */
  readonly gapSec: readonly [number, number];
  /** The events that may fall on this bed, with relative weights. Empty: texture only. */
  readonly events: readonly (readonly [OneshotId, number])[];
}

/**
 * The second layer's playback rate: a loop of L seconds lasts L / LAYER_RATE (16 s → 16.87 s). Chosen so that in 15
 * minutes the two layers never come back within 0.27 s of an earlier alignment (tests/unit/audio/event-schedule.test.ts).
 */
export const LAYER_RATE = 0.94827;
/** Where the second layer starts in the file (half the 16 s bed), so the two layers never begin in step. */
export const LAYER_OFFSET_SEC = 8;

/** The file of a one-shot, under `assets/audio/`. */
export function oneshotFile(id: OneshotId): string {
  return `oneshot/${id}.ogg`;
}

export const AMBIENCE_BEDS: Readonly<Record<AmbienceId, AmbienceBed>> = {
  night: {
    layered: true,
    gapSec: [9, 26],
    events: [
      ['dog_far', 3],
      ['truck_far', 1],
      ['bird_far', 1],
    ],
  },
  garden: {
    layered: true,
    gapSec: [6, 18],
    events: [
      ['hens', 4],
      ['bird_far', 2],
      ['dog_far', 1],
    ],
  },
  street: {
    layered: true,
    gapSec: [7, 20],
    events: [
      ['tram_far', 2],
      ['cart', 2],
      ['truck_far', 2],
      ['dog_far', 1],
    ],
  },
  market: {
    layered: true,
    gapSec: [5, 14],
    events: [
      ['vendor_call', 4],
      ['cart', 1],
      ['dog_far', 1],
      ['hens', 1],
    ],
  },
  rain: {
    layered: true,
    gapSec: [8, 24],
    events: [
      ['rain_tin', 3],
      ['thunder_far', 2],
    ],
  },
  wind: {
    layered: true,
    gapSec: [14, 34],
    events: [
      ['dog_far', 1],
      ['bird_far', 1],
    ],
  },
  house: {
    layered: false,
    gapSec: [10, 28],
    events: [
      ['typing_far', 3],
      ['floorboard', 2],
      ['truck_far', 1],
    ],
  },
  hospital: {
    layered: false,
    gapSec: [9, 24],
    events: [
      ['corridor_steps', 3],
      ['tray', 2],
    ],
  },
  crowd: {
    layered: true,
    gapSec: [20, 45],
    events: [
      ['dog_far', 1],
      ['bird_far', 1],
    ],
  },
};

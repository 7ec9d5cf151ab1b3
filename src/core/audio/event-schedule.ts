import type { AmbienceId } from '../stage/ids.ts';
import { AMBIENCE_BEDS, type OneshotId } from './ambient-events.ts';

/** A source of numbers in [0, 1). Injected, so a test (or a seed) gives the same scene every time. */
export interface RandomSource {
  next(): number;
}

/** A seeded random source (mulberry32): small, fast, and the same sequence for the same seed. */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return {
    next: () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** One event to play over a bed: `afterMs` from the previous one, at a gain, pan and playback rate of its own. */
export interface AmbientEvent {
  readonly id: OneshotId;
  readonly afterMs: number;
  /** 0.35–1, times the ambience level: near and far. */
  readonly gain: number;
  /** -0.7 (left) to 0.7 (right). */
  readonly pan: number;
  /** 0.92–1.08: a slightly bigger or smaller dog, a faster lorry. */
  readonly rate: number;
}

const between = (random: RandomSource, lo: number, hi: number): number => lo + (hi - lo) * random.next();

/**
 * The next event on `ambience`'s bed, or null for a bed with no events. Never the same one-shot as `previous` when
 * the bed has more than one, so nothing plays twice in a row. Pure: everything random comes from `random`.
 */
export function nextAmbientEvent(
  ambience: AmbienceId,
  random: RandomSource,
  previous: OneshotId | null,
): AmbientEvent | null {
  const bed = AMBIENCE_BEDS[ambience];
  const pool = bed.events.length > 1 ? bed.events.filter(([id]) => id !== previous) : bed.events;
  const total = pool.reduce((sum, [, weight]) => sum + weight, 0);
  if (total <= 0) return null;
  const afterMs = Math.round(1000 * between(random, bed.gapSec[0], bed.gapSec[1]));
  let pick = random.next() * total;
  const last = pool.at(-1);
  if (last === undefined) return null;
  let id = last[0];
  for (const [candidate, weight] of pool) {
    if (pick < weight) {
      id = candidate;
      break;
    }
    pick -= weight;
  }
  return {
    id,
    afterMs,
    gain: between(random, 0.35, 1),
    pan: between(random, -0.7, 0.7),
    rate: between(random, 0.92, 1.08),
  };
}

/** The events of the first `durationMs` on a bed (tests and the docs' arithmetic): what the adapter would play. */
export function planAmbientEvents(ambience: AmbienceId, random: RandomSource, durationMs: number): AmbientEvent[] {
  const events: AmbientEvent[] = [];
  let at = 0;
  let previous: OneshotId | null = null;
  for (;;) {
    const event = nextAmbientEvent(ambience, random, previous);
    if (!event || at + event.afterMs > durationMs) return events;
    at += event.afterMs;
    events.push(event);
    previous = event.id;
  }
}

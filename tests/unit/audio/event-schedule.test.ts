import { describe, expect, it } from 'vitest';
import { AMBIENCE_BEDS, LAYER_RATE, ONESHOT_CAPTIONS, ONESHOT_IDS } from '../../../src/core/audio/ambient-events.ts';
import {
  nextAmbientEvent,
  planAmbientEvents,
  seededRandom,
  type RandomSource,
} from '../../../src/core/audio/event-schedule.ts';
import { AMBIENCE_IDS } from '../../../src/core/stage/ids.ts';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** A random source that replays a fixed list (then repeats it), to pin each draw. */
function scripted(values: number[]): RandomSource {
  let i = 0;
  return { next: () => values[i++ % values.length]! };
}

describe('the ambient event schedule', () => {
  it('gives the same events for the same seed and different ones for another', () => {
    const a = planAmbientEvents('street', seededRandom(7), FIFTEEN_MINUTES);
    const b = planAmbientEvents('street', seededRandom(7), FIFTEEN_MINUTES);
    const c = planAmbientEvents('street', seededRandom(8), FIFTEEN_MINUTES);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.length).toBeGreaterThan(20);
  });

  it('never plays the same one-shot twice in a row on a bed that has more than one', () => {
    for (const ambience of AMBIENCE_IDS) {
      const events = planAmbientEvents(ambience, seededRandom(1940), FIFTEEN_MINUTES);
      for (let k = 1; k < events.length; k++) expect(events[k]!.id, `${ambience} #${k}`).not.toBe(events[k - 1]!.id);
    }
  });

  it('spaces events by the bed gap range and keeps gain, pan and rate in their ranges', () => {
    for (const ambience of AMBIENCE_IDS) {
      const [min, max] = AMBIENCE_BEDS[ambience].gapSec;
      for (const e of planAmbientEvents(ambience, seededRandom(3), FIFTEEN_MINUTES)) {
        expect(e.afterMs).toBeGreaterThanOrEqual(min * 1000);
        expect(e.afterMs).toBeLessThanOrEqual(max * 1000);
        expect(e.gain).toBeGreaterThanOrEqual(0.35);
        expect(e.gain).toBeLessThanOrEqual(1);
        expect(Math.abs(e.pan)).toBeLessThanOrEqual(0.7);
        expect(e.rate).toBeGreaterThanOrEqual(0.92);
        expect(e.rate).toBeLessThanOrEqual(1.08);
        expect(AMBIENCE_BEDS[ambience].events.map(([id]) => id)).toContain(e.id);
      }
    }
  });

  it('draws the gap, then the event by weight, then gain, pan and rate', () => {
    // garden: gap 6–18 s; events hens 4, bird_far 2, dog_far 1 (total 7): 0.5 × 7 = 3.5 falls in hens
    const event = nextAmbientEvent('garden', scripted([0.5, 0.5, 0, 1 - 1e-9, 0.5]), null);
    expect(event).toEqual({
      id: 'hens',
      afterMs: 12000,
      gain: 0.35,
      pan: expect.closeTo(0.7, 6),
      rate: expect.closeTo(1, 6),
    });
    // with hens just played, the pool is bird_far 2, dog_far 1: 0.9 × 3 = 2.7 falls in dog_far
    expect(nextAmbientEvent('garden', scripted([0, 0.9, 0.5, 0.5, 0.5]), 'hens')?.id).toBe('dog_far');
  });

  it('uses every one-shot on some bed, and each has a caption', () => {
    const used = new Set(AMBIENCE_IDS.flatMap((a) => AMBIENCE_BEDS[a].events.map(([id]) => id)));
    expect([...used].sort()).toEqual([...ONESHOT_IDS].sort());
    for (const id of ONESHOT_IDS) expect(ONESHOT_CAPTIONS[id]).toMatch(/^\[[A-Z][^[\]]{3,}\]$/);
  });

  it('layers only beds that do not keep time, and slows the second layer so the two drift apart', () => {
    expect(AMBIENCE_BEDS.house.layered).toBe(false); // the clock ticks once a second
    expect(AMBIENCE_BEDS.hospital.layered).toBe(false); // the fan turns twice a second
    expect(LAYER_RATE).toBeGreaterThan(0.9);
    expect(LAYER_RATE).toBeLessThan(1);
  });

  it('never lets the two layers of a 16 s bed line up again within 0.25 s during a 15-minute chapter', () => {
    // after k turns of the first layer (16k s), the second has drifted by 16·k·(1 - rate) s round its own loop
    let closest = Infinity;
    for (let k = 1; k * 16 <= 15 * 60; k++) {
      const drift = (k * (1 - LAYER_RATE)) % 1;
      closest = Math.min(closest, 16 * Math.min(drift, 1 - drift));
    }
    expect(closest).toBeGreaterThan(0.25);
  });
});

describe('seededRandom', () => {
  it('returns numbers in [0, 1) spread over the range', () => {
    const r = seededRandom(42);
    const values = Array.from({ length: 10_000 }, () => r.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });
});

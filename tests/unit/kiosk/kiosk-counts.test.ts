import { describe, expect, it } from 'vitest';
import {
  FINISHED,
  MAX_DAYS,
  NO_BEAT,
  countEnd,
  countError,
  countFinish,
  countStart,
  dayOf,
  emptyCounts,
  parseCounts,
} from '../../../src/core/kiosk/kiosk-counts.ts';
import { medianSeconds, mergeDurations } from '../../../src/core/kiosk/median-duration.ts';

describe('the kiosk counts by day', () => {
  it('keep each day apart: visits begun and finished, languages, lengths, stops and errors', () => {
    let counts = emptyCounts(0);
    counts = countStart(counts, '2026-11-26', 'es');
    counts = countFinish(counts, '2026-11-26');
    counts = countEnd(counts, '2026-11-26', 605_000, FINISHED);
    counts = countStart(counts, '2026-11-26', 'en');
    counts = countEnd(counts, '2026-11-26', 95_000, 'raid_1940_05_24');
    counts = countStart(counts, '2026-11-27', 'es');
    counts = countError(counts, '2026-11-27');
    counts = countEnd(counts, '2026-11-27', 5_000, '');
    expect(counts).toMatchObject({ started: 3, finished: 1, errors: 1 });
    expect(counts.days).toEqual([
      {
        day: '2026-11-26',
        started: 2,
        finished: 1,
        errors: 0,
        languages: { es: 1, en: 1 },
        durations: { '60': 1, '9': 1 },
        stops: { [FINISHED]: 1, raid_1940_05_24: 1 },
      },
      {
        day: '2026-11-27',
        started: 1,
        finished: 0,
        errors: 1,
        languages: { es: 1 },
        durations: { '0': 1 },
        stops: { [NO_BEAT]: 1 },
      },
    ]);
  });

  it('survive a round trip through the store and keep at most a year of days', () => {
    let counts = emptyCounts(0);
    for (let i = 0; i < MAX_DAYS + 5; i++)
      counts = countStart(counts, dayOf(Date.UTC(2026, 0, 1) + i * 86_400_000, 0), 'en');
    expect(counts.days).toHaveLength(MAX_DAYS);
    expect(parseCounts(JSON.stringify(counts), 9)).toEqual(counts);
  });

  it('read counts stored before days existed, and start again at zero for hostile days', () => {
    expect(parseCounts('{"started":4,"finished":2,"errors":0,"since":7}', 9)).toEqual({
      started: 4,
      finished: 2,
      errors: 0,
      since: 7,
      days: [],
    });
    const hostile = (day: unknown) => JSON.stringify({ started: 1, finished: 0, errors: 0, since: 7, days: [day] });
    const good = { day: '2026-11-26', started: 1, finished: 0, errors: 0, languages: {}, durations: {}, stops: {} };
    expect(parseCounts(hostile(good), 9).days).toHaveLength(1);
    for (const bad of [
      { ...good, day: '<img>' },
      { ...good, stops: { '<b>': 1 } },
      { ...good, started: -3 },
      { ...good, languages: [] },
      null,
    ]) {
      expect(parseCounts(hostile(bad), 9)).toEqual(emptyCounts(9));
    }
  });

  it('name the local date of a wall-clock time', () => {
    // 26 Nov 2026 03:00 UTC is still the 25th in Mexico City (UTC−6, getTimezoneOffset 360).
    expect(dayOf(Date.UTC(2026, 10, 26, 3), 360)).toBe('2026-11-25');
    expect(dayOf(Date.UTC(2026, 10, 26, 3), 0)).toBe('2026-11-26');
  });
});

describe('the median visit length', () => {
  it('is the middle of the 10-second step where half the visits are reached', () => {
    expect(medianSeconds({})).toBeNull();
    expect(medianSeconds({ '9': 1 })).toBe(95);
    expect(medianSeconds({ '1': 1, '9': 1, '60': 1 })).toBe(95);
    expect(medianSeconds({ '1': 1, '9': 1 })).toBe(55); // even: the two middle visits averaged
    expect(medianSeconds({ '60': 3, '1': 1 })).toBe(605);
  });

  it('adds days together for a median over all of them', () => {
    expect(mergeDurations([{ '1': 1, '2': 2 }, { '2': 1 }])).toEqual({ '1': 1, '2': 3 });
  });
});

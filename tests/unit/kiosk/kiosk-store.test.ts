import { describe, expect, it } from 'vitest';
import { KIOSK_DEFAULTS, isGuessablePin, parseKioskConfig } from '../../../src/core/kiosk/kiosk-config.ts';
import { countStart, emptyCounts } from '../../../src/core/kiosk/kiosk-counts.ts';
import { KIOSK_KEYS, KioskStore } from '../../../src/core/kiosk/kiosk-store.ts';
import { VisitLog, wordsOf } from '../../../src/core/kiosk/visit-log.ts';
import type { Frame } from '../../../src/core/session/frame.ts';
import { createMemoryStorage } from '../../../src/core/storage/memory-storage.ts';

const NOON = Date.UTC(2026, 11, 7, 12);

function makeStore(search = '') {
  const store = createMemoryStorage();
  const kiosk = new KioskStore({
    store,
    defaults: KIOSK_DEFAULTS,
    search,
    wall: () => NOON,
    timezoneOffset: () => 360,
  });
  return { store, kiosk };
}

describe('the kiosk store', () => {
  it('puts the address’s commissioning numbers over the stored config, and never stores them by itself', () => {
    const { store, kiosk } = makeStore('?mode=kiosk&idle=3&countdown=oops');
    expect(kiosk.config.warningMs).toBe(3_000);
    expect(kiosk.problems).toEqual(['ignored countdown: not a number']);
    expect(store.read(KIOSK_KEYS.config)).toBeNull();
  });

  it('counts per museum day and re-reads counts written by another tab', () => {
    const { store, kiosk } = makeStore();
    expect(kiosk.today()).toBe('2026-12-07');
    kiosk.updateCounts((c) => countStart(c, kiosk.today(), 'es'));
    const other = JSON.parse(store.read(KIOSK_KEYS.counts)!) as { started: number };
    store.write(KIOSK_KEYS.counts, JSON.stringify({ ...other, started: other.started + 2 }));
    expect(kiosk.counts().started).toBe(3);
  });

  it('takes up stored settings changed elsewhere on reload', () => {
    const { store, kiosk } = makeStore();
    store.write(KIOSK_KEYS.config, JSON.stringify({ ...KIOSK_DEFAULTS, pin: '2580', warningMs: 90_000 }));
    expect(kiosk.config.pin).toBeNull();
    expect(kiosk.reload()).toMatchObject({ pin: '2580', warningMs: 90_000 });
  });
});

describe('the staff PIN has no default', () => {
  it('starts unset, and a stored 1940 (the old default) reads as unset', () => {
    expect(KIOSK_DEFAULTS.pin).toBeNull();
    expect(parseKioskConfig(JSON.stringify({ pin: '1940' })).pin).toBeNull();
    expect(parseKioskConfig(JSON.stringify({ pin: '7305' })).pin).toBe('7305');
  });

  it('refuses PINs anyone would try first, and accepts others', () => {
    for (const pin of ['1940', '0000', '11111111', '1234', '4321', '56789', '98765432'])
      expect(isGuessablePin(pin), pin).toBe(true);
    for (const pin of ['7305', '2580', '19401', '13579']) expect(isGuessablePin(pin), pin).toBe(false);
  });
});

const frame = (status: Frame['status'], beat?: string): Pick<Frame, 'status' | 'game'> =>
  ({ status, game: { chronicle: beat ? [{ beat }] : [] } }) as unknown as Pick<Frame, 'status' | 'game'>;

describe('the visit log', () => {
  it('records where a visit stopped and its length, and counts it finished once', () => {
    const log = new VisitLog();
    expect(log.end(0, 'd')).toBeNull(); // no visit on
    const start = log.begin(1_000, '2026-12-07', 'en');
    expect(start(emptyCountsAt()).started).toBe(1);
    expect(log.frame(frame('choosing', 'raid_1940_05_24'), 'd')).toBeNull();
    const finish = log.frame(frame('ending'), '2026-12-07');
    expect(finish).not.toBeNull();
    expect(log.frame(frame('ending'), '2026-12-07')).toBeNull();
    const end = log.end(61_000, '2026-12-07')!;
    const counts = end(emptyCountsAt());
    expect(counts.days[0]?.durations).toEqual({ '6': 1 }); // 60 s: the sixth 10-second step
    expect(counts.days[0]?.stops).toEqual({ finished: 1 });
    expect(log.visits).toBe(1);
  });

  it('records the last beat reached by a visit that did not finish', () => {
    const log = new VisitLog();
    log.begin(0, 'd', 'es');
    log.frame(frame('choosing', 'raid_1940_05_24'), 'd');
    log.frame(frame('choosing'), 'd');
    expect(log.end(5_000, '2026-12-07')!(emptyCountsAt()).days[0]?.stops).toEqual({ raid_1940_05_24: 1 });
  });

  it('counts the words of a passage', () => {
    expect(wordsOf({ lines: [{ text: 'The gate is barred.' }, { text: ' Night  falls ' }] } as unknown as Frame)).toBe(
      6,
    );
  });
});

function emptyCountsAt() {
  return emptyCounts(NOON);
}

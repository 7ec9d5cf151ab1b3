import { describe, expect, it } from 'vitest';
import {
  KIOSK_DEFAULTS,
  STAFF_BOUNDS,
  applyAddressOverrides,
  nudge,
  parseKioskConfig,
  queryValue,
  serializeKioskConfig,
  staffLanguageOf,
  timingsOf,
} from '../../../src/core/kiosk/kiosk-config.ts';
import { registerTap } from '../../../src/core/kiosk/tap-sequence.ts';
import { bump, emptyCounts, parseCounts } from '../../../src/core/kiosk/kiosk-counts.ts';

describe('kiosk configuration', () => {
  it('round-trips staff settings and clamps stored values into their bounds', () => {
    const config = {
      warningMs: 90_000,
      countdownMs: 30_000,
      reloadEvery: 50,
      volumePercent: 40,
      pin: '24051940',
      staffLanguage: 'es' as const,
    };
    expect(parseKioskConfig(serializeKioskConfig(config))).toEqual(config);
    expect(
      parseKioskConfig(
        JSON.stringify({ warningMs: 1, countdownMs: 1, reloadEvery: 1e9, volumePercent: 250, pin: '12' }),
      ),
    ).toEqual({
      warningMs: STAFF_BOUNDS.warningMs.min,
      countdownMs: STAFF_BOUNDS.countdownMs.min,
      reloadEvery: STAFF_BOUNDS.reloadEvery.max,
      volumePercent: 100,
      pin: KIOSK_DEFAULTS.pin,
      staffLanguage: null,
    });
  });

  it('falls back to the defaults for damaged or hostile stored text', () => {
    for (const raw of [null, '', '{', 'null', '"x"', 'x'.repeat(5000)])
      expect(parseKioskConfig(raw)).toEqual(KIOSK_DEFAULTS);
  });

  it('caps what a passage earns at three times the quiet time, so short commissioning numbers stay short', () => {
    expect(timingsOf(KIOSK_DEFAULTS).maxReadingMs).toBe(180_000);
    expect(timingsOf({ ...KIOSK_DEFAULTS, warningMs: 3_000 }).maxReadingMs).toBe(9_000);
  });

  it('steps the staff volume by tens between silence and full, full by default', () => {
    expect(KIOSK_DEFAULTS.volumePercent).toBe(100);
    expect(nudge(KIOSK_DEFAULTS, 'volumePercent', 1).volumePercent).toBe(100);
    let config = KIOSK_DEFAULTS;
    for (let i = 0; i < 12; i++) config = nudge(config, 'volumePercent', -1);
    expect(config.volumePercent).toBe(0);
    expect(nudge(config, 'volumePercent', 1).volumePercent).toBe(10);
  });

  it('never lets the staff countdown go below 20 seconds', () => {
    let config = KIOSK_DEFAULTS;
    for (let i = 0; i < 10; i++) config = nudge(config, 'countdownMs', -1);
    expect(config.countdownMs).toBe(20_000);
    expect(nudge(KIOSK_DEFAULTS, 'warningMs', 1).warningMs).toBe(75_000);
  });

  it('honours short idle numbers from the address, clamped, and ignores non-numbers', () => {
    expect(applyAddressOverrides(KIOSK_DEFAULTS, '?mode=kiosk&idle=3&countdown=2').config).toMatchObject({
      warningMs: 3_000,
      countdownMs: 2_000,
    });
    expect(applyAddressOverrides(KIOSK_DEFAULTS, '?idle=0&countdown=99999').config).toMatchObject({
      warningMs: 2_000,
      countdownMs: 120_000,
    });
    const bad = applyAddressOverrides(KIOSK_DEFAULTS, '?idle=abc');
    expect(bad.config).toEqual(KIOSK_DEFAULTS);
    expect(bad.problems).toHaveLength(1);
  });
});

describe('reading the address without a DOM', () => {
  it('finds a parameter, decodes it, and gives null for absent, malformed or huge addresses', () => {
    expect(queryValue('?mode=kiosk&idle=3', 'idle')).toBe('3');
    expect(queryValue('idle=1%2E5&idle=9', 'idle')).toBe('1.5');
    expect(queryValue('?idle', 'idle')).toBe('');
    expect(queryValue('?idle=%E0%A4%A', 'idle')).toBeNull();
    expect(queryValue('?countdown=2', 'idle')).toBeNull();
    expect(queryValue(`?idle=3&x=${'a'.repeat(3000)}`, 'idle')).toBeNull();
  });
});

describe('the staff gesture', () => {
  it('triggers on the fifth tap, each at most two seconds after the one before, and not when a pause breaks it', () => {
    let recent: number[] = [];
    const fire = (at: number) => {
      const out = registerTap(recent, at);
      recent = out.recent;
      return out.triggered;
    };
    expect([0, 700, 1400, 2100].map(fire)).toEqual([false, false, false, false]);
    expect(fire(2800)).toBe(true);
    // taps a busy page delivered 0.4–1.4 s apart (issue 21): still the gesture
    expect([10_000, 11_026, 12_400, 13_461, 14_586].map(fire)).toEqual([false, false, false, false, true]);
    // a pause over two seconds starts again: five taps 2.5 s apart never open the panel
    expect([20_000, 22_500, 25_000, 27_500, 30_000, 32_500].map(fire)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    // four quick taps, a pause, four quick taps: not five in a row
    expect([40_000, 40_300, 40_600, 40_900, 43_500, 43_800, 44_100, 44_400].map(fire)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the staff panel language', () => {
  it('is the staff choice when stored, else Spanish on a Spanish-language device, else English', () => {
    expect(staffLanguageOf({ ...KIOSK_DEFAULTS, staffLanguage: 'en' }, 'es-MX')).toBe('en');
    expect(staffLanguageOf(KIOSK_DEFAULTS, 'es-MX')).toBe('es');
    expect(staffLanguageOf(KIOSK_DEFAULTS, 'es')).toBe('es');
    expect(staffLanguageOf(KIOSK_DEFAULTS, 'en-US')).toBe('en');
    expect(staffLanguageOf(KIOSK_DEFAULTS, 'estonian-ish')).toBe('en');
    expect(parseKioskConfig(JSON.stringify({ staffLanguage: 'tlh' })).staffLanguage).toBeNull();
    expect(parseKioskConfig(JSON.stringify({ staffLanguage: 'es' })).staffLanguage).toBe('es');
  });
});

describe('the anonymous counts', () => {
  it('count up, survive a round trip, and restart at zero when damaged', () => {
    const counts = bump(bump(emptyCounts(5), 'started'), 'finished');
    expect(parseCounts(JSON.stringify(counts), 9)).toEqual({ started: 1, finished: 1, errors: 0, since: 5, days: [] });
    expect(parseCounts('{"started":-1,"finished":0,"errors":0,"since":0}', 9)).toEqual(emptyCounts(9));
    expect(parseCounts('garbage', 9)).toEqual(emptyCounts(9));
  });
});

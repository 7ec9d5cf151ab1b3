import { describe, expect, it } from 'vitest';
import { resolveMode } from '../../../src/app/modes.ts';
import { KIOSK_DEFAULTS, PARAM_BOUNDS, applyAddressOverrides } from '../../../src/core/kiosk/kiosk-config.ts';

/** Addresses a visitor, a pupil or a link could hand the game. Each must give a playable mode and never throw. */
const HOSTILE_SEARCHES = [
  '',
  '?',
  '?mode',
  '?mode=',
  '?mode=%20',
  '?mode=museum',
  '?mode=KIOSK%00',
  '?mode=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?mode=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '?mode=javascript:alert(1)',
  '?mode=__proto__',
  '?mode=constructor',
  '?mode=%E0%A4%A',
  '?mode=%',
  `?mode=${'k'.repeat(100_000)}`,
  `?${'a=1&'.repeat(5_000)}`,
  '?chapter=../../etc/passwd&lang=xx&seed=NaN',
  '?lang=%3Cb%3E&seed=1e999&chapter=',
  '?mode=kiosk&mode=classroom',
  '?mode=%F0%9F%92%A5',
];

describe('hostile address parameters', () => {
  it.each(HOSTILE_SEARCHES.map((s) => [s.length > 60 ? `${s.slice(0, 40)}… (${s.length} chars)` : s || '(empty)', s]))(
    'resolves %s to a known, frozen mode with problems as plain text',
    (_label, search) => {
      const { mode, problems } = resolveMode(search);
      expect(['browser', 'kiosk', 'classroom']).toContain(mode.id);
      expect(Object.isFrozen(mode)).toBe(true);
      for (const problem of problems) {
        expect(problem.length).toBeLessThan(200);
        expect(problem).not.toMatch(/[<>&]/);
        const quoted = /"(.*)"/.exec(problem)?.[1];
        if (quoted !== undefined) expect(quoted).toMatch(/^[a-z0-9_?-]{0,40}$/);
      }
    },
  );

  it('plays the normal browser mode for every unknown or hostile mode, and says why', () => {
    for (const search of [
      '?mode=museum',
      '?mode=%3Cscript%3E',
      '?mode=__proto__',
      '?mode=constructor',
      '?mode=javascript:alert(1)',
    ]) {
      const { mode, problems } = resolveMode(search);
      expect(mode.id, search).toBe('browser');
      expect(problems[0], search).toMatch(/^Unknown mode ".*": playing in the normal mode\.$/);
    }
  });

  it('takes the first mode when the address repeats it, and ignores parameters it does not know', () => {
    expect(resolveMode('?mode=kiosk&mode=classroom').mode.id).toBe('kiosk');
    expect(resolveMode('?chapter=../../etc/passwd&lang=xx&seed=NaN')).toEqual({
      mode: resolveMode('').mode,
      problems: [],
    });
  });

  it('ignores an address too long to be real, with a problem', () => {
    const { mode, problems } = resolveMode(`?mode=kiosk&x=${'a'.repeat(3_000)}`);
    expect(mode.id).toBe('browser');
    expect(problems).toEqual(['The address was too long and was ignored.']);
  });

  it("keeps the kiosk's idle and countdown overrides inside their bounds whatever the address says", () => {
    for (const value of [
      '-1',
      '0',
      '1e309',
      'Infinity',
      '-Infinity',
      'NaN',
      '',
      '%20',
      '999999999999999',
      '0x10',
      '1;alert(1)',
    ]) {
      const { config } = applyAddressOverrides(KIOSK_DEFAULTS, `?idle=${value}&countdown=${value}`);
      expect(config.warningMs, value).toBeGreaterThanOrEqual(PARAM_BOUNDS.warningMs.min);
      expect(config.warningMs, value).toBeLessThanOrEqual(PARAM_BOUNDS.warningMs.max);
      expect(config.countdownMs, value).toBeGreaterThanOrEqual(PARAM_BOUNDS.countdownMs.min);
      expect(config.countdownMs, value).toBeLessThanOrEqual(PARAM_BOUNDS.countdownMs.max);
      expect(config.pin).toBe(KIOSK_DEFAULTS.pin);
    }
    expect(applyAddressOverrides(KIOSK_DEFAULTS, '?idle=abc').problems).toEqual(['ignored idle: not a number']);
    expect(applyAddressOverrides(KIOSK_DEFAULTS, '?pin=0000').config.pin).toBe(KIOSK_DEFAULTS.pin);
  });
});

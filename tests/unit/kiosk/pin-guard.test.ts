import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PIN_POLICY,
  PIN_GUARD_OPEN,
  effectiveLockedUntil,
  lockMsAfter,
  parsePinGuard,
  tryPin,
  type PinGuardState,
} from '../../../src/core/kiosk/pin-guard.ts';

describe('the staff PIN rate limit', () => {
  it('accepts the right PIN and clears earlier failures', () => {
    const wrong = tryPin(PIN_GUARD_OPEN, '0000', '1940', 0).state;
    expect(wrong.failures).toBe(1);
    const right = tryPin(wrong, '1940', '1940', 1);
    expect(right.result.kind).toBe('accepted');
    expect(right.state).toEqual(PIN_GUARD_OPEN);
  });

  it('allows three wrong PINs, then locks for 30 s, doubling up to 15 minutes', () => {
    let state: PinGuardState = PIN_GUARD_OPEN;
    let at = 0;
    const locks: number[] = [];
    for (let i = 0; i < 12; i++) {
      const outcome = tryPin(state, '1111', '1940', at);
      expect(outcome.result.kind).toBe('rejected');
      state = outcome.state;
      locks.push(state.lockedUntil === 0 ? 0 : state.lockedUntil - at);
      at = Math.max(at, state.lockedUntil) + 1;
    }
    expect(locks.slice(0, 6)).toEqual([0, 0, 30_000, 60_000, 120_000, 240_000]);
    expect(locks.at(-1)).toBe(DEFAULT_PIN_POLICY.maxLockMs);
  });

  it('refuses even the right PIN while locked, without counting it', () => {
    const locked: PinGuardState = { failures: 3, lockedUntil: 10_000 };
    const outcome = tryPin(locked, '1940', '1940', 9_999);
    expect(outcome.result).toEqual({ kind: 'locked', lockedUntil: 10_000 });
    expect(outcome.state).toBe(locked);
    expect(tryPin(locked, '1940', '1940', 10_000).result.kind).toBe('accepted');
  });

  it('makes brute force slow: 10,000 guesses take more than a month', () => {
    let state: PinGuardState = PIN_GUARD_OPEN;
    let at = 0;
    for (let guess = 0; guess < 10_000; guess++) {
      at = Math.max(at, state.lockedUntil);
      state = tryPin(
        state,
        String(guess).padStart(4, '0') === '1940' ? 'x' : String(guess).padStart(4, '0'),
        '1940',
        at,
      ).state;
    }
    expect(at).toBeGreaterThan(30 * 24 * 3600_000);
    expect(lockMsAfter(2)).toBe(0);
  });

  it('reads a stored lockout back, and treats damaged values as open', () => {
    expect(parsePinGuard(JSON.stringify({ failures: 4, lockedUntil: 99 }))).toEqual({ failures: 4, lockedUntil: 99 });
    for (const raw of [
      null,
      '',
      'nope',
      '[]',
      '{"failures":"4"}',
      JSON.stringify({ failures: Infinity, lockedUntil: 1 }),
    ]) {
      expect(parsePinGuard(raw)).toEqual(PIN_GUARD_OPEN);
    }
  });

  it('never locks staff out for longer than the lock itself when the clock is set back after wrong PINs', () => {
    const year = 365 * 24 * 3600_000;
    const ahead = 5 * year; // the kiosk's clock ran five years fast while wrong PINs were typed
    let state: PinGuardState = PIN_GUARD_OPEN;
    for (let i = 0; i < 8; i++) state = tryPin(state, '0000', '1940', Math.max(ahead, state.lockedUntil)).state;
    const corrected = 1_000; // the clock is put right
    const refused = tryPin(state, '1940', '1940', corrected);
    expect(refused.result.kind).toBe('locked');
    if (refused.result.kind !== 'locked') return;
    expect(refused.result.lockedUntil - corrected).toBeLessThanOrEqual(DEFAULT_PIN_POLICY.maxLockMs);
    const later = corrected + DEFAULT_PIN_POLICY.maxLockMs;
    expect(tryPin(refused.state, '1940', '1940', later).result.kind).toBe('accepted');
  });

  it('caps a stored lockout (tampered, or written by a fast clock) at the lock its failures earn', () => {
    const stored = parsePinGuard(JSON.stringify({ failures: 4, lockedUntil: 9e15 }));
    expect(effectiveLockedUntil(stored, 0)).toBe(lockMsAfter(4));
    expect(effectiveLockedUntil(parsePinGuard(JSON.stringify({ failures: 0, lockedUntil: 9e15 })), 0)).toBe(0);
  });
});

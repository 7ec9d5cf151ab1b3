/**
 * Rate limit for the staff PIN. Pure: the caller passes the time and keeps the state (in the staff store, so a
 * reload does not clear a lockout). After `freeAttempts` wrong PINs every further wrong PIN locks entry for
 * `baseLockMs`, doubling each time up to `maxLockMs`. While locked, a PIN is not even compared.
 */
export interface PinPolicy {
  readonly freeAttempts: number;
  readonly baseLockMs: number;
  readonly maxLockMs: number;
}

export const DEFAULT_PIN_POLICY: PinPolicy = { freeAttempts: 3, baseLockMs: 30_000, maxLockMs: 15 * 60_000 };

export interface PinGuardState {
  readonly failures: number;
  /** Wall-clock ms until which entry is refused (0 when open). */
  readonly lockedUntil: number;
}

export const PIN_GUARD_OPEN: PinGuardState = { failures: 0, lockedUntil: 0 };

export type PinResult =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'rejected'; readonly lockedUntil: number }
  | { readonly kind: 'locked'; readonly lockedUntil: number };

export function lockMsAfter(failures: number, policy: PinPolicy = DEFAULT_PIN_POLICY): number {
  const over = failures - policy.freeAttempts;
  if (over < 0) return 0;
  return Math.min(policy.maxLockMs, policy.baseLockMs * 2 ** Math.min(over, 30));
}

export function tryPin(
  state: PinGuardState,
  entered: string,
  expected: string,
  at: number,
  policy: PinPolicy = DEFAULT_PIN_POLICY,
): { state: PinGuardState; result: PinResult } {
  const lockedUntil = effectiveLockedUntil(state, at, policy);
  // A lock longer than it can be (the clock went back) starts again from now: the caller stores the new state.
  const anchored = lockedUntil === state.lockedUntil ? state : { failures: state.failures, lockedUntil };
  if (at < lockedUntil) return { state: anchored, result: { kind: 'locked', lockedUntil } };
  if (sameDigits(entered, expected)) return { state: PIN_GUARD_OPEN, result: { kind: 'accepted' } };
  const failures = state.failures + 1;
  const lock = lockMsAfter(failures, policy);
  const until = lock > 0 ? at + lock : 0;
  return { state: { failures, lockedUntil: until }, result: { kind: 'rejected', lockedUntil: until } };
}

/**
 * When entry opens again, as the clock reads `at`: the stored time, but never more than the lock the failures earn
 * (at most `maxLockMs`) from now. The stored time is wall-clock (a lockout must survive a reload); a clock that ran
 * fast while wrong PINs were typed, then was put right, would otherwise lock staff out for as long as it was wrong,
 * and a tampered value for ever. A clock moved forward opens the lock early: staff who can change the kiosk's clock
 * can also reach its settings, so the guard is against guessing at the screen, not against them.
 */
export function effectiveLockedUntil(state: PinGuardState, at: number, policy: PinPolicy = DEFAULT_PIN_POLICY): number {
  const lock = lockMsAfter(state.failures, policy);
  return Math.min(state.lockedUntil, at + lock);
}

/** Compares every digit whatever the first mismatch (no early exit to time). */
function sameDigits(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export function parsePinGuard(raw: string | null): PinGuardState {
  if (raw === null || raw.length > 200) return PIN_GUARD_OPEN;
  try {
    const data = JSON.parse(raw) as unknown;
    if (typeof data !== 'object' || data === null) return PIN_GUARD_OPEN;
    const { failures, lockedUntil } = data as Record<string, unknown>;
    if (
      typeof failures !== 'number' ||
      typeof lockedUntil !== 'number' ||
      !Number.isFinite(failures) ||
      !Number.isFinite(lockedUntil)
    )
      return PIN_GUARD_OPEN;
    return { failures: Math.max(0, Math.floor(failures)), lockedUntil: Math.max(0, lockedUntil) };
  } catch {
    return PIN_GUARD_OPEN;
  }
}

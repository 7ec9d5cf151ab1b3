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
  if (at < state.lockedUntil) return { state, result: { kind: 'locked', lockedUntil: state.lockedUntil } };
  if (sameDigits(entered, expected)) return { state: PIN_GUARD_OPEN, result: { kind: 'accepted' } };
  const failures = state.failures + 1;
  const lock = lockMsAfter(failures, policy);
  const lockedUntil = lock > 0 ? at + lock : 0;
  return { state: { failures, lockedUntil }, result: { kind: 'rejected', lockedUntil } };
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
    if (typeof failures !== 'number' || typeof lockedUntil !== 'number' || !Number.isFinite(failures) || !Number.isFinite(lockedUntil)) return PIN_GUARD_OPEN;
    return { failures: Math.max(0, Math.floor(failures)), lockedUntil: Math.max(0, lockedUntil) };
  } catch {
    return PIN_GUARD_OPEN;
  }
}

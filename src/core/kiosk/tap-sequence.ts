/**
 * The hidden staff gesture: `count` taps in the staff corner within `windowMs`. Pure: the caller keeps the list
 * of recent tap times and passes the time of each new tap.
 */
export interface TapRule {
  readonly count: number;
  readonly windowMs: number;
}

const STAFF_TAPS: TapRule = { count: 5, windowMs: 3_000 };

export function registerTap(
  recent: readonly number[],
  at: number,
  rule: TapRule = STAFF_TAPS,
): { recent: number[]; triggered: boolean } {
  const kept = [...recent.filter((t) => at - t < rule.windowMs && t <= at), at];
  if (kept.length >= rule.count) return { recent: [], triggered: true };
  return { recent: kept, triggered: false };
}

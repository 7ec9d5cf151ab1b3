/**
 * The hidden staff gesture: `count` taps in the staff corner, each at most `gapMs` after the one before. Pure: the
 * caller keeps the list of recent tap times and passes the time of each new tap.
 *
 * A rhythm, not a total window: the rule was once "five taps within 3 s", and on a busy kiosk (software WebGL
 * drawing the attract loop, every touch waiting for the page's main thread) taps meant 250 ms apart arrived 0.4 to
 * 1.4 s apart, so the keypad opened in one try and not in the next (issue 21). A gap of up to 2 s takes any tap
 * a person makes on purpose; a visitor's stray touches in the corner are rarely five in a row.
 */
export interface TapRule {
  readonly count: number;
  readonly gapMs: number;
}

export const STAFF_TAPS: TapRule = { count: 5, gapMs: 2_000 };

export function registerTap(
  recent: readonly number[],
  at: number,
  rule: TapRule = STAFF_TAPS,
): { recent: number[]; triggered: boolean } {
  const last = recent.at(-1);
  // A pause longer than the gap (or a clock that went back) starts a new sequence with this tap.
  const kept = last !== undefined && at >= last && at - last <= rule.gapMs ? [...recent, at] : [at];
  if (kept.length >= rule.count) return { recent: [], triggered: true };
  return { recent: kept, triggered: false };
}

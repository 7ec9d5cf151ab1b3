// Timing of the raid's muzzle flashes. Pure, so the photosensitivity rule can be tested in node:
// nothing on screen flashes faster than twice a second (WCAG 2.3.1 allows up to three; we keep well under two).
// Each flash is small (a burst at one window, never the whole screen), rises quickly and fades slowly.

export const FLASH_RISE_MS = 60;
export const FLASH_FADE_MS = 260;
/** The shortest time from one flash's start to the next: 600 ms is under 1.7 flashes a second. */
export const MIN_FLASH_GAP_MS = 600;
const SPREAD_MS = 900;

export interface FlashStep {
  /** Wait this long after the previous flash started. */
  readonly delayMs: number;
  /** Index into the scene's flash points. */
  readonly point: number;
}

/** The n-th flash of a burst sequence: irregular like real fire, deterministic for tests and screenshots. */
export function flashStep(n: number, pointCount: number): FlashStep {
  const k = Math.abs(Math.trunc(n));
  const jitter = (k * 7919 + 104729) % 997; // 0..996, a fixed scramble
  const delayMs = MIN_FLASH_GAP_MS + Math.round((jitter / 996) * SPREAD_MS);
  const point = pointCount > 0 ? (k * 5 + (jitter % 3)) % pointCount : 0;
  return { delayMs, point };
}

/** How many flashes can begin inside any window of `windowMs`, given the gaps flashStep produces. */
export function maxFlashesIn(windowMs: number, steps: readonly FlashStep[]): number {
  let best = 0;
  const starts: number[] = [];
  let t = 0;
  for (const s of steps) {
    t += s.delayMs;
    starts.push(t);
  }
  for (let i = 0; i < starts.length; i++) {
    let j = i;
    while (j < starts.length && (starts[j] as number) - (starts[i] as number) < windowMs) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

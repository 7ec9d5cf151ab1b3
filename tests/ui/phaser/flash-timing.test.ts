import { describe, expect, it } from 'vitest';
import {
  FLASH_FADE_MS,
  FLASH_RISE_MS,
  MIN_FLASH_GAP_MS,
  flashStep,
  maxFlashesIn,
} from '../../../src/ui/phaser/flash-timing.ts';

const steps = (n: number, points: number) => Array.from({ length: n }, (_, i) => flashStep(i, points));

describe('raid flash timing', () => {
  it('never starts two flashes less than the minimum gap apart', () => {
    for (const s of steps(5000, 4)) expect(s.delayMs).toBeGreaterThanOrEqual(MIN_FLASH_GAP_MS);
  });

  it('keeps every flash under two a second in any one-second window', () => {
    expect(maxFlashesIn(1000, steps(5000, 4))).toBeLessThanOrEqual(2);
    expect(MIN_FLASH_GAP_MS).toBeGreaterThan(500);
  });

  it('lets each flash die away before the next one starts', () => {
    expect(FLASH_RISE_MS + FLASH_FADE_MS).toBeLessThan(MIN_FLASH_GAP_MS);
  });

  it('is irregular, like real gunfire, but the same on every run', () => {
    const delays = new Set(steps(50, 4).map((s) => s.delayMs));
    expect(delays.size).toBeGreaterThan(10);
    expect(steps(50, 4)).toEqual(steps(50, 4));
  });

  it('moves between the windows and stays within the points it was given', () => {
    const points = steps(200, 3).map((s) => s.point);
    expect(new Set(points)).toEqual(new Set([0, 1, 2]));
    expect(flashStep(7, 0).point).toBe(0);
  });

  it('counts a burst that is too dense as too dense (the checker can fail)', () => {
    expect(
      maxFlashesIn(1000, [
        { delayMs: 100, point: 0 },
        { delayMs: 100, point: 0 },
        { delayMs: 100, point: 0 },
      ]),
    ).toBe(3);
  });
});

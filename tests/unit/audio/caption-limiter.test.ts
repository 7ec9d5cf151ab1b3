import { describe, expect, it } from 'vitest';
import { CaptionLimiter } from '../../../src/core/audio/caption-limiter.ts';

describe('CaptionLimiter', () => {
  it('lets the first caption through and drops any other within the next second', () => {
    const limiter = new CaptionLimiter();
    expect(limiter.allow(5000)).toBe(true);
    expect(limiter.allow(5001)).toBe(false);
    expect(limiter.allow(5999)).toBe(false);
    expect(limiter.allow(6000)).toBe(true);
  });

  it('counts from the last caption shown, not from the last one dropped', () => {
    const limiter = new CaptionLimiter(1000);
    expect(limiter.allow(0)).toBe(true);
    expect(limiter.allow(900)).toBe(false);
    expect(limiter.allow(1000)).toBe(true);
  });

  it('never lets more than one line a second through a burst', () => {
    const limiter = new CaptionLimiter();
    const shown = Array.from({ length: 1000 }, (_, i) => i * 37).filter((t) => limiter.allow(t));
    for (let k = 1; k < shown.length; k++) expect(shown[k]! - shown[k - 1]!).toBeGreaterThanOrEqual(1000);
    // 37 s of calls every 37 ms: each shown line waits at most one 37 ms step past its second, so 36 get through
    expect(shown.length).toBe(36);
  });
});

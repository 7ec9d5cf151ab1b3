/**
 * Keeps captions from flooding the text: at most one line per `minGapMs` (one a second by default). A line asked
 * for sooner is dropped, not queued, since a caption that arrives late describes a sound already gone. Pure: the
 * caller passes the time.
 */
export class CaptionLimiter {
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly minGapMs = 1000) {}

  /** Whether a caption may be shown at `nowMs`; if so, it counts as shown. */
  allow(nowMs: number): boolean {
    if (nowMs - this.last < this.minGapMs) return false;
    this.last = nowMs;
    return true;
  }
}

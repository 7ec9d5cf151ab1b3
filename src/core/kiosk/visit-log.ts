import type { Frame } from '../session/frame.ts';
import { FINISHED, NO_BEAT, countEnd, countFinish, countStart, type KioskCounts } from './kiosk-counts.ts';

/** One change to the stored counts, on the day it happened. */
export type CountChange = (counts: KioskCounts) => KioskCounts;

/**
 * The visits of this page's lifetime (pure): when each began, how far it got (the last record beat reached, or
 * the end), and whether it finished. Each method returns the change the stored counts need, or null.
 */
export class VisitLog {
  /** Visits begun since the page loaded (the planned reload counts these). */
  visits = 0;
  private began: number | null = null;
  private stop: string = NO_BEAT;
  private finished = false;

  /** A visit begins at monotonic `at`, in `language`. */
  begin(at: number, day: string, language: string): CountChange {
    this.visits += 1;
    this.began = at;
    this.stop = NO_BEAT;
    this.finished = false;
    return (counts) => countStart(counts, day, language);
  }

  /** A frame was shown during the visit: notes the furthest beat, and counts the visit finished once at the end. */
  frame(frame: Pick<Frame, 'status' | 'game'>, day: string): CountChange | null {
    if (this.began === null) return null;
    const beat = frame.game.chronicle.at(-1)?.beat;
    if (frame.status === 'ending') this.stop = FINISHED;
    else if (beat !== undefined && this.stop !== FINISHED) this.stop = beat;
    if (frame.status !== 'ending' || this.finished) return null;
    this.finished = true;
    return (counts) => countFinish(counts, day);
  }

  /** The visit ended at monotonic `at` (its length and where it stopped go in the counts); null if none was on. */
  end(at: number, day: string): CountChange | null {
    if (this.began === null) return null;
    const [began, stop] = [this.began, this.stop];
    this.began = null;
    return (counts) => countEnd(counts, day, at - began, stop);
  }
}

/** The words of a frame's new passage (the idle machine gives each passage its reading time). */
export function wordsOf(frame: Pick<Frame, 'lines'>): number {
  return frame.lines.reduce((sum, line) => sum + (line.text.match(/\S+/g)?.length ?? 0), 0);
}

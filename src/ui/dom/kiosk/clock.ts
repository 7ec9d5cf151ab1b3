/**
 * Time for the kiosk's drivers, behind a port so tests run on fake time: a monotonic `now` (a wall-clock change
 * never fires or delays a reset) and timers that return their own cancel function.
 */
export interface Clock {
  /** Monotonic ms (performance.now in the browser). */
  now(): number;
  /** Runs `run` every `ms` until cancelled. */
  every(ms: number, run: () => void): () => void;
  /** Runs `run` once after `ms` unless cancelled first. */
  after(ms: number, run: () => void): () => void;
}

/** The page's own clock: performance.now with setInterval/setTimeout (not Phaser time: pitfalls P15). */
export function browserClock(win: Window, now: () => number = () => win.performance.now()): Clock {
  return {
    now,
    every(ms, run) {
      const id = win.setInterval(run, ms);
      return () => win.clearInterval(id);
    },
    after(ms, run) {
      const id = win.setTimeout(run, ms);
      return () => win.clearTimeout(id);
    },
  };
}

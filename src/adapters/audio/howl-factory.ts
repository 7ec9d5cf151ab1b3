import type { Howl } from 'howler';

/**
 * The few things the adapter does with a Howl, as a narrow interface: the real one wraps howler (below), tests
 * pass a fake. Sound ids are howler's per-playback ids.
 */
export interface HowlLike {
  /** Starts a new playback of this sound and returns its id. */
  play(): number;
  stop(id: number): void;
  setVolume(level: number, id: number): void;
  fade(from: number, to: number, ms: number, id: number): void;
  /** Playback speed of one playback (1 = as recorded); Web Audio only. */
  setRate(rate: number, id: number): void;
  /** Stereo position of one playback, -1 (left) to 1 (right); Web Audio only. */
  setPan(pan: number, id: number): void;
  /** Move one playback to `seconds` into the file. */
  seek(seconds: number, id: number): void;
  unload(): void;
}

export interface HowlSpec {
  readonly url: string;
  readonly loop: boolean;
  /** HTML5 Audio streaming instead of a decoded Web Audio buffer (long music). */
  readonly stream: boolean;
  onLoadError(error: unknown): void;
  onPlayError(error: unknown): void;
}

export type HowlFactory = (spec: HowlSpec) => HowlLike;

/**
 * The real factory: one `Howl` per file, loaded at once, starting at volume 0 (each playback sets its own level).
 * While a Howl is not loaded (or is waiting on an HTML5 play promise), howler queues every volume() and fade()
 * call, and runs the queue recursively when it can: a kiosk that changes levels for weeks on a sound that never
 * loads grows that queue until the recursion overflows the stack (seen once in ~170 visits in the 2,000-visit
 * soak). So until the Howl is ready, only the latest level of each playback is kept here, and applied once.
 * "Ready" means loaded and no HTML5 play promise pending: howler's `_playLock` (an internal field of 2.2.4, read
 * defensively) queues in the same way, which kept one overflow in 2,000 visits after loading alone was handled.
 * The levels are applied on load and when a play starts (the lock is released just before howler's `play` event).
 */
export function howlerFactory(HowlClass: typeof Howl): HowlFactory {
  return (spec) => {
    const pending = new Map<number, number>();
    const howl = new HowlClass({
      src: [spec.url],
      format: ['ogg'],
      loop: spec.loop,
      html5: spec.stream,
      preload: true,
      volume: 0,
      onload: () => flush(),
      onplay: () => flush(),
      onloaderror: (_id, error) => spec.onLoadError(error),
      onplayerror: (_id, error) => spec.onPlayError(error),
    });
    const ready = () => howl.state() === 'loaded' && (howl as unknown as { _playLock?: unknown })._playLock !== true;
    function flush(): void {
      if (!ready()) return;
      for (const [id, level] of pending) howl.volume(level, id);
      pending.clear();
    }
    return {
      // Always name the sprite: a bare play() before the file has loaded reuses the one paused sound howler made at
      // construction, so a layered bed's two plays would come back as one playback (seen in Chromium).
      play: () => howl.play('__default'),
      stop: (id) => {
        pending.delete(id);
        // A looping HTML5 stream whose end timer fires after stop() restarts itself in howler's _ended (seen in the
        // kiosk soak: silent copies of the music kept playing, each holding an <audio> element, about one a visit).
        // Not looping any more, a stopped playback stays stopped; the next play() of the Howl resets the loop.
        howl.loop(false, id);
        howl.stop(id);
      },
      setVolume: (level, id) => {
        if (ready()) howl.volume(level, id);
        else pending.set(id, level);
      },
      fade: (from, to, ms, id) => {
        if (ready()) howl.fade(from, to, ms, id);
        else pending.set(id, to);
      },
      // Each of these is called once per playback (never in a loop), so howler's own queue before load is safe here.
      setRate: (rate, id) => void howl.rate(rate, id),
      setPan: (pan, id) => void howl.stereo(pan, id),
      seek: (seconds, id) => void howl.seek(seconds, id),
      unload: () => {
        pending.clear();
        howl.unload();
      },
    };
  };
}

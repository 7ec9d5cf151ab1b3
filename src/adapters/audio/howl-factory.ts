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

/** The real factory: one `Howl` per file, loaded at once, starting at volume 0 (each playback sets its own level). */
export function howlerFactory(HowlClass: typeof Howl): HowlFactory {
  return (spec) => {
    const howl = new HowlClass({
      src: [spec.url],
      format: ['ogg'],
      loop: spec.loop,
      html5: spec.stream,
      preload: true,
      volume: 0,
      onloaderror: (_id, error) => spec.onLoadError(error),
      onplayerror: (_id, error) => spec.onPlayError(error),
    });
    return {
      play: () => howl.play(),
      stop: (id) => void howl.stop(id),
      setVolume: (level, id) => void howl.volume(level, id),
      fade: (from, to, ms, id) => void howl.fade(from, to, ms, id),
      unload: () => howl.unload(),
    };
  };
}

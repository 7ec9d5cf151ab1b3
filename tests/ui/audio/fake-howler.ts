// Test support: a fake Howl factory that records every call, and a fake audio context whose state tests control.
import type { HowlFactory, HowlLike, HowlSpec } from '../../../src/adapters/audio/howl-factory.ts';
import type { AudioContextLike } from '../../../src/adapters/audio/howler-audio.ts';

export type HowlCall =
  | { op: 'play'; url: string; id: number }
  | { op: 'stop'; url: string; id: number }
  | { op: 'volume'; url: string; id: number; level: number }
  | { op: 'fade'; url: string; id: number; from: number; to: number; ms: number }
  | { op: 'rate'; url: string; id: number; rate: number }
  | { op: 'pan'; url: string; id: number; pan: number }
  | { op: 'seek'; url: string; id: number; seconds: number }
  | { op: 'unload'; url: string };

export class FakeHowls {
  readonly calls: HowlCall[] = [];
  readonly specs: HowlSpec[] = [];
  private nextId = 1000;

  readonly factory: HowlFactory = (spec) => {
    this.specs.push(spec);
    const url = spec.url;
    const howl: HowlLike = {
      play: () => {
        const id = this.nextId++;
        this.calls.push({ op: 'play', url, id });
        return id;
      },
      stop: (id) => void this.calls.push({ op: 'stop', url, id }),
      setVolume: (level, id) => void this.calls.push({ op: 'volume', url, id, level }),
      fade: (from, to, ms, id) => void this.calls.push({ op: 'fade', url, id, from, to, ms }),
      setRate: (rate, id) => void this.calls.push({ op: 'rate', url, id, rate }),
      setPan: (pan, id) => void this.calls.push({ op: 'pan', url, id, pan }),
      seek: (seconds, id) => void this.calls.push({ op: 'seek', url, id, seconds }),
      unload: () => void this.calls.push({ op: 'unload', url }),
    };
    return howl;
  };

  ops<K extends HowlCall['op']>(op: K): Extract<HowlCall, { op: K }>[] {
    return this.calls.filter((c): c is Extract<HowlCall, { op: K }> => c.op === op);
  }

  /** Simulate howler reporting a load error for the file at `url`. */
  failLoad(url: string): void {
    this.specs.find((s) => s.url === url)?.onLoadError(3);
  }
}

export class FakeContext implements AudioContextLike {
  state: string;
  resumeCalls = 0;
  private readonly listeners = new Set<() => void>();
  constructor(
    state = 'suspended',
    private readonly allowResume = true,
  ) {
    this.state = state;
  }
  resume(): Promise<void> {
    this.resumeCalls++;
    if (!this.allowResume) return Promise.reject(new Error('not allowed'));
    this.set('running');
    return Promise.resolve();
  }
  set(state: string): void {
    this.state = state;
    for (const l of this.listeners) l();
  }
  addEventListener(_type: 'statechange', listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'statechange', listener: () => void): void {
    this.listeners.delete(listener);
  }
}

/** Every file maps to a fake URL `/a/<file>`. */
export const fakeUrl = (entry: { file: string }): string => `/a/${entry.file}`;

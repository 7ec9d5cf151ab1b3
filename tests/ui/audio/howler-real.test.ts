// @vitest-environment happy-dom
// The adapter with howler's real module. happy-dom has no AudioContext, so howler falls back to HTML5 Audio and
// nothing actually sounds: these tests check the wiring (lazy import, Howl options, unlock, URLs), not playback.
import { Howl, Howler } from 'howler';
import { describe, expect, it, vi } from 'vitest';
import { howlerFactory, type HowlSpec } from '../../../src/adapters/audio/howl-factory.ts';
import { createHowlerAudio, HowlerAudio } from '../../../src/adapters/audio/howler-audio.ts';
import { SilentAudio } from '../../../src/adapters/audio/silent-audio.ts';
import { soundUrl } from '../../../src/adapters/audio/sound-urls.ts';
import { allSounds } from '../../../src/core/audio/sound-catalog.ts';

describe('createHowlerAudio with the real howler', () => {
  it('loads howler lazily and returns a locked HowlerAudio until the first gesture', async () => {
    const audio = await createHowlerAudio({ logger: { warn: vi.fn() } });
    expect(audio).toBeInstanceOf(HowlerAudio);
    expect(Howler.usingWebAudio).toBe(false);
    expect(audio.status).toBe('locked');
    audio.unlock();
    expect(audio.status).toBe('running');
    audio.dispose();
  });

  it('turns off howler auto-suspend, so a long reading pause never needs a new gesture', async () => {
    Howler.autoSuspend = true;
    const audio = await createHowlerAudio({ logger: { warn: vi.fn() } });
    expect(Howler.autoSuspend).toBe(false);
    audio.dispose();
  });

  it('creates real Howls for the declared sounds with the bundled URLs, without throwing', async () => {
    const specs: HowlSpec[] = [];
    const real = howlerFactory(Howl);
    const warn = vi.fn();
    const audio = await createHowlerAudio({
      logger: { warn },
      makeHowl: (spec) => {
        specs.push(spec);
        return real(spec);
      },
    });
    audio.unlock();
    expect(() => {
      audio.reconcile({ music: 'title', ambience: 'night' });
      audio.reconcile({ music: 'title', ambience: 'night' });
      audio.playSfx('gate_bolt');
      audio.setVolumes({ master: 0.5, music: 0.5, ambience: 0.5, sfx: 0.5, muted: false });
      audio.reconcile({ music: 'dread', ambience: null });
    }).not.toThrow();
    expect(specs.map((s) => s.url.replace(/\?.*$/, '').split('/').slice(-2).join('/'))).toEqual([
      'music/title.ogg',
      'ambience/night.ogg',
      'sfx/gate_bolt.ogg',
      'music/dread.ogg',
    ]);
    expect(warn).not.toHaveBeenCalled();
    audio.dispose();
  });
});

describe('howlerFactory', () => {
  it('passes loop, streaming and the ogg format to howler and reports its load and play errors', () => {
    const seen: Record<string, unknown>[] = [];
    class SpyHowl extends Howl {
      constructor(options: ConstructorParameters<typeof Howl>[0]) {
        super({ ...options, preload: false });
        seen.push(options as unknown as Record<string, unknown>);
      }
    }
    const onLoadError = vi.fn();
    const onPlayError = vi.fn();
    const handle = howlerFactory(SpyHowl)({
      url: '/x/music/title.ogg',
      loop: true,
      stream: true,
      onLoadError,
      onPlayError,
    });
    const options = seen[0]!;
    expect(options).toMatchObject({ src: ['/x/music/title.ogg'], format: ['ogg'], loop: true, html5: true, volume: 0 });
    (options['onloaderror'] as (id: number, e: unknown) => void)(1, 'decode');
    (options['onplayerror'] as (id: number, e: unknown) => void)(1, 'locked');
    expect(onLoadError).toHaveBeenCalledWith('decode');
    expect(onPlayError).toHaveBeenCalledWith('locked');
    expect(typeof handle.play()).toBe('number');
    handle.unload();
  });
});

describe('howlerFactory playing one file twice', () => {
  it('gives two playbacks, even before the file has loaded (a layered bed)', () => {
    const handle = howlerFactory(Howl)({
      url: '/x/ambience/rain.ogg',
      loop: true,
      stream: false,
      onLoadError: vi.fn(),
      onPlayError: vi.fn(),
    });
    const first = handle.play();
    const second = handle.play();
    expect(first).not.toBe(second);
    handle.unload();
  });
});

describe('soundUrl', () => {
  it('finds a bundled URL for every sound in the catalog', () => {
    for (const entry of allSounds()) expect(soundUrl(entry), entry.file).toMatch(/\.ogg(\?|$)/);
  });

  it('answers undefined for a file that is not there', () => {
    expect(soundUrl({ file: 'music/nope.ogg' })).toBeUndefined();
  });
});

describe('the silent adapter', () => {
  it('is unavailable and remembers what it was asked', () => {
    const silent = new SilentAudio();
    silent.reconcile({ music: 'title', ambience: 'night' });
    silent.playSfx('siren');
    expect(silent.status).toBe('unavailable');
    expect(silent.scene).toEqual({ music: 'title', ambience: 'night' });
    expect(silent.sfxRequested).toEqual(['siren']);
  });
});

describe('howlerFactory before a sound has loaded', () => {
  it("keeps only the latest level of each playback instead of growing howler's queue, and applies it on load", () => {
    let options: Record<string, unknown> = {};
    const volumes: [number, number][] = [];
    let loaded = false;
    class NeverLoadedHowl extends Howl {
      constructor(o: ConstructorParameters<typeof Howl>[0]) {
        super({ ...o, preload: false });
        options = o as unknown as Record<string, unknown>;
      }
      override state(): 'loaded' | 'unloaded' {
        return loaded ? 'loaded' : 'unloaded';
      }
      override volume(...args: unknown[]): never {
        volumes.push(args as [number, number]);
        return this as never;
      }
    }
    const handle = howlerFactory(NeverLoadedHowl)({
      url: '/x/music/title.ogg',
      loop: true,
      stream: false,
      onLoadError: vi.fn(),
      onPlayError: vi.fn(),
    });
    for (let i = 0; i < 5_000; i++) {
      handle.setVolume(i / 5_000, 7);
      handle.fade(0, 0.25, 100, 7);
    }
    handle.setVolume(0.5, 8);
    expect(volumes).toEqual([]); // nothing reached howler while it was not loaded
    loaded = true; // howler marks the sound loaded, then calls onload
    (options['onload'] as () => void)();
    expect(volumes).toEqual([
      [0.25, 7],
      [0.5, 8],
    ]);
    handle.unload();
  });

  it('holds levels while an HTML5 play is still locked, and applies the latest when the play starts', () => {
    let options: Record<string, unknown> = {};
    const volumes: [number, number][] = [];
    let howl: LockedHowl | null = null;
    class LockedHowl extends Howl {
      _playLock = true;
      constructor(o: ConstructorParameters<typeof Howl>[0]) {
        super({ ...o, preload: false });
        options = o as unknown as Record<string, unknown>;
        // eslint-disable-next-line @typescript-eslint/no-this-alias -- the test keeps the one Howl the adapter made
        howl = this;
      }
      override state(): 'loaded' {
        return 'loaded';
      }
      override volume(...args: unknown[]): never {
        volumes.push(args as [number, number]);
        return this as never;
      }
    }
    const handle = howlerFactory(LockedHowl)({
      url: '/x/music/title.ogg',
      loop: true,
      stream: true,
      onLoadError: vi.fn(),
      onPlayError: vi.fn(),
    });
    for (let i = 0; i < 1_000; i++) handle.setVolume(i / 1_000, 3);
    handle.fade(0, 0.4, 100, 3);
    (options['onload'] as () => void)(); // loaded, but the play promise has not settled
    expect(volumes).toEqual([]);
    howl!._playLock = false;
    (options['onplay'] as () => void)();
    expect(volumes).toEqual([[0.4, 3]]);
    handle.setVolume(0.9, 3); // ready now: straight through
    expect(volumes.at(-1)).toEqual([0.9, 3]);
    handle.unload();
  });
});

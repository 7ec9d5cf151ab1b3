// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HowlerAudio, type HowlerGlobalLike } from '../../../src/adapters/audio/howler-audio.ts';
import { levelFor } from '../../../src/core/audio/mix-level.ts';
import { soundEntry } from '../../../src/core/audio/sound-catalog.ts';
import { FakeContext, FakeHowls, fakeUrl } from './fake-howler.ts';

const FADE = 1000;
const DEFAULTS = { master: 1, music: 0.8, ambience: 0.8, sfx: 1, muted: false };

function setup(
  opts: { ctx?: FakeContext | null; urlFor?: (e: { file: string }) => string | undefined; noAudio?: boolean } = {},
) {
  const howls = new FakeHowls();
  const ctx = opts.ctx === undefined ? new FakeContext('running') : opts.ctx;
  const howler: HowlerGlobalLike = { ctx, noAudio: opts.noAudio ?? false };
  const warn = vi.fn();
  const audio = new HowlerAudio({
    makeHowl: howls.factory,
    howler,
    urlFor: opts.urlFor ?? fakeUrl,
    logger: { warn },
    fadeMs: FADE,
  });
  return { audio, howls, ctx, warn };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('HowlerAudio reconciling declared state', () => {
  it('starts the declared music and ambience, fading each in from silence', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: 'title', ambience: 'night' });
    // the night bed is layered: two playbacks of its file (tests/ui/audio/ambient-events.test.ts)
    expect(howls.ops('play').map((c) => c.url)).toEqual([
      '/a/music/title.ogg',
      '/a/ambience/night.ogg',
      '/a/ambience/night.ogg',
    ]);
    const fades = howls.ops('fade');
    expect(fades).toEqual([
      expect.objectContaining({
        url: '/a/music/title.ogg',
        from: 0,
        to: levelFor(soundEntry({ kind: 'music', id: 'title' }), DEFAULTS),
        ms: FADE,
      }),
      expect.objectContaining({ url: '/a/ambience/night.ogg', from: 0, ms: FADE }),
      expect.objectContaining({ url: '/a/ambience/night.ogg', from: 0, ms: FADE }),
    ]);
  });

  it('does nothing when told the same state twice', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: 'house', ambience: 'garden' });
    const before = howls.calls.length;
    audio.reconcile({ music: 'house', ambience: 'garden' });
    audio.reconcile({ music: 'house', ambience: 'garden' });
    expect(howls.calls.length).toBe(before);
  });

  it('crossfades a change: the old cue fades out and stops after the fade, the new one fades in', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: 'house', ambience: null });
    const houseId = howls.ops('play')[0]!.id;
    audio.reconcile({ music: 'dread', ambience: null });
    const fades = howls.ops('fade');
    expect(fades).toContainEqual(expect.objectContaining({ url: '/a/music/house.ogg', id: houseId, to: 0, ms: FADE }));
    expect(fades).toContainEqual(expect.objectContaining({ url: '/a/music/dread.ogg', from: 0, ms: FADE }));
    expect(howls.ops('stop')).toEqual([]);
    vi.advanceTimersByTime(FADE + 100);
    expect(howls.ops('stop')).toEqual([{ op: 'stop', url: '/a/music/house.ogg', id: houseId }]);
  });

  it('fades to silence when the story declares no music', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: 'grief', ambience: 'crowd' });
    audio.reconcile({ music: null, ambience: 'crowd' });
    vi.advanceTimersByTime(FADE + 100);
    expect(howls.ops('stop').map((c) => c.url)).toEqual(['/a/music/grief.ogg']);
  });

  it('makes one Howl per file and reuses it when a cue comes back', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: 'house', ambience: null });
    audio.reconcile({ music: 'dread', ambience: null });
    vi.advanceTimersByTime(FADE + 100);
    audio.reconcile({ music: 'house', ambience: null });
    expect(howls.specs.map((s) => s.url)).toEqual(['/a/music/house.ogg', '/a/music/dread.ogg']);
    expect(howls.ops('play').filter((c) => c.url === '/a/music/house.ogg')).toHaveLength(2);
    expect(howls.ops('unload')).toEqual([]);
  });

  it('fades a cue back in from where its fade-out had reached, without restarting it', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: 'house', ambience: null });
    const houseId = howls.ops('play')[0]!.id;
    vi.advanceTimersByTime(FADE * 2);
    audio.reconcile({ music: 'dread', ambience: null });
    vi.advanceTimersByTime(FADE / 2);
    audio.reconcile({ music: 'house', ambience: null });
    const full = levelFor(soundEntry({ kind: 'music', id: 'house' }), DEFAULTS);
    expect(howls.ops('fade').at(-1)).toEqual(
      expect.objectContaining({ id: houseId, from: expect.closeTo(full / 2, 5), to: full }),
    );
    vi.advanceTimersByTime(FADE * 3);
    expect(howls.ops('play').filter((c) => c.url === '/a/music/house.ogg')).toHaveLength(1);
    expect(howls.ops('stop').map((c) => c.url)).toEqual(['/a/music/dread.ogg']);
    expect(howls.ops('fade').at(-1)).toEqual(
      expect.objectContaining({ url: '/a/music/house.ogg', id: houseId, to: expect.any(Number) }),
    );
    expect(howls.ops('fade').at(-1)!.to).toBeGreaterThan(0);
  });

  it('asks howler for loops only for music and ambience, and streams only music', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: 'title', ambience: 'rain' });
    audio.playSfx('siren');
    expect(howls.specs.map((s) => [s.url, s.loop, s.stream])).toEqual([
      ['/a/music/title.ogg', true, true],
      ['/a/ambience/rain.ogg', true, false],
      ['/a/sfx/siren.ogg', false, false],
    ]);
  });
});

describe('HowlerAudio effects and volumes', () => {
  it('plays an effect at its base volume times the effects and master volumes', () => {
    const { audio, howls } = setup();
    audio.setVolumes({ ...DEFAULTS, master: 0.5, sfx: 0.5 });
    audio.playSfx('gate_bolt');
    const [play] = howls.ops('play');
    expect(play).toBeDefined();
    expect(howls.ops('volume')).toEqual([
      {
        op: 'volume',
        url: '/a/sfx/gate_bolt.ogg',
        id: play!.id,
        level: soundEntry({ kind: 'sfx', id: 'gate_bolt' }).volume * 0.25,
      },
    ]);
  });

  it('applies new volumes at once to what is playing, and mutes to zero', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: 'house', ambience: 'garden' });
    audio.setVolumes({ ...DEFAULTS, muted: true });
    const levels = howls.ops('volume').slice(-2);
    expect(levels.map((c) => c.level)).toEqual([0, 0]);
  });

  it('skips effects entirely while muted', () => {
    const { audio, howls } = setup();
    audio.setVolumes({ ...DEFAULTS, muted: true });
    audio.playSfx('dog_bark');
    expect(howls.ops('play')).toEqual([]);
  });
});

describe('HowlerAudio before the first tap', () => {
  it('reports locked while the audio context is suspended, and running after unlock', async () => {
    const { audio, ctx } = setup({ ctx: new FakeContext('suspended') });
    expect(audio.status).toBe('locked');
    audio.unlock();
    await Promise.resolve();
    expect(ctx!.resumeCalls).toBe(1);
    expect(audio.status).toBe('running');
  });

  it('skips effects while locked instead of queueing them for the first tap', async () => {
    const { audio, howls } = setup({ ctx: new FakeContext('suspended') });
    audio.playSfx('gunfire');
    audio.playSfx('glass_break');
    audio.unlock();
    await Promise.resolve();
    expect(howls.ops('play')).toEqual([]);
  });

  it('remembers the declared music while locked and starts it at unlock', async () => {
    const { audio, howls } = setup({ ctx: new FakeContext('suspended') });
    audio.reconcile({ music: 'title', ambience: 'night' });
    audio.reconcile({ music: 'house', ambience: 'night' });
    expect(howls.ops('play')).toEqual([]);
    audio.unlock();
    await Promise.resolve();
    expect(howls.ops('play').map((c) => c.url)).toEqual([
      '/a/music/house.ogg',
      '/a/ambience/night.ogg',
      '/a/ambience/night.ogg',
    ]);
  });

  it('starts the declared state when the browser lets audio run by itself (kiosk autoplay flag)', () => {
    const ctx = new FakeContext('suspended');
    const { audio, howls } = setup({ ctx });
    audio.reconcile({ music: 'title', ambience: null });
    ctx.set('running');
    expect(howls.ops('play').map((c) => c.url)).toEqual(['/a/music/title.ogg']);
  });

  it('stays running after howler suspends an idle context', () => {
    const ctx = new FakeContext('running');
    const { audio, howls } = setup({ ctx });
    expect(audio.status).toBe('running');
    ctx.set('suspended');
    audio.playSfx('typewriter');
    expect(audio.status).toBe('running');
    expect(howls.ops('play')).toHaveLength(1);
  });

  it('without Web Audio, counts the first gesture as the unlock', () => {
    const { audio, howls } = setup({ ctx: null });
    audio.reconcile({ music: null, ambience: 'house' });
    expect(audio.status).toBe('locked');
    audio.unlock();
    expect(audio.status).toBe('running');
    expect(howls.ops('play').map((c) => c.url)).toEqual(['/a/ambience/house.ogg']);
  });

  it('warns once and stays locked when the browser refuses to resume', async () => {
    const { audio, warn } = setup({ ctx: new FakeContext('suspended', false) });
    audio.unlock();
    audio.unlock();
    await Promise.resolve();
    await Promise.resolve();
    expect(audio.status).toBe('locked');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('HowlerAudio when sound fails', () => {
  it('warns about a missing file, plays nothing for it, and does not throw', () => {
    const { audio, howls, warn } = setup({ urlFor: (e) => (e.file === 'music/dread.ogg' ? undefined : fakeUrl(e)) });
    expect(() => audio.reconcile({ music: 'dread', ambience: 'wind' })).not.toThrow();
    expect(howls.ops('play').map((c) => c.url)).toEqual(['/a/ambience/wind.ogg', '/a/ambience/wind.ogg']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('music/dread.ogg');
  });

  it('after a load error, warns once and never asks that file to play again', () => {
    const { audio, howls, warn } = setup();
    audio.playSfx('siren');
    howls.failLoad('/a/sfx/siren.ogg');
    audio.playSfx('siren');
    audio.playSfx('siren');
    expect(howls.ops('play')).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps going when howler itself throws', () => {
    const howls = new FakeHowls();
    const warn = vi.fn();
    const audio = new HowlerAudio({
      makeHowl: () => {
        throw new Error('boom');
      },
      howler: { ctx: new FakeContext('running') },
      urlFor: fakeUrl,
      logger: { warn },
      fadeMs: FADE,
    });
    expect(() => audio.reconcile({ music: 'title', ambience: 'night' })).not.toThrow();
    expect(() => audio.playSfx('hammer')).not.toThrow();
    expect(warn).toHaveBeenCalled();
    expect(howls.calls).toEqual([]);
  });

  it('reports unavailable when howler has no audio at all, and ignores every call', () => {
    const { audio, howls } = setup({ noAudio: true });
    expect(audio.status).toBe('unavailable');
    audio.unlock();
    audio.reconcile({ music: 'title', ambience: 'night' });
    audio.playSfx('rooster');
    expect(howls.calls).toEqual([]);
  });

  it('unloads every Howl on dispose and then ignores calls', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: 'epilogue', ambience: 'garden' });
    audio.dispose();
    expect(
      howls
        .ops('unload')
        .map((c) => c.url)
        .sort(),
    ).toEqual(['/a/ambience/garden.ogg', '/a/music/epilogue.ogg']);
    expect(audio.status).toBe('unavailable');
    audio.reconcile({ music: 'title', ambience: null });
    audio.playSfx('rooster');
    expect(howls.ops('play')).toHaveLength(3); // the epilogue, and the garden bed's two layers, before dispose
  });
});

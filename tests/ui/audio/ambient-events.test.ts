// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HowlerAudio, type HowlerGlobalLike } from '../../../src/adapters/audio/howler-audio.ts';
import { LAYER_OFFSET_SEC, LAYER_RATE, type OneshotId } from '../../../src/core/audio/ambient-events.ts';
import { planAmbientEvents, seededRandom } from '../../../src/core/audio/event-schedule.ts';
import { levelFor } from '../../../src/core/audio/mix-level.ts';
import { soundEntry } from '../../../src/core/audio/sound-catalog.ts';
import { FakeContext, FakeHowls, fakeUrl } from './fake-howler.ts';

const FADE = 1000;
const SEED = 1940;
const DEFAULTS = { master: 1, music: 0.8, ambience: 0.8, sfx: 1, muted: false };

function setup(ctx = new FakeContext('running')) {
  const howls = new FakeHowls();
  const howler: HowlerGlobalLike = { ctx, noAudio: false };
  const warn = vi.fn();
  const audio = new HowlerAudio({
    makeHowl: howls.factory,
    howler,
    urlFor: fakeUrl,
    logger: { warn },
    fadeMs: FADE,
    random: seededRandom(SEED),
  });
  const heard: OneshotId[] = [];
  audio.onAmbientEvent((id) => heard.push(id));
  return { audio, howls, heard, ctx, warn };
}

const oneshotPlays = (howls: FakeHowls) => howls.ops('play').filter((c) => c.url.startsWith('/a/oneshot/'));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ambience beds', () => {
  it('play a layered bed twice at equal power: the second layer slowed and started half a loop in', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: null, ambience: 'rain' });
    const [first, second] = howls.ops('play');
    expect(first?.url).toBe('/a/ambience/rain.ogg');
    expect(second?.url).toBe('/a/ambience/rain.ogg');
    expect(howls.ops('rate')).toEqual([{ op: 'rate', url: '/a/ambience/rain.ogg', id: second!.id, rate: LAYER_RATE }]);
    expect(howls.ops('seek')).toEqual([
      { op: 'seek', url: '/a/ambience/rain.ogg', id: second!.id, seconds: LAYER_OFFSET_SEC },
    ]);
    const level = levelFor(soundEntry({ kind: 'ambience', id: 'rain' }), DEFAULTS);
    for (const fade of howls.ops('fade')) expect(fade.to).toBeCloseTo(level / Math.SQRT2, 10);
  });

  it('play a bed that keeps time (the house clock) once, at its full level', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: null, ambience: 'house' });
    expect(howls.ops('play')).toHaveLength(1);
    expect(howls.ops('fade')[0]?.to).toBeCloseTo(levelFor(soundEntry({ kind: 'ambience', id: 'house' }), DEFAULTS), 10);
  });

  it('stop both layers after fading out', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: null, ambience: 'wind' });
    audio.reconcile({ music: null, ambience: null });
    vi.advanceTimersByTime(FADE + 100);
    expect(
      howls
        .ops('stop')
        .map((c) => c.id)
        .sort(),
    ).toEqual(
      howls
        .ops('play')
        .map((c) => c.id)
        .sort(),
    );
  });
});

describe('ambient one-shots', () => {
  it('play the seeded schedule: each event at its time, at the bed level times its gain, with its rate and pan', () => {
    const { audio, howls, heard } = setup();
    audio.reconcile({ music: null, ambience: 'street' });
    const plan = planAmbientEvents('street', seededRandom(SEED), 120_000);
    expect(plan.length).toBeGreaterThan(3);
    const bedLevel = levelFor(soundEntry({ kind: 'ambience', id: 'street' }), DEFAULTS);
    for (const [k, event] of plan.entries()) {
      vi.advanceTimersByTime(event.afterMs - 1);
      expect(oneshotPlays(howls), `before event ${k}`).toHaveLength(k);
      vi.advanceTimersByTime(1);
      const play = oneshotPlays(howls)[k]!;
      expect(play.url).toBe(`/a/oneshot/${event.id}.ogg`);
      expect(howls.ops('volume').find((c) => c.id === play.id)?.level).toBeCloseTo(bedLevel * event.gain, 10);
      expect(howls.ops('rate').find((c) => c.id === play.id)?.rate).toBe(event.rate);
      expect(howls.ops('pan').find((c) => c.id === play.id)?.pan).toBe(event.pan);
    }
    expect(heard).toEqual(plan.map((e) => e.id));
  });

  it('stop when the story silences the ambience, and follow the new bed when it changes', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: null, ambience: 'rain' });
    vi.advanceTimersByTime(60_000);
    const during = oneshotPlays(howls).length;
    expect(during).toBeGreaterThan(0);
    audio.reconcile({ music: null, ambience: null });
    vi.advanceTimersByTime(10 * 60_000);
    expect(oneshotPlays(howls)).toHaveLength(during);
    audio.reconcile({ music: null, ambience: 'hospital' });
    vi.advanceTimersByTime(5 * 60_000);
    const after = oneshotPlays(howls)
      .slice(during)
      .map((c) => c.url);
    expect(after.length).toBeGreaterThan(0);
    for (const url of after) expect(['/a/oneshot/corridor_steps.ogg', '/a/oneshot/tray.ogg']).toContain(url);
  });

  it('play nothing and caption nothing while muted', () => {
    const { audio, howls, heard } = setup();
    audio.setVolumes({ ...DEFAULTS, muted: true });
    audio.reconcile({ music: null, ambience: 'market' });
    vi.advanceTimersByTime(5 * 60_000);
    expect(oneshotPlays(howls)).toEqual([]);
    expect(heard).toEqual([]);
  });

  it('wait for audio to be unlocked before the first event', () => {
    const { audio, howls, ctx } = setup(new FakeContext('suspended'));
    audio.reconcile({ music: null, ambience: 'garden' });
    vi.advanceTimersByTime(5 * 60_000);
    expect(howls.calls).toEqual([]);
    ctx.set('running');
    vi.advanceTimersByTime(60_000);
    expect(oneshotPlays(howls).length).toBeGreaterThan(0);
  });

  it('stop for good on dispose', () => {
    const { audio, howls } = setup();
    audio.reconcile({ music: null, ambience: 'night' });
    audio.dispose();
    vi.advanceTimersByTime(10 * 60_000);
    expect(oneshotPlays(howls)).toEqual([]);
  });

  it('keep the story going when the caption listener throws', () => {
    const { audio, howls, warn } = setup();
    audio.onAmbientEvent(() => {
      throw new Error('boom');
    });
    audio.reconcile({ music: null, ambience: 'garden' });
    vi.advanceTimersByTime(3 * 60_000);
    expect(oneshotPlays(howls).length).toBeGreaterThan(1); // the schedule went on after the first throw
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

// @vitest-environment happy-dom
// Scene changes dip through paper: the fade starts hidden, hides and shows from wherever it is, and a fade cut short
// by a newer one says so.
import { beforeEach, describe, expect, it } from 'vitest';
import { StageFade } from '../../../src/ui/phaser/stage-fade.ts';

interface FakeAnimation {
  readonly from: number;
  readonly to: number;
  readonly duration: number;
  progress: number;
  cancelled: boolean;
  finish(): void;
}

let made: FakeAnimation[];

beforeEach(() => {
  made = [];
  // happy-dom has no Web Animations: a hand-driven stand-in (progress and finish set by the test).
  HTMLElement.prototype.animate = function (frames, options) {
    const list = frames as Keyframe[];
    let resolve: () => void = () => undefined;
    let reject: (error: Error) => void = () => undefined;
    const finished = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    finished.catch(() => undefined); // as in browsers: a cancelled animation's promise is marked handled
    const fake: FakeAnimation = {
      from: Number(list[0]?.opacity),
      to: Number(list[1]?.opacity),
      duration: Number(typeof options === 'number' ? options : options?.duration),
      progress: 0,
      cancelled: false,
      finish: () => {
        fake.progress = 1;
        resolve();
      },
    };
    made.push(fake);
    return {
      get playState() {
        return fake.progress >= 1 ? 'finished' : 'running';
      },
      effect: { getComputedTiming: () => ({ progress: fake.progress }) },
      finished,
      cancel: () => {
        fake.cancelled = true;
        reject(new Error('AbortError'));
      },
    } as unknown as Animation;
  };
});

function targets(): HTMLElement[] {
  return [document.createElement('canvas'), document.createElement('div')];
}

describe('StageFade', () => {
  it('starts hidden, so nothing shows before the first picture is drawn', () => {
    const els = targets();
    const fade = new StageFade(els);
    expect(els.map((el) => el.style.opacity)).toEqual(['0', '0']);
    expect(fade.level()).toBe(0);
  });

  it('fades both the canvas and the effect layer in, and resolves true once fully shown', async () => {
    const els = targets();
    const fade = new StageFade(els);
    const shown = fade.show(400);
    expect(made.map((a) => [a.from, a.to, a.duration])).toEqual([
      [0, 1, 400],
      [0, 1, 400],
    ]);
    made.forEach((a) => a.finish());
    expect(await shown).toBe(true);
    expect(els.map((el) => el.style.opacity)).toEqual(['1', '1']);
  });

  it('turns a fade-in round from where it is, and the cut fade-in resolves false', async () => {
    const fade = new StageFade(targets());
    const shown = fade.show(400);
    made.forEach((a) => (a.progress = 0.5));
    const hidden = fade.hide(400);
    expect(await shown).toBe(false);
    const back = made.slice(2);
    expect(back.map((a) => [a.from, a.to, a.duration])).toEqual([
      [0.5, 0, 200],
      [0.5, 0, 200],
    ]);
    back.forEach((a) => a.finish());
    await hidden;
    expect(fade.level()).toBe(0);
  });

  it('does not restart a hide already under way', () => {
    const fade = new StageFade(targets());
    void fade.show(0);
    const first = fade.hide(400);
    expect(fade.hide(400)).toBe(first);
    expect(made).toHaveLength(2);
  });

  it('resolves at once when already where it is asked to go', async () => {
    const fade = new StageFade(targets());
    await fade.hide(400);
    expect(made).toHaveLength(0);
  });
});

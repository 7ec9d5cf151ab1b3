// @vitest-environment happy-dom
// The raid's flashes and the fire's glow live on a DOM layer over the canvas: they follow the camera's crop without
// reading layout, keep to the flash timing, draw a still print when motion is reduced, and leave nothing behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEffectHost, fireGlow, raidFlashes } from '../../../src/ui/phaser/effect-layer.ts';
import { MIN_FLASH_GAP_MS } from '../../../src/ui/phaser/flash-timing.ts';

const POINTS: readonly (readonly [number, number])[] = [
  [200, 150],
  [700, 160],
];

let parent: HTMLElement;
let animations: { el: Element; duration: number; cancelled: boolean }[];

beforeEach(() => {
  vi.useFakeTimers();
  parent = document.createElement('div');
  document.body.append(parent);
  animations = [];
  // happy-dom has no Web Animations: record what would be animated.
  HTMLElement.prototype.animate = function (this: HTMLElement, _frames, options) {
    const record = {
      el: this,
      duration: Number(typeof options === 'number' ? options : options?.duration),
      cancelled: false,
    };
    animations.push(record);
    return {
      cancel: () => {
        record.cancelled = true;
      },
      set onfinish(_fn: unknown) {
        // never finishes in the test
      },
    } as unknown as Animation;
  };
});

afterEach(() => {
  vi.useRealTimers();
  parent.remove();
});

describe('the effect layer', () => {
  it('sits over the canvas, hidden from assistive technology and from the pointer', () => {
    const host = createEffectHost(parent);
    const layer = parent.querySelector<HTMLElement>('.stage-effects')!;
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    expect(layer.style.pointerEvents).toBe('none');
    host.destroy();
    expect(parent.querySelector('.stage-effects')).toBeNull();
  });

  it('follows the crop: a plane as wide as the whole picture, moved to the visible corner, in percentages', () => {
    const host = createEffectHost(parent);
    host.place({ x: 240, y: 27, width: 480, height: 486 }); // a box that sees the middle half of the picture
    expect(host.plane.style.width).toBe('200.0000%');
    expect(host.plane.style.transform).toBe('translate(-25.0000%, -5.0000%)');
  });

  it('flashes one burst at a time, no sooner than the minimum gap, and stops every timer when destroyed', () => {
    const host = createEffectHost(parent);
    const effect = raidFlashes(host.plane, POINTS, false);
    expect(host.plane.querySelectorAll('.stage-flash')).toHaveLength(2);
    vi.advanceTimersByTime(MIN_FLASH_GAP_MS - 1);
    expect(animations).toHaveLength(0);
    vi.advanceTimersByTime(10_000);
    const flashes = animations.length;
    expect(flashes).toBeGreaterThan(3);
    expect(flashes).toBeLessThanOrEqual(Math.ceil((10_000 + MIN_FLASH_GAP_MS) / MIN_FLASH_GAP_MS));
    effect.destroy();
    expect(host.plane.querySelectorAll('.stage-flash')).toHaveLength(0);
    vi.advanceTimersByTime(10_000);
    expect(animations).toHaveLength(flashes);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shows every burst at once, dimmed and still, when motion is reduced', () => {
    const host = createEffectHost(parent);
    raidFlashes(host.plane, POINTS, true);
    const bursts = [...host.plane.querySelectorAll<HTMLElement>('.stage-flash')];
    expect(bursts.map((b) => b.style.opacity)).toEqual(['0.75', '0.75']);
    vi.advanceTimersByTime(10_000);
    expect(animations).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lets the fire breathe without end, and holds it steady when motion is reduced', () => {
    const host = createEffectHost(parent);
    const moving = fireGlow(host.plane, [480, 300], false);
    expect(animations).toHaveLength(1);
    moving.destroy();
    expect(animations[0]?.cancelled).toBe(true);
    expect(host.plane.querySelector('.stage-glow')).toBeNull();
    fireGlow(host.plane, [480, 300], true);
    expect(animations).toHaveLength(1);
    expect(host.plane.querySelector<HTMLElement>('.stage-glow')?.style.opacity).toBe('0.6');
  });
});

// The long-running effects, drawn as DOM over the canvas instead of by Phaser: the raid's muzzle flashes and the
// fire's breathing glow. Each is an opacity animation (Web Animations API), which the browser's compositor runs
// off the main thread, so a picture with an effect costs Phaser no frames at all (its loop sleeps: loop-gate.ts).
// Contract:
// - `createEffectHost(parent)` adds one layer over the canvas (aria-hidden, no input) that follows the camera's crop
//   through `place(visible)`: a "plane" the size of the whole picture, positioned in percentages of the box, so
//   nothing here ever reads layout.
// - `raidFlashes` / `fireGlow` add one picture's effect to the plane and return a handle: `destroy()` stops every
//   timer and animation and removes its elements. The layer fades in and out with the canvas (stage-fade.ts).
// - With `still` (reduced motion) they draw a still print of the moment: nothing animates, no timer runs.
// Styles are set through the CSSOM (element.style), which the page's Content Security Policy allows.

import { ART_H, ART_W } from './art-fit.ts';
import { FLASH_FADE_MS, FLASH_RISE_MS, flashStep } from './flash-timing.ts';

export interface VisibleRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface EffectHost {
  /** The layer itself (it fades with the canvas: stage-fade.ts). */
  readonly element: HTMLElement;
  /** Where an effect's elements go: positioned in design pixels through percentages (pct()). */
  readonly plane: HTMLElement;
  /** Follow the camera: `visible` is the part of the picture the box shows, in design pixels. */
  place(visible: VisibleRect): void;
  destroy(): void;
}

export interface Effect {
  destroy(): void;
}

const ACCENT = '#a33b26';
const CORE = '#f6e7bd';
const FIRE = '200, 85, 46'; // rgb of the fire's light

/** A design-space length as a percentage of the picture's width or height. */
function pct(value: number, of: number): string {
  return `${((value / of) * 100).toFixed(4)}%`;
}

export function createEffectHost(parent: HTMLElement): EffectHost {
  const host = document.createElement('div');
  host.className = 'stage-effects';
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'absolute', inset: '0', overflow: 'hidden', pointerEvents: 'none' });
  const plane = document.createElement('div');
  Object.assign(plane.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    aspectRatio: `${ART_W} / ${ART_H}`,
    transformOrigin: '0 0',
  });
  host.append(plane);
  parent.append(host);
  return {
    element: host,
    plane,
    place(visible) {
      // The plane is as many box-widths wide as the whole picture is wider than its visible part, then moved so the
      // visible part's corner sits at the box's corner (translate percentages are of the plane itself).
      plane.style.width = pct(ART_W, visible.width);
      plane.style.transform = `translate(${pct(-visible.x, ART_W)}, ${pct(-visible.y, ART_H)})`;
    },
    destroy() {
      host.remove();
    },
  };
}

/** An element placed on the plane, centred on (x, y), `w` × `h` design pixels. */
function placed(plane: HTMLElement, x: number, y: number, w: number, h: number): HTMLElement {
  const el = document.createElement('div');
  Object.assign(el.style, {
    position: 'absolute',
    left: pct(x - w / 2, ART_W),
    top: pct(y - h / 2, ART_H),
    width: pct(w, ART_W),
    height: pct(h, ART_H),
    willChange: 'opacity',
  });
  plane.append(el);
  return el;
}

/** Web Animations where the browser has them; a test DOM without them gets the end state. */
function animate(el: HTMLElement, frames: Keyframe[], options: KeyframeAnimationOptions): Animation | null {
  if (typeof el.animate !== 'function') return null;
  return el.animate(frames, options);
}

function group(plane: HTMLElement): HTMLElement {
  const el = document.createElement('div');
  Object.assign(el.style, { position: 'absolute', inset: '0' });
  plane.append(el);
  return el;
}

function handle(root: HTMLElement, stop: () => void): Effect {
  return {
    destroy() {
      stop();
      root.remove();
    },
  };
}

/** The outline of a muzzle flash: a nine-pointed star, as percentages of its 92 × 92 box. */
export function burstPolygon(): string {
  const spikes = 9;
  const points: string[] = [];
  for (let i = 0; i < spikes * 2; i++) {
    const a = (i / (spikes * 2)) * Math.PI * 2;
    const r = i % 2 === 0 ? 34 + (i % 4) * 6 : 11;
    points.push(
      `${(50 + (Math.cos(a) * r * 100) / 92).toFixed(2)}% ${(50 + (Math.sin(a) * r * 100) / 92).toFixed(2)}%`,
    );
  }
  return `polygon(${points.join(', ')})`;
}

/**
 * The night of 24 May: a small star of light at one window at a time (flash-timing.ts: never faster than twice a
 * second), or, when motion is reduced, every burst shown at once, dimmed: a print of the moment.
 */
export function raidFlashes(
  plane: HTMLElement,
  points: readonly (readonly [number, number])[],
  still: boolean,
): Effect {
  const root = group(plane);
  const bursts = points.map(([x, y]) => {
    const el = placed(root, x, y, 92, 92);
    el.className = 'stage-flash';
    Object.assign(el.style, {
      clipPath: burstPolygon(),
      background: `radial-gradient(circle closest-side, ${CORE} 0 21.7%, ${ACCENT} 21.7%)`,
      opacity: still ? '0.75' : '0',
    });
    return el;
  });
  if (still || bursts.length === 0) return handle(root, () => undefined);
  const total = FLASH_RISE_MS + FLASH_FADE_MS;
  let n = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const running = new Set<Animation>();
  const next = (): void => {
    const step = flashStep(n++, bursts.length);
    timer = setTimeout(() => {
      const el = bursts[step.point];
      const animation =
        el === undefined
          ? null
          : animate(
              el,
              [
                { opacity: 0, easing: 'linear' },
                { opacity: 1, offset: FLASH_RISE_MS / total, easing: 'cubic-bezier(0.5, 1, 0.89, 1)' }, // ease-out quad
                { opacity: 0 },
              ],
              { duration: total },
            );
      if (animation !== null) {
        running.add(animation);
        animation.onfinish = () => running.delete(animation);
      }
      next();
    }, step.delayMs);
  };
  next();
  return handle(root, () => {
    if (timer !== null) clearTimeout(timer);
    for (const animation of running) animation.cancel();
    running.clear();
  });
}

/** Fire in Seva's room: warm light that breathes slowly over the flames Phaser drew (steady when motion is reduced). */
export function fireGlow(plane: HTMLElement, at: readonly [number, number], still: boolean): Effect {
  const root = group(plane);
  const el = placed(root, at[0], at[1] + 30, 380, 340);
  el.className = 'stage-glow';
  Object.assign(el.style, {
    background: `radial-gradient(closest-side, rgba(${FIRE}, 0.45), rgba(${FIRE}, 0.18) 55%, rgba(${FIRE}, 0))`,
    opacity: still ? '0.6' : '0.2',
  });
  const breathing = still
    ? null
    : animate(el, [{ opacity: 0.2 }, { opacity: 0.8 }], {
        duration: 1600,
        iterations: Infinity,
        direction: 'alternate',
        easing: 'ease-in-out',
      });
  return handle(root, () => breathing?.cancel());
}

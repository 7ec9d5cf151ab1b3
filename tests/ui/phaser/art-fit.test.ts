// Which raster tier a screen fetches, and how the picture covers any box around its focal point.
import { describe, expect, it } from 'vitest';
import {
  ART_H,
  ART_W,
  MAX_BACKING_PIXELS,
  backingSize,
  coverView,
  neededWidth,
  tierFor,
} from '../../../src/ui/phaser/art-fit.ts';

const TIERS = [640, 1280, 1920, 2560];

describe('tierFor', () => {
  it('fetches the smallest tier that covers a phone band sharply at its pixel ratio', () => {
    // 390 CSS px wide, a 16:9-ish band 220 high, at 3× : needs 1170 device pixels of picture width
    expect(tierFor(390, 220, 3, TIERS)).toBe(1280);
    expect(tierFor(390, 220, 1, TIERS)).toBe(640);
  });

  it('counts the height of a tall box, because covering it needs a wider picture than the box', () => {
    // portrait kiosk: picture area 1080 × 900 needs 900 × 16/9 = 1600 px of width, more than its 1080 px
    expect(neededWidth(1080, 900, 1)).toBeCloseTo(1600, 1);
    expect(tierFor(1080, 900, 1, TIERS)).toBe(1920);
    expect(tierFor(1080, 600, 1, TIERS)).toBe(1280);
  });

  it('takes a tier a little smaller than the exact need rather than jumping to twice the bytes', () => {
    expect(tierFor(1366, 768, 1, TIERS)).toBe(1280);
    expect(tierFor(1500, 600, 1, TIERS)).toBe(1920);
  });

  it('uses the largest tier for boxes bigger than every tier, and survives nonsense input', () => {
    expect(tierFor(2560, 1440, 2, TIERS)).toBe(2560);
    expect(tierFor(0, 0, Number.NaN, TIERS)).toBe(640);
    expect(tierFor(800, 450, 1, [1920, 640])).toBe(1920);
    expect(() => tierFor(800, 450, 1, [])).toThrow();
  });
});

describe('coverView', () => {
  it('fills a 16:9 box exactly, showing the whole picture', () => {
    const view = coverView(1920, 1080, [300, 100]);
    expect(view.zoom).toBe(2);
    expect(view.visible).toEqual({ x: 0, y: 0, width: ART_W, height: ART_H });
  });

  it('crops a portrait box from the sides around the focal point, never showing past the edge', () => {
    const view = coverView(1080, 1920, [300, 270]);
    expect(view.zoom).toBeCloseTo(1920 / ART_H);
    expect(view.visible.height).toBeCloseTo(ART_H);
    expect(view.visible.width).toBeCloseTo(1080 / (1920 / ART_H));
    expect(view.centerX).toBe(300);
    const nearEdge = coverView(1080, 1920, [20, 270]);
    expect(nearEdge.visible.x).toBeCloseTo(0);
    const farEdge = coverView(1080, 1920, [950, 270]);
    expect(farEdge.visible.x + farEdge.visible.width).toBeCloseTo(ART_W);
  });

  it('crops a wide band from top and bottom around the focal point', () => {
    const view = coverView(2000, 500, [480, 500]);
    expect(view.zoom).toBeCloseTo(2000 / ART_W);
    expect(view.visible.width).toBeCloseTo(ART_W);
    expect(view.visible.y + view.visible.height).toBeCloseTo(ART_H); // clamped: focus near the bottom
    expect(view.visible.height).toBeLessThan(ART_H);
  });

  it('always covers the box: the visible part times the zoom is the box', () => {
    for (const [w, h] of [
      [390, 300],
      [1366, 768],
      [2560, 1440],
      [1080, 1920],
      [200, 200],
    ] as const) {
      const view = coverView(w, h, [480, 270]);
      expect(view.visible.width * view.zoom).toBeCloseTo(w);
      expect(view.visible.height * view.zoom).toBeCloseTo(h);
      expect(view.visible.x).toBeGreaterThanOrEqual(-1e-9);
      expect(view.visible.y).toBeGreaterThanOrEqual(-1e-9);
    }
  });
});

describe('backingSize', () => {
  it('is the box times the pixel ratio, at most twice', () => {
    expect(backingSize(390, 300, 3)).toEqual({ width: 780, height: 600 });
    expect(backingSize(800, 450, 1)).toEqual({ width: 800, height: 450 });
  });

  it('never draws more pixels than the cap, keeping the box shape', () => {
    const size = backingSize(2560, 1440, 2);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_BACKING_PIXELS + 2560);
    expect(size.width / size.height).toBeCloseTo(16 / 9, 2);
    expect(ART_H).toBe(540);
  });
});

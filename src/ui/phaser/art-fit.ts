// Fitting the 16:9 pictures to whatever box the page gives the stage. Pure, so the maths is tested in node.
// - tierFor: which raster width to fetch (tools/art/raster.mjs TIERS), from the box and the device pixel ratio.
// - coverView: the camera that fills the box with the picture (cover: cropped, never letterboxed), keeping the
//   scene's focal point in view and as central as the crop allows.

/** The design size every picture is drawn at (assets/art/manifest.json `size`). */
export const ART_W = 960;
export const ART_H = 540;

/** Accept a tier this much smaller than the exact need: 10 % upscaling is invisible on these flat prints. */
const TIER_SLACK = 0.9;

/** Device pixels of picture width a cover fit needs for a box of cssW × cssH at this pixel ratio. */
export function neededWidth(cssW: number, cssH: number, devicePixelRatio: number): number {
  const w = Math.max(cssW, 1);
  const h = Math.max(cssH, 1);
  const dpr = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  return Math.max(w, (h * ART_W) / ART_H) * dpr;
}

/** The smallest tier that covers the box sharply, or the largest one for a box bigger than every tier. */
export function tierFor(cssW: number, cssH: number, devicePixelRatio: number, tiers: readonly number[]): number {
  const sorted = [...tiers].sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error('no raster tiers');
  const need = neededWidth(cssW, cssH, devicePixelRatio);
  return sorted.find((t) => t >= need * TIER_SLACK) ?? (sorted[sorted.length - 1] as number);
}

export interface CoverView {
  /** Camera zoom: design pixels → canvas pixels. */
  readonly zoom: number;
  /** The design-space point at the centre of the box. */
  readonly centerX: number;
  readonly centerY: number;
  /** The part of the picture that is seen, in design pixels. */
  readonly visible: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/**
 * The camera for a box of boxW × boxH canvas pixels: the picture scaled to cover the box, centred on the focal
 * point but never so far that paper outside the picture shows.
 */
export function coverView(boxW: number, boxH: number, focus: readonly [number, number]): CoverView {
  const w = Math.max(boxW, 1);
  const h = Math.max(boxH, 1);
  const zoom = Math.max(w / ART_W, h / ART_H);
  const vw = w / zoom;
  const vh = h / zoom;
  const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);
  const centerX = clamp(focus[0], vw / 2, ART_W - vw / 2);
  const centerY = clamp(focus[1], vh / 2, ART_H - vh / 2);
  return { zoom, centerX, centerY, visible: { x: centerX - vw / 2, y: centerY - vh / 2, width: vw, height: vh } };
}

/** The most canvas pixels drawn per frame: software WebGL on a kiosk fills 2560×1440 at best at a modest rate. */
export const MAX_BACKING_PIXELS = 2560 * 1440;

/** The canvas backing store for a CSS box: box × pixel ratio (at most 2), shrunk to MAX_BACKING_PIXELS. */
export function backingSize(cssW: number, cssH: number, devicePixelRatio: number): { width: number; height: number } {
  const w = Math.max(cssW, 1);
  const h = Math.max(cssH, 1);
  let ratio = Math.min(2, Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1);
  if (w * h * ratio * ratio > MAX_BACKING_PIXELS) ratio = Math.sqrt(MAX_BACKING_PIXELS / (w * h));
  return { width: Math.max(1, Math.round(w * ratio)), height: Math.max(1, Math.round(h * ratio)) };
}

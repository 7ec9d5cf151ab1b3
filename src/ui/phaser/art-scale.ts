// How much larger than the 960×540 design size to rasterise the SVGs: sharp on a big kiosk screen, small on an
// old Chromebook. Pure, so it can be tested in node.

export const ART_W = 960;
export const ART_H = 540;

/** 1, 1.5 or 2, from the CSS width the canvas gets and the device pixel ratio. */
export function artScaleFor(cssWidth: number, devicePixelRatio: number): number {
  const want = (Math.max(cssWidth, 1) * Math.max(devicePixelRatio, 1)) / ART_W;
  if (want > 1.6) return 2;
  if (want > 1.15) return 1.5;
  return 1;
}

// Plan labels never overlap: a label whose box would cross one already placed moves down (then up) by whole
// line steps until it is clear. Pure, so it is tested in node; stage-scene.ts measures the text and applies it.

export interface LabelBox {
  readonly id: string;
  /** Centre of the label as drawn (after its own alignment), in design pixels. */
  readonly cx: number;
  readonly cy: number;
  readonly width: number;
  readonly height: number;
}

/** Where each label's centre goes (same order as given), clear of every label placed before it. */
export function separateLabels(
  boxes: readonly LabelBox[],
  gap = 2,
  tries = 6,
): { id: string; cx: number; cy: number }[] {
  const placed: LabelBox[] = [];
  const overlaps = (a: LabelBox, b: LabelBox): boolean =>
    Math.abs(a.cx - b.cx) * 2 < a.width + b.width + gap * 2 &&
    Math.abs(a.cy - b.cy) * 2 < a.height + b.height + gap * 2;
  return boxes.map((box) => {
    let chosen = box;
    for (let i = 0; i <= tries * 2; i++) {
      const step = i === 0 ? 0 : Math.ceil(i / 2) * (i % 2 === 1 ? 1 : -1);
      const candidate = { ...box, cy: box.cy + step * (box.height + gap) };
      if (!placed.some((p) => overlaps(p, candidate))) {
        chosen = candidate;
        break;
      }
    }
    placed.push(chosen);
    return { id: box.id, cx: chosen.cx, cy: chosen.cy };
  });
}

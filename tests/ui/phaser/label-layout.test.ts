// Plan labels never overlap, in any language or fallback font.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { separateLabels, type LabelBox } from '../../../src/ui/phaser/label-layout.ts';

const overlap = (a: LabelBox, b: LabelBox): boolean =>
  Math.abs(a.cx - b.cx) * 2 < a.width + b.width && Math.abs(a.cy - b.cy) * 2 < a.height + b.height;

describe('separateLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    const boxes = [
      { id: 'a', cx: 100, cy: 100, width: 60, height: 16 },
      { id: 'b', cx: 200, cy: 100, width: 60, height: 16 },
    ];
    expect(separateLabels(boxes)).toEqual([
      { id: 'a', cx: 100, cy: 100 },
      { id: 'b', cx: 200, cy: 100 },
    ]);
  });

  it('moves the second of two touching names off the first ("Seva\'s room" into "Bedroom")', () => {
    const boxes = [
      { id: 'seva_room', cx: 510, cy: 232, width: 96, height: 16 },
      { id: 'bedroom', cx: 580, cy: 232, width: 62, height: 16 },
    ];
    const placed = separateLabels(boxes);
    expect(placed[0]).toEqual({ id: 'seva_room', cx: 510, cy: 232 });
    expect(placed[1]?.cy).not.toBe(232);
    expect(overlap({ ...boxes[0]!, ...placed[0]! }, { ...boxes[1]!, ...placed[1]! })).toBe(false);
  });

  it('keeps a row of long Spanish room names on the real plan clear of each other', () => {
    const manifest = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../assets/art/manifest.json'), 'utf8'),
    ) as {
      plan: { labels: { id: string; x: number; y: number; size?: string }[] };
    };
    // widths as if every label were 8 px a letter of a long Spanish name: far wider than the English ones
    const boxes = manifest.plan.labels.map((l) => ({
      id: l.id,
      cx: l.x,
      cy: l.y,
      width: 110,
      height: l.size === 'small' ? 16 : 21,
    }));
    const placed = separateLabels(boxes);
    const moved = boxes.map((b, i) => ({ ...b, cy: placed[i]!.cy }));
    for (let i = 0; i < moved.length; i++)
      for (let j = i + 1; j < moved.length; j++)
        expect(overlap(moved[i]!, moved[j]!), `${moved[i]!.id}/${moved[j]!.id}`).toBe(false);
  });
});

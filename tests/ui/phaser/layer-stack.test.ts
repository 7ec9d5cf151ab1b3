// However fast the story changes scene, the stage holds at most two pictures.
import { describe, expect, it } from 'vitest';
import { MAX_LAYERS, pushLayer } from '../../../src/ui/phaser/layer-stack.ts';

describe('pushLayer', () => {
  it('puts the first picture on an empty stage and retires nothing', () => {
    expect(pushLayer([], 'a')).toEqual({ keep: ['a'], retire: [] });
  });

  it('keeps the picture on top under the new one during a crossfade', () => {
    expect(pushLayer(['a'], 'b')).toEqual({ keep: ['a', 'b'], retire: [] });
  });

  it('cuts a crossfade in progress: the oldest picture goes when a third arrives', () => {
    expect(pushLayer(['a', 'b'], 'c')).toEqual({ keep: ['b', 'c'], retire: ['a'] });
  });

  it('never holds more than two pictures after ten quick changes, and retires each picture exactly once', () => {
    let stack: string[] = [];
    const retired: string[] = [];
    for (let i = 0; i < 10; i++) {
      const change = pushLayer(stack, `p${i}`);
      retired.push(...change.retire);
      stack = [...change.keep];
      expect(stack.length).toBeLessThanOrEqual(MAX_LAYERS);
    }
    expect(stack).toEqual(['p8', 'p9']);
    expect(retired).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
  });

  it('with a cap of one, replaces the picture outright; a cap below one is refused', () => {
    expect(pushLayer(['a'], 'b', 1)).toEqual({ keep: ['b'], retire: ['a'] });
    expect(() => pushLayer(['a'], 'b', 0)).toThrow();
  });
});

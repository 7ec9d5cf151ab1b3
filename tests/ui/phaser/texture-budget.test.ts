// Decoded pictures held off screen stay within the budget, in bytes and in count; what is on screen never goes.
import { describe, expect, it } from 'vitest';
import {
  MAX_OFF_SCREEN_TEXTURES,
  OFF_SCREEN_BUDGET,
  OFF_SCREEN_BUDGET_BYTES,
  texturesToEvict,
} from '../../../src/ui/phaser/texture-budget.ts';

const MB = 1_000_000;
/** A budget in bytes only (the count out of the way). */
const bytes = (n: number) => ({ bytes: n, textures: Number.POSITIVE_INFINITY });

describe('texturesToEvict', () => {
  it('removes nothing while the off-screen pictures fit', () => {
    expect(
      texturesToEvict(
        [
          { key: 'a', bytes: 5 * MB },
          { key: 'b', bytes: 5 * MB },
        ],
        new Set(['b']),
        bytes(10 * MB),
      ),
    ).toEqual([]);
  });

  it('removes the least recently used off-screen pictures first, until the rest fits', () => {
    const held = [
      { key: 'old', bytes: 8 * MB },
      { key: 'older-shown', bytes: 8 * MB },
      { key: 'mid', bytes: 8 * MB },
      { key: 'new', bytes: 8 * MB },
    ];
    expect(texturesToEvict(held, new Set(['older-shown']), bytes(16 * MB))).toEqual(['old']);
    expect(texturesToEvict(held, new Set(['older-shown']), bytes(8 * MB))).toEqual(['old', 'mid']);
  });

  it('never removes a picture on screen or a pinned one, even over budget', () => {
    const held = [
      { key: 'shown', bytes: 50 * MB },
      { key: 'inset', bytes: 1 * MB },
    ];
    expect(texturesToEvict(held, new Set(['shown']), { bytes: 0, textures: 0 }, new Set(['inset']))).toEqual([]);
  });

  it('holds three 1920-wide scenes off screen', () => {
    expect(OFF_SCREEN_BUDGET_BYTES).toBe(3 * 1920 * 1080 * 4);
  });

  it("keeps no more than the budget's count of small pictures off screen, however few bytes they take", () => {
    const held = Array.from({ length: 10 }, (_, i) => ({ key: `overlay-${i}`, bytes: 1000 }));
    expect(texturesToEvict(held, new Set(), { bytes: 100 * MB, textures: 4 })).toEqual([
      'overlay-0',
      'overlay-1',
      'overlay-2',
      'overlay-3',
      'overlay-4',
      'overlay-5',
    ]);
  });

  it('holds the same number of textures after every visit once a kiosk has shown more pictures than the count', () => {
    // A visit: the attract picture (on screen at the end), then a few scenes of a seeded walk; LRU as the scene does.
    let held: { key: string; bytes: number }[] = [];
    const use = (key: string, onScreen: ReadonlySet<string>) => {
      const found = held.find((t) => t.key === key) ?? { key, bytes: key.startsWith('scene') ? 3.7 * MB : 0.2 * MB };
      held = [...held.filter((t) => t.key !== key), found];
      const evict = new Set(texturesToEvict(held, onScreen, OFF_SCREEN_BUDGET, new Set(['inset'])));
      held = held.filter((t) => !evict.has(t.key));
    };
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const counts: number[] = [];
    use('inset', new Set());
    for (let visit = 1; visit <= 200; visit++) {
      for (let step = 0; step < 5; step++) {
        const scene = `scene-${Math.floor(random() * 12)}`;
        const overlay = `overlay-${Math.floor(random() * 30)}`;
        use(scene, new Set([scene, overlay]));
        use(overlay, new Set([scene, overlay]));
      }
      use('scene-attract', new Set(['scene-attract']));
      if (visit >= 20) counts.push(held.length);
    }
    expect(new Set(counts)).toEqual(new Set([1 + 1 + MAX_OFF_SCREEN_TEXTURES])); // attract + inset + the count
  });
});

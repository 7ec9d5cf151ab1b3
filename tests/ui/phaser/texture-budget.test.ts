// Decoded pictures held off screen stay within the byte budget; what is on screen never goes.
import { describe, expect, it } from 'vitest';
import { OFF_SCREEN_BUDGET_BYTES, texturesToEvict } from '../../../src/ui/phaser/texture-budget.ts';

const MB = 1_000_000;

describe('texturesToEvict', () => {
  it('removes nothing while the off-screen pictures fit', () => {
    expect(
      texturesToEvict(
        [
          { key: 'a', bytes: 5 * MB },
          { key: 'b', bytes: 5 * MB },
        ],
        new Set(['b']),
        10 * MB,
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
    expect(texturesToEvict(held, new Set(['older-shown']), 16 * MB)).toEqual(['old']);
    expect(texturesToEvict(held, new Set(['older-shown']), 8 * MB)).toEqual(['old', 'mid']);
  });

  it('never removes a picture on screen or a pinned one, even over budget', () => {
    const held = [
      { key: 'shown', bytes: 50 * MB },
      { key: 'inset', bytes: 1 * MB },
    ];
    expect(texturesToEvict(held, new Set(['shown']), 0, new Set(['inset']))).toEqual([]);
  });

  it('holds three 1920-wide scenes off screen', () => {
    expect(OFF_SCREEN_BUDGET_BYTES).toBe(3 * 1920 * 1080 * 4);
  });
});

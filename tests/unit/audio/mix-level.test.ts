import { describe, expect, it } from 'vitest';
import { clampLevel, DEFAULT_VOLUMES, levelFor, underCeiling } from '../../../src/core/audio/mix-level.ts';
import { soundEntry } from '../../../src/core/audio/sound-catalog.ts';

const rain = soundEntry({ kind: 'ambience', id: 'rain' });

describe('levelFor', () => {
  it('multiplies the base volume by the channel and master volumes', () => {
    const v = { master: 0.5, music: 1, ambience: 0.4, sfx: 1, muted: false };
    expect(levelFor(rain, v)).toBeCloseTo(rain.volume * 0.4 * 0.5, 10);
  });

  it('uses the channel that matches the sound kind', () => {
    const v = { master: 1, music: 0, ambience: 1, sfx: 0, muted: false };
    expect(levelFor(rain, v)).toBeCloseTo(rain.volume, 10);
    expect(levelFor(soundEntry({ kind: 'music', id: 'title' }), v)).toBe(0);
    expect(levelFor(soundEntry({ kind: 'sfx', id: 'siren' }), v)).toBe(0);
  });

  it('is zero when muted, whatever the volumes', () => {
    expect(levelFor(rain, { ...DEFAULT_VOLUMES, muted: true })).toBe(0);
  });

  it('clamps settings out of range and treats non-numbers as silence', () => {
    expect(clampLevel(2)).toBe(1);
    expect(clampLevel(-1)).toBe(0);
    expect(clampLevel(Number.NaN)).toBe(0);
    expect(levelFor(rain, { master: 5, music: 1, ambience: 5, sfx: 1, muted: false })).toBeCloseTo(rain.volume, 10);
  });

  it('puts a ceiling over the master volume that keeps the visitor settings working beneath it', () => {
    const volumes = { ...DEFAULT_VOLUMES, master: 0.5, music: 0.4 };
    expect(underCeiling(volumes, 0.6)).toEqual({ ...volumes, master: 0.3 });
    expect(underCeiling(volumes, 1)).toEqual(volumes);
    expect(underCeiling(volumes, 0).master).toBe(0);
    expect(underCeiling(volumes, 7).master).toBe(0.5);
  });
});

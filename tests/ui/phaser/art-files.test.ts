// The art folder against the code: every scene at every hour has its picture, every visible measure its overlay,
// pictures stay small, and nothing is fetched from anywhere else.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENE_IDS, TIMES_OF_DAY } from '../../../src/core/stage/ids.ts';
import { MEASURES_BY_SCENE, baseKey, overlayKey } from '../../../src/ui/phaser/layers.ts';

const dir = join(import.meta.dirname, '../../../assets/art');
const files = new Set(readdirSync(dir));
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  scenes: Record<string, { overlays: Record<string, number[]>; flash: number[][]; fire: number[] }>;
  plan: { labels: unknown[]; markers: Record<string, number[]> };
};

describe('assets/art', () => {
  it('has a picture for every scene at every time of day', () => {
    for (const scene of SCENE_IDS)
      for (const time of TIMES_OF_DAY) expect(files, `${scene}-${time}`).toContain(`${baseKey(scene, time)}.svg`);
  });

  it('has an overlay and a placement for every measure a scene can show', () => {
    for (const [scene, measures] of Object.entries(MEASURES_BY_SCENE)) {
      for (const measure of measures) {
        expect(manifest.scenes[scene]?.overlays[measure], `${scene}/${measure}`).toHaveLength(4);
        for (const time of TIMES_OF_DAY) expect(files).toContain(`${overlayKey(scene as never, measure, time)}.svg`);
      }
    }
  });

  it('keeps every scene picture under 60 KB', () => {
    for (const f of files) if (f.endsWith('.svg')) expect(statSync(join(dir, f)).size, f).toBeLessThan(60 * 1024);
  });

  it('draws everything itself: no external references, embedded images or fonts', () => {
    for (const f of files) {
      if (!f.endsWith('.svg')) continue;
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/<image|href=|@import|url\((?!#)|<text|<script|font-face/);
    }
  });

  it('gives every scene somewhere for the raid flashes and the fire to appear', () => {
    for (const scene of SCENE_IDS) {
      expect(manifest.scenes[scene]?.flash.length, scene).toBeGreaterThan(0);
      expect(manifest.scenes[scene]?.fire, scene).toHaveLength(2);
    }
  });

  it('gives every scene a focal point inside the picture for cropped screens', () => {
    for (const scene of SCENE_IDS) {
      const focus = (manifest.scenes[scene] as { focus?: number[] } | undefined)?.focus;
      expect(focus, scene).toHaveLength(2);
      expect(focus?.[0]).toBeGreaterThan(0);
      expect(focus?.[0]).toBeLessThan(960);
      expect(focus?.[1]).toBeGreaterThan(0);
      expect(focus?.[1]).toBeLessThan(540);
    }
  });

  it('knows where every compound scene is on the plan', () => {
    for (const scene of ['gate', 'patio', 'study', 'dining', 'library', 'bedroom', 'guardroom', 'tower', 'street']) {
      const at = manifest.plan.markers[scene];
      expect(at, scene).toHaveLength(2);
      expect(at?.[0]).toBeGreaterThan(0);
      expect(at?.[0]).toBeLessThan(960);
    }
  });
});

describe('loading order', () => {
  it('keeps Phaser out of the modules the story text needs (only a dynamic import in stage-view.ts)', () => {
    const src = join(import.meta.dirname, '../../../src/ui/phaser');
    const view = readFileSync(join(src, 'stage-view.ts'), 'utf8');
    expect(view).toMatch(/await import\('\.\/stage-game\.ts'\)/);
    expect(view).not.toMatch(/^import (?!type)[^;]*from '[^']*(phaser|stage-game|stage-scene)/m);
    for (const pure of [
      'layers.ts',
      'flash-timing.ts',
      'art-fit.ts',
      'layer-stack.ts',
      'label-layout.ts',
      'texture-budget.ts',
    ])
      expect(readFileSync(join(src, pure), 'utf8')).not.toMatch(/from 'phaser'/);
  });
});

import { describe, expect, it } from 'vitest';
import { SCENE_IDS, TIMES_OF_DAY } from '../../../src/core/stage/ids.ts';
import { INITIAL_STAGE, type StageState } from '../../../src/core/stage/stage-state.ts';
import {
  COMPOUND_SCENES,
  MEASURE_IDS,
  MEASURES_BY_SCENE,
  layersFor,
  layersSignature,
  measureName,
} from '../../../src/ui/phaser/layers.ts';

const stage = (over: Partial<StageState>): StageState => ({ ...INITIAL_STAGE, ...over });
const moving = { reducedMotion: false };

describe('layersFor', () => {
  it('names the base picture after the scene and the time of day', () => {
    expect(layersFor(stage({ scene: 'patio', time: 'night' }), moving).base).toBe('patio-night');
  });

  it('draws no security measures on the plan before any are in place', () => {
    const layers = layersFor(stage({ scene: 'plan' }), moving);
    expect(layers.measures).toEqual([]);
    expect(layers.overlays).toEqual([]);
  });

  it('draws every measure of the ink house list on the plan, in stacking order', () => {
    const layers = layersFor(
      stage({ scene: 'plan', time: 'day', measures: ['towers', 'steel_doors', 'alarm_tested'] }),
      moving,
    );
    expect(layers.measures).toEqual(['alarm_tested', 'steel_doors', 'towers']);
    expect(layers.overlays).toEqual(['plan__alarm_tested-day', 'plan__steel_doors-day', 'plan__towers-day']);
  });

  it('accepts ink list items by their full name', () => {
    expect(measureName('measures.steel_doors')).toBe('steel_doors');
    const layers = layersFor(stage({ scene: 'gate', measures: ['measures.steel_doors'] }), moving);
    expect(layers.measures).toEqual(['steel_doors']);
  });

  it('shows in a location only what can be seen from there', () => {
    const all = [...MEASURE_IDS];
    expect(layersFor(stage({ scene: 'bedroom', measures: all }), moving).measures).toEqual(['shutters']);
    expect(layersFor(stage({ scene: 'library', measures: all }), moving).measures).toEqual([]);
    expect(layersFor(stage({ scene: 'gate', measures: all }), moving).measures).toContain('steel_doors');
    expect(layersFor(stage({ scene: 'market', measures: all }), moving).measures).toEqual([]);
  });

  it('reports measure names it has no picture for instead of drawing them', () => {
    const layers = layersFor(stage({ scene: 'plan', measures: ['towers', 'moat'] }), moving);
    expect(layers.measures).toEqual(['towers']);
    expect(layers.unknown).toEqual(['moat']);
  });

  it('marks the player on the small plan inside the compound and nowhere else', () => {
    for (const scene of SCENE_IDS) {
      const marker = layersFor(stage({ scene }), moving).marker;
      expect(marker).toBe(COMPOUND_SCENES.includes(scene) ? scene : null);
    }
    expect(layersFor(stage({ scene: 'plan' }), moving).marker).toBeNull();
    expect(layersFor(stage({ scene: 'guardroom' }), moving).marker).toBe('guardroom');
  });

  it('turns an effect into a still picture when motion is reduced', () => {
    const raid = stage({ scene: 'bedroom', time: 'night', effect: 'raid_flashes' });
    expect(layersFor(raid, moving).effect).toEqual({ id: 'raid_flashes', still: false });
    expect(layersFor(raid, { reducedMotion: true }).effect).toEqual({ id: 'raid_flashes', still: true });
    expect(layersFor(stage({}), moving).effect).toBeNull();
  });

  it('gives equal signatures to stages that look the same, so show() can do nothing', () => {
    const a = layersFor(stage({ scene: 'study', time: 'day', music: 'house', measures: ['redoubt'] }), moving);
    const b = layersFor(stage({ scene: 'study', time: 'day', music: null, ambience: 'house', measures: [] }), moving);
    expect(layersSignature(a)).toBe(layersSignature(b)); // music, ambience and invisible measures do not change the picture
    const c = layersFor(stage({ scene: 'study', time: 'dusk' }), moving);
    expect(layersSignature(c)).not.toBe(layersSignature(a));
    const d = layersFor(stage({ scene: 'study', time: 'day', measures: ['shutters'] }), moving);
    expect(layersSignature(d)).not.toBe(layersSignature(a));
  });

  it('only lists measures that exist and scenes that exist', () => {
    for (const [scene, measures] of Object.entries(MEASURES_BY_SCENE)) {
      expect(SCENE_IDS).toContain(scene);
      for (const m of measures) expect(MEASURE_IDS).toContain(m);
    }
    expect(TIMES_OF_DAY.length).toBe(4);
  });
});

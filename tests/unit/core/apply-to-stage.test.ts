import { describe, expect, it } from 'vitest';
import { applyToStage, withMeasures } from '../../../src/core/stage/apply-to-stage.ts';
import { INITIAL_STAGE } from '../../../src/core/stage/stage-state.ts';

describe('applyToStage', () => {
  it('changes scene, time, music, ambience and effect from their commands', () => {
    let stage = INITIAL_STAGE;
    stage = applyToStage(stage, { kind: 'scene', scene: 'gate' });
    stage = applyToStage(stage, { kind: 'time', time: 'night' });
    stage = applyToStage(stage, { kind: 'music', music: 'dread' });
    stage = applyToStage(stage, { kind: 'ambience', ambience: 'night' });
    stage = applyToStage(stage, { kind: 'effect', effect: 'raid_flashes' });
    expect(stage).toEqual({
      scene: 'gate',
      time: 'night',
      music: 'dread',
      ambience: 'night',
      effect: 'raid_flashes',
      measures: [],
    });
  });

  it('returns the same object when nothing changes, so renderers can skip work', () => {
    const stage = applyToStage(INITIAL_STAGE, { kind: 'scene', scene: 'plan' });
    expect(stage).toBe(INITIAL_STAGE);
    expect(applyToStage(INITIAL_STAGE, { kind: 'sfx', sfx: 'gunfire' })).toBe(INITIAL_STAGE);
    expect(withMeasures(INITIAL_STAGE, [])).toBe(INITIAL_STAGE);
  });

  it('takes the security measures from ink', () => {
    expect(withMeasures(INITIAL_STAGE, ['towers', 'siren']).measures).toEqual(['towers', 'siren']);
  });
});

import type { AmbienceId, EffectId, MusicId, SceneId, TimeOfDay } from './ids.ts';

/**
 * What the player should see and hear right now. Derived only from story tags (and the security measures read
 * from ink), saved with the game so a loaded game looks and sounds right at once. Renderers reconcile to it.
 */
export interface StageState {
  readonly scene: SceneId;
  readonly time: TimeOfDay;
  readonly music: MusicId | null;
  readonly ambience: AmbienceId | null;
  readonly effect: EffectId | null;
  /** Security measures in place (ink LIST `house`), e.g. 'steel_doors', 'towers': the pictures show them. */
  readonly measures: readonly string[];
}

export const INITIAL_STAGE: StageState = {
  scene: 'plan',
  time: 'dawn',
  music: null,
  ambience: null,
  effect: null,
  measures: [],
};

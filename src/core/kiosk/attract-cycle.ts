import type { StageState } from '../stage/stage-state.ts';

/**
 * The attract loop's pictures: the compound through one day, dawn to night, with the title music and the
 * sounds of the garden or the night. Each entry is a complete StageState, so the renderer and the audio
 * adapter reconcile to it exactly as they do for the story.
 */
const ATTRACT_STAGES: readonly StageState[] = [
  { scene: 'plan', time: 'dawn', music: 'title', ambience: 'garden', effect: null, measures: [] },
  { scene: 'patio', time: 'day', music: 'title', ambience: 'garden', effect: null, measures: [] },
  { scene: 'street', time: 'dusk', music: 'title', ambience: 'street', effect: null, measures: [] },
  { scene: 'gate', time: 'night', music: 'title', ambience: 'night', effect: null, measures: [] },
];

/** How long each picture and line of the attract loop stays (ms). */
export const ATTRACT_STEP_MS = 8_000;

export function attractStage(index: number): StageState {
  const n = ATTRACT_STAGES.length;
  return ATTRACT_STAGES[((index % n) + n) % n] as StageState;
}

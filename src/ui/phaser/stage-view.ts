// The contract between the DOM app and the pictures. The DOM app owns all story text; this view only draws what a
// StageState says, behind or beside the text panel, and never decides anything about the story.
//
// Contract:
// - `createStageView(parent, { planLabels })` imports Phaser dynamically (its own chunk, loaded after the story text is on screen),
//   creates ONE Phaser.Game for the page's lifetime inside `parent`, and resolves once it can draw. It rejects if
//   Phaser cannot start at all; the caller then simply carries on as text (log, do not retry in a loop).
// - `show(stage, { reducedMotion })` is idempotent: the same stage (and motion setting) changes nothing; a new
//   scene, time of day, set of measures or effect dips through paper to the new picture (a fade in progress is
//   turned round; only the newest picture is built). A missing texture logs a warning and shows plain paper. It
//   never throws.
// - `destroy()` tears the game down (for tests and hot reload; the app keeps one view for the page's lifetime).
// - `renderer` is the renderer drawing: 'webgl', or 'canvas' when WebGL is unavailable or software-rendered
//   (renderer-choice.ts; `?renderer=webgl` forces WebGL, for tests only).
// The canvas gets aria-hidden="true": every word of the story is in the DOM.
// While a picture settles, `parent.dataset.stage` is ''; once drawn it is '<scene>/<time>'. Read-only reports for
// tests and tools: `stageTextures` / `stageTextureBytes` (decoded textures held, bounded by texture-budget.ts),
// `stageTextureKeys` (every key in Phaser's texture manager, space-separated, sorted),
// `stageLayers` (pictures on the stage: one at a time), `stageLoop` ('asleep' while the picture is still, 'awake'
// while Phaser draws) and `stageTier` (raster width fetched).
// The canvas covers `parent` whatever its size (the page's layout decides it; the picture is cropped, not banded).

import type { StageState } from '../../core/stage/stage-state.ts';
import type { PlanLabels } from './plan-labels.ts';

export interface StageView {
  show(stage: StageState, options: { reducedMotion: boolean }): void;
  destroy(): void;
  readonly renderer: 'webgl' | 'canvas';
}

/** What the pictures need from the page: the words on the plan, in the page's language (fixed per page load). */
export interface StageOptions {
  readonly planLabels: PlanLabels;
}

export async function createStageView(parent: HTMLElement, options: StageOptions): Promise<StageView> {
  const { startStageGame } = await import('./stage-game.ts');
  return startStageGame(parent, options);
}

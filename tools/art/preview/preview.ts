// A bare page for tools/art/screenshot-scenes.mjs: one StageView in #stage, driven from the test runner through
// window.__stage. Not part of the game.
import { INITIAL_STAGE, type StageState } from '../../../src/core/stage/stage-state.ts';
import { createStageView, type StageView } from '../../../src/ui/phaser/stage-view.ts';
import { en } from '../../../src/ui/strings/en.ts';

declare global {
  interface Window {
    __stage?: { view: StageView; show: (stage: Partial<StageState>, reducedMotion?: boolean) => void };
    __stageError?: string;
  }
}

const parent = document.getElementById('stage') as HTMLElement;
createStageView(parent, { planLabels: en.planLabels }).then(
  (view) => {
    window.__stage = {
      view,
      show: (stage, reducedMotion = false) => view.show({ ...INITIAL_STAGE, ...stage }, { reducedMotion }),
    };
  },
  (error: unknown) => {
    window.__stageError = String(error);
  },
);

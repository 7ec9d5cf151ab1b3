import type { Command } from '../tags/command.ts';
import type { StageState } from './stage-state.ts';

/** Folds one command into the stage. Only state commands change it; events (sfx, record…) do not. */
export function applyToStage(stage: StageState, command: Command): StageState {
  switch (command.kind) {
    case 'scene':
      return stage.scene === command.scene ? stage : { ...stage, scene: command.scene };
    case 'time':
      return stage.time === command.time ? stage : { ...stage, time: command.time };
    case 'music':
      return stage.music === command.music ? stage : { ...stage, music: command.music };
    case 'ambience':
      return stage.ambience === command.ambience ? stage : { ...stage, ambience: command.ambience };
    case 'effect':
      return stage.effect === command.effect ? stage : { ...stage, effect: command.effect };
    case 'checkpoint':
    case 'sfx':
    case 'class':
    case 'record':
    case 'recall':
    case 'cite':
    case 'pushback':
    case 'view':
    case 'invented':
    case 'pause':
    case 'clear':
    case 'restart':
    case 'meta':
      return stage;
  }
}

/** The measures list comes from ink's `house` LIST; keep the same object when nothing changed. */
export function withMeasures(stage: StageState, measures: readonly string[]): StageState {
  const same = stage.measures.length === measures.length && stage.measures.every((m, i) => m === measures[i]);
  return same ? stage : { ...stage, measures: [...measures] };
}

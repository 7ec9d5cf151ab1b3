import type { Command } from '../tags/command.ts';
import type { GameState } from './game-state.ts';

export interface GameUpdate {
  readonly game: GameState;
  readonly problem: string | null;
}

/**
 * Folds one command into the game state. Record beats must arrive in canonical order, each once: a beat out of
 * order or repeated is a Problem (and is not added), because the chronicle is the game's promise about history.
 * Starting mid-story (chapter select) may skip earlier beats; that is not a problem.
 */
export function applyToGame(game: GameState, command: Command, canonical: readonly string[]): GameUpdate {
  const same: GameUpdate = { game, problem: null };
  switch (command.kind) {
    case 'record': {
      const position = canonical.indexOf(command.beat);
      if (position === -1) return { game, problem: `record beat "${command.beat}" is not in the canonical sequence` };
      if (game.chronicle.some((entry) => entry.beat === command.beat)) {
        return { game, problem: `record beat "${command.beat}" reached twice` };
      }
      const last = game.chronicle.at(-1);
      if (last && canonical.indexOf(last.beat) > position) {
        return { game, problem: `record beat "${command.beat}" came after "${last.beat}", out of order` };
      }
      const entry = { beat: command.beat, turn: game.turn, checkpoint: game.checkpoint };
      return { game: { ...game, chronicle: [...game.chronicle, entry] }, problem: null };
    }
    case 'pushback':
      return {
        game: {
          ...game,
          pushbacks: [...game.pushbacks, { id: command.id, turn: game.turn, checkpoint: game.checkpoint }],
        },
        problem: null,
      };
    case 'view':
      return {
        game: { ...game, views: [...game.views.filter((v) => prefix(v) !== prefix(command.id)), command.id] },
        problem: null,
      };
    case 'recall':
      return game.recalls.includes(command.beat)
        ? same
        : { game: { ...game, recalls: [...game.recalls, command.beat] }, problem: null };
    case 'cite':
      return game.cites.includes(command.source)
        ? same
        : { game: { ...game, cites: [...game.cites, command.source] }, problem: null };
    case 'checkpoint':
      return {
        game: {
          ...game,
          checkpoint: command.id,
          checkpointsReached: game.checkpointsReached.includes(command.id)
            ? game.checkpointsReached
            : [...game.checkpointsReached, command.id],
        },
        problem: null,
      };
    case 'scene':
    case 'time':
    case 'music':
    case 'ambience':
    case 'sfx':
    case 'effect':
    case 'class':
    case 'invented':
    case 'pause':
    case 'clear':
    case 'restart':
    case 'meta':
      return same;
  }
}

/** Views on one disputed point share a prefix (`harte_victim`, `harte_agent`): a new view replaces the old one. */
function prefix(viewId: string): string {
  const cut = viewId.indexOf('_');
  return cut === -1 ? viewId : viewId.slice(0, cut);
}

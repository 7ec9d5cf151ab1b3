import { describe, expect, it } from 'vitest';
import { applyToGame } from '../../../src/core/game/apply-to-game.ts';
import { INITIAL_GAME, type GameState } from '../../../src/core/game/game-state.ts';

const CANON = ['a_beat', 'b_beat', 'c_beat'];

function record(game: GameState, beat: string) {
  return applyToGame(game, { kind: 'record', beat }, CANON);
}

describe('applyToGame', () => {
  it('appends record beats to the chronicle in canonical order', () => {
    const one = record(INITIAL_GAME, 'a_beat');
    const two = record(one.game, 'b_beat');
    expect(two.problem).toBeNull();
    expect(two.game.chronicle.map((e) => e.beat)).toEqual(['a_beat', 'b_beat']);
  });

  it('allows a later start that skips earlier beats (chapter select)', () => {
    const update = record(INITIAL_GAME, 'b_beat');
    expect(update.problem).toBeNull();
    expect(update.game.chronicle).toHaveLength(1);
  });

  it('refuses a beat out of order and leaves the chronicle unchanged', () => {
    const later = record(INITIAL_GAME, 'c_beat').game;
    const update = record(later, 'a_beat');
    expect(update.problem).toMatch(/out of order/);
    expect(update.game.chronicle.map((e) => e.beat)).toEqual(['c_beat']);
  });

  it('refuses a beat reached twice and a beat that is not canonical', () => {
    const once = record(INITIAL_GAME, 'a_beat').game;
    expect(record(once, 'a_beat').problem).toMatch(/twice/);
    expect(record(once, 'invented_beat').problem).toMatch(/not in the canonical/);
  });

  it('remembers pushbacks with the chapter they happened in', () => {
    const inChapter = applyToGame(INITIAL_GAME, { kind: 'checkpoint', id: 'ch5_rehearsal' }, CANON).game;
    const update = applyToGame(inChapter, { kind: 'pushback', id: 'search_jacson' }, CANON);
    expect(update.game.pushbacks).toEqual([{ id: 'search_jacson', turn: 0, checkpoint: 'ch5_rehearsal' }]);
  });

  it('keeps one view per disputed point, the latest', () => {
    const first = applyToGame(INITIAL_GAME, { kind: 'view', id: 'harte_victim' }, CANON).game;
    const second = applyToGame(first, { kind: 'view', id: 'entry_ladders' }, CANON).game;
    const third = applyToGame(second, { kind: 'view', id: 'harte_agent' }, CANON).game;
    expect(third.views).toEqual(['entry_ladders', 'harte_agent']);
  });

  it('counts each cited source and recalled beat once', () => {
    let game = INITIAL_GAME;
    for (const source of ['pat', 'han40', 'pat']) game = applyToGame(game, { kind: 'cite', source }, CANON).game;
    expect(game.cites).toEqual(['pat', 'han40']);
  });

  it('leaves the game untouched for presentation commands', () => {
    expect(applyToGame(INITIAL_GAME, { kind: 'scene', scene: 'study' }, CANON).game).toBe(INITIAL_GAME);
  });
});

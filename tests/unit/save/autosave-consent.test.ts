import { describe, expect, it } from 'vitest';
import { INITIAL_GAME } from '../../../src/core/game/game-state.ts';
import { AUTO_SLOT, PREVIOUS_AUTO_SLOT, createSaveSlots } from '../../../src/core/save/save-slots.ts';
import type { SessionSnapshot } from '../../../src/core/session/session.ts';
import { INITIAL_STAGE } from '../../../src/core/stage/stage-state.ts';
import { createMemoryStorage } from '../../../src/core/storage/memory-storage.ts';
import type { StoragePort } from '../../../src/core/storage/storage-port.ts';

// The autosave is the player's only copy of a game in progress: nothing the page does on its own (a new game, a
// save code, a second tab's game) may destroy it. The game it replaces is kept in a recoverable slot.

function snapshot(checkpoint: string, turn: number): SessionSnapshot {
  return {
    ink: JSON.stringify({ flows: {}, turn }),
    stage: INITIAL_STAGE,
    game: { ...INITIAL_GAME, checkpoint, turn, checkpointsReached: [checkpoint] },
    transcript: [{ kind: 'line', text: `Turn ${turn}.`, record: null, classes: [] }],
  };
}

/** One page's saves over `storage` (two pages over one storage are two tabs on one profile). */
const page = (storage: StoragePort) =>
  createSaveSlots({
    storage,
    storyHash: 'abcdef0123456789',
    lang: 'en',
    nameFor: () => 'Game',
    now: () => new Date('2026-12-07T10:00:00Z'),
  });

const turnIn = (saves: ReturnType<typeof page>, slot: string) => {
  const parsed = saves.read(slot).parsed;
  return parsed?.ok ? parsed.save.snapshot.game.turn : null;
};

describe('the autosave is never overwritten without consent', () => {
  it('keeps the stored game recoverable when a new game begins instead of Continue', () => {
    const storage = createMemoryStorage();
    page(storage).autosave(snapshot('ch3_fortress', 40), 'ch3_fortress'); // yesterday's game
    const today = page(storage); // a new page: the player pressed Begin
    today.autosave(snapshot('ch1_arrival', 1), null);
    expect(turnIn(today, AUTO_SLOT)).toBe(1);
    expect(turnIn(today, PREVIOUS_AUTO_SLOT)).toBe(40);
  });

  it('keeps the game in progress when a save code (or any load) starts another game mid-game', () => {
    const storage = createMemoryStorage();
    const saves = page(storage);
    saves.autosave(snapshot('ch2_raid', 12), 'ch2_raid');
    saves.autosave(snapshot('ch2_raid', 13), 'ch2_raid');
    saves.startNewGame(); // the code's chapter begins
    saves.autosave(snapshot('ch4_night', 0), null);
    expect(turnIn(saves, AUTO_SLOT)).toBe(0);
    expect(turnIn(saves, PREVIOUS_AUTO_SLOT)).toBe(13);
  });

  it('does not set the autosave aside when the player continues it', () => {
    const storage = createMemoryStorage();
    page(storage).autosave(snapshot('ch3_fortress', 40), 'ch3_fortress');
    const next = page(storage);
    next.continueFrom(next.readText(AUTO_SLOT));
    next.autosave(snapshot('ch3_fortress', 41), 'ch3_fortress');
    expect(turnIn(next, AUTO_SLOT)).toBe(41);
    expect(next.read(PREVIOUS_AUTO_SLOT).parsed).toBeNull();
  });

  it('keeps both games when two tabs on one profile each play their own', () => {
    const storage = createMemoryStorage();
    const first = page(storage);
    first.autosave(snapshot('ch2_raid', 20), 'ch2_raid');
    const second = page(storage);
    second.autosave(snapshot('ch1_arrival', 1), null); // a new game in the second tab
    expect(turnIn(second, PREVIOUS_AUTO_SLOT)).toBe(20);
    first.autosave(snapshot('ch2_raid', 21), 'ch2_raid'); // the first tab plays on
    expect(turnIn(first, AUTO_SLOT)).toBe(21);
    expect(turnIn(first, PREVIOUS_AUTO_SLOT)).toBe(1);
  });

  it('keeps the autosave untouched when the copy cannot be set aside (storage refuses it)', () => {
    const backing = createMemoryStorage();
    page(backing).autosave(snapshot('ch3_fortress', 40), 'ch3_fortress');
    const refusing: StoragePort = {
      kind: 'device',
      read: (key) => backing.read(key),
      keys: () => backing.keys(),
      remove: (key) => backing.remove(key),
      write: (key, value) => (key.endsWith(PREVIOUS_AUTO_SLOT) ? false : backing.write(key, value)),
    };
    const today = page(refusing);
    expect(today.autosave(snapshot('ch1_arrival', 1), null)).toBe(false);
    expect(turnIn(today, AUTO_SLOT)).toBe(40);
  });
});

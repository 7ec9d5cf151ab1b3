import { describe, expect, it } from 'vitest';
import { INITIAL_GAME } from '../../../src/core/game/game-state.ts';
import { AUTO_SLOT, NAMED_SLOTS, checkpointSlot, createSaveSlots, slotKey } from '../../../src/core/save/save-slots.ts';
import type { SessionSnapshot } from '../../../src/core/session/session.ts';
import { INITIAL_STAGE } from '../../../src/core/stage/stage-state.ts';
import { createMemoryStorage } from '../../../src/core/storage/memory-storage.ts';
import type { StoragePort } from '../../../src/core/storage/storage-port.ts';

const HASH = 'abcdef0123456789';

function snapshot(checkpoint: string | null, turn = 1): SessionSnapshot {
  return {
    ink: JSON.stringify({ flows: {}, turn }),
    stage: INITIAL_STAGE,
    game: { ...INITIAL_GAME, checkpoint, turn, checkpointsReached: checkpoint ? [checkpoint] : [] },
    transcript: [{ kind: 'line', text: `Turn ${turn}.`, record: null, classes: [] }],
  };
}

function slots(storage: StoragePort = createMemoryStorage(), hash = HASH) {
  return createSaveSlots({
    storage,
    storyHash: hash,
    lang: 'en',
    now: () => new Date('2026-11-26T10:00:00Z'),
    nameFor: (s) => `Chapter ${s.game.checkpoint ?? 'none'}`,
  });
}

describe('save slots', () => {
  it('writes the autosave under save:auto and reads it back as this edition', () => {
    const storage = createMemoryStorage();
    const saves = slots(storage);
    expect(saves.autosave(snapshot('ch1_arrival', 4), 'ch1_arrival')).toBe(true);
    expect(storage.read(slotKey(AUTO_SLOT))).not.toBeNull();
    const entry = saves.read(AUTO_SLOT);
    expect(entry.parsed?.ok && entry.parsed.sameEdition).toBe(true);
    if (entry.parsed?.ok) expect(entry.parsed.save.snapshot.game.turn).toBe(4);
  });

  it('writes a checkpoint save only when the game has just entered a chapter', () => {
    const storage = createMemoryStorage();
    const saves = slots(storage);
    saves.autosave(snapshot('ch1_arrival', 1), null);
    saves.autosave(snapshot('ch1_arrival', 2), 'ch1_arrival');
    const first = saves.read(checkpointSlot('ch1_arrival')).parsed;
    expect(first?.ok && first.save.snapshot.game.turn).toBe(1);
    saves.autosave(snapshot('ch2_raid', 9), 'ch1_arrival');
    expect(saves.checkpoints(['ch1_arrival', 'ch2_raid', 'ch3_aftermath']).map((e) => e.slot)).toEqual([
      checkpointSlot('ch1_arrival'),
      checkpointSlot('ch2_raid'),
    ]);
  });

  it('writes no checkpoint save before the first chapter', () => {
    const storage = createMemoryStorage();
    slots(storage).autosave(snapshot(null), null);
    expect(storage.keys()).toEqual([slotKey(AUTO_SLOT)]);
  });

  it('offers three named slots, saves, renames and deletes them', () => {
    const saves = slots();
    expect(NAMED_SLOTS).toHaveLength(3);
    expect(saves.named().map((e) => e.parsed)).toEqual([null, null, null]);
    expect(saves.save('slot2', snapshot('ch3_aftermath'))).toBe(true);
    const named = saves.read('slot2').parsed;
    expect(named?.ok && named.save.name).toBe('Chapter ch3_aftermath');
    expect(saves.rename('slot2', '  Before the arrests  ')).toBe(true);
    const renamed = saves.read('slot2').parsed;
    expect(renamed?.ok && renamed.save.name).toBe('Before the arrests');
    expect(saves.rename('slot1', 'nothing here')).toBe(false);
    saves.remove('slot2');
    expect(saves.read('slot2').parsed).toBeNull();
  });

  it('keeps the old name when renamed to blanks, and cuts long names to 60 characters', () => {
    const saves = slots();
    saves.save('slot1', snapshot('ch1_arrival'), 'Mine');
    saves.rename('slot1', '   ');
    const kept = saves.read('slot1').parsed;
    expect(kept?.ok && kept.save.name).toBe('Mine');
    saves.rename('slot1', 'x'.repeat(200));
    const cut = saves.read('slot1').parsed;
    expect(cut?.ok && cut.save.name.length).toBe(60);
  });

  it('reports a save from another story edition as such, and a damaged one as a rejection', () => {
    const storage = createMemoryStorage();
    slots(storage, '1111111111111111').save('slot1', snapshot('ch2_raid'));
    storage.write(slotKey('slot3'), '{"format":"avenida-viena-save","formatVersion":1');
    const saves = slots(storage);
    const other = saves.read('slot1').parsed;
    expect(other?.ok && other.sameEdition).toBe(false);
    const damaged = saves.read('slot3').parsed;
    expect(damaged?.ok).toBe(false);
    if (damaged && !damaged.ok) expect(damaged.reason).toBe('not-json');
  });

  it('returns false, never throws, when storage refuses the write', () => {
    const full = createMemoryStorage(10);
    const saves = slots(full);
    expect(saves.autosave(snapshot('ch1_arrival'), null)).toBe(false);
    expect(saves.save('slot1', snapshot('ch1_arrival'))).toBe(false);
    expect(saves.read(AUTO_SLOT).parsed).toBeNull();
  });
});

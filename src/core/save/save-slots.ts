import type { SessionSnapshot } from '../session/session.ts';
import type { StoragePort } from '../storage/storage-port.ts';
import { parseSave, type ParsedSave } from './parse-save.ts';
import { makeSave, type SaveGame } from './save-game.ts';

/** The autosave, written at every choice and when the page is hidden. */
export const AUTO_SLOT = 'auto';
/**
 * The game the autosave held before this page's game replaced it (a new game instead of Continue, a save code or
 * another load mid-game, a new game in a second tab): kept so it can be loaded again, never destroyed unasked.
 */
export const PREVIOUS_AUTO_SLOT = 'auto-previous';
/** The named slots a player saves into by hand. */
export const NAMED_SLOTS = ['slot1', 'slot2', 'slot3'] as const;

/** Storage keys: `save:auto`, `save:slot1`…, `save:checkpoint:<chapter id>`. */
export function slotKey(slot: string): string {
  return `save:${slot}`;
}

export function checkpointSlot(checkpoint: string): string {
  return `checkpoint:${checkpoint}`;
}

export interface SlotEntry {
  readonly slot: string;
  /** null when the slot is empty. */
  readonly parsed: ParsedSave | null;
}

export interface SaveSlotsOptions {
  readonly storage: StoragePort;
  readonly storyHash: string;
  readonly lang: string;
  readonly now: () => Date;
  /** The default name of a save ("IV. The fortress summer, 26 Nov 2026 14:05"): the UI knows chapter names. */
  readonly nameFor: (snapshot: SessionSnapshot, now: Date) => string;
}

export interface SaveSlots {
  /** Writes a save of `snapshot` into `slot`; false when storage refused it (the resilient store then warns). */
  save(slot: string, snapshot: SessionSnapshot, name?: string): boolean;
  /**
   * The autosave at a choice. When the game has just entered a chapter (its checkpoint differs from
   * `previousCheckpoint`, the one of the frame before) it also writes that chapter's checkpoint save, which
   * chapter select loads. A loaded game passes its own checkpoint, so loading never rewrites a chapter start.
   */
  autosave(snapshot: SessionSnapshot, previousCheckpoint: string | null): boolean;
  /**
   * The player continues the stored autosave (its text as read): this page's game is that game, so autosaving it
   * does not set it aside. Call before the loaded game's first autosave.
   */
  continueFrom(text: string | null): void;
  /** A different game begins on this page (Begin, restart, a save code, any load): its first autosave sets the
   * stored one aside. */
  startNewGame(): void;
  read(slot: string): SlotEntry;
  readText(slot: string): string | null;
  remove(slot: string): void;
  /** Renames a stored save in place; false when the slot is empty or not a usable save. */
  rename(slot: string, name: string): boolean;
  named(): SlotEntry[];
  /** Checkpoint saves in `order`, only those that exist. */
  checkpoints(order: readonly string[]): SlotEntry[];
}

/** Saves over a StoragePort. Never throws: storage errors become `false`, unreadable saves become rejections. */
export function createSaveSlots(options: SaveSlotsOptions): SaveSlots {
  const { storage, storyHash } = options;
  const build = (snapshot: SessionSnapshot, name?: string): SaveGame => {
    const now = options.now();
    return makeSave({ storyHash, lang: options.lang, name: name ?? options.nameFor(snapshot, now), now, snapshot });
  };
  const write = (slot: string, save: SaveGame): boolean => storage.write(slotKey(slot), JSON.stringify(save));
  /**
   * The autosave text this page wrote last (or continued from): stored text that differs was written by another
   * game (an earlier visit, another tab) and is set aside before it is replaced. Compared as text, re-read before
   * every autosave, so a second tab's game is noticed however the two interleave.
   */
  let ownAutosave: string | null = null;
  const read = (slot: string): SlotEntry => {
    const text = storage.read(slotKey(slot));
    return { slot, parsed: text === null ? null : parseSave(text, storyHash) };
  };

  return {
    save: (slot, snapshot, name) => write(slot, build(snapshot, name)),
    autosave(snapshot, previousCheckpoint) {
      const checkpoint = snapshot.game.checkpoint;
      const save = build(snapshot);
      const stored = storage.read(slotKey(AUTO_SLOT));
      // Another game's autosave is copied aside first; if that copy is refused, it is not overwritten either.
      const another = stored !== null && stored !== ownAutosave;
      if (another && !storage.write(slotKey(PREVIOUS_AUTO_SLOT), stored)) return false;
      const text = JSON.stringify(save);
      let ok = storage.write(slotKey(AUTO_SLOT), text);
      if (ok) ownAutosave = text;
      if (checkpoint !== null && checkpoint !== previousCheckpoint) ok = write(checkpointSlot(checkpoint), save) && ok;
      return ok;
    },
    continueFrom(text) {
      ownAutosave = text;
    },
    startNewGame() {
      ownAutosave = null;
    },
    read,
    readText: (slot) => storage.read(slotKey(slot)),
    remove: (slot) => storage.remove(slotKey(slot)),
    rename(slot, name) {
      const entry = read(slot);
      if (!entry.parsed?.ok) return false;
      return write(slot, { ...entry.parsed.save, name: name.trim().slice(0, 60) || entry.parsed.save.name });
    },
    named: () => NAMED_SLOTS.map(read),
    checkpoints: (order) => order.map((id) => read(checkpointSlot(id))).filter((entry) => entry.parsed !== null),
  };
}

import type { SessionSnapshot } from '../session/session.ts';

export const SAVE_FORMAT = 'avenida-viena-save';
export const SAVE_FORMAT_VERSION = 1;

/**
 * A saved game. `storyHash` names the story edition it was made with: inkjs can silently run the wrong branch
 * when a save is loaded into different story content (pitfalls I2/I3), so a save from another edition is never
 * loaded as it is; it restarts from its chapter checkpoint with its role instead.
 */
export interface SaveGame {
  readonly format: typeof SAVE_FORMAT;
  readonly formatVersion: number;
  readonly storyHash: string;
  readonly lang: string;
  readonly savedAt: string;
  readonly name: string;
  readonly checkpoint: string | null;
  readonly role: string;
  readonly snapshot: SessionSnapshot;
}

export function makeSave(fields: {
  storyHash: string;
  lang: string;
  name: string;
  now: Date;
  snapshot: SessionSnapshot;
}): SaveGame {
  return {
    format: SAVE_FORMAT,
    formatVersion: SAVE_FORMAT_VERSION,
    storyHash: fields.storyHash,
    lang: fields.lang,
    savedAt: fields.now.toISOString(),
    name: fields.name.slice(0, 60),
    checkpoint: fields.snapshot.game.checkpoint,
    role: fields.snapshot.game.role,
    snapshot: fields.snapshot,
  };
}

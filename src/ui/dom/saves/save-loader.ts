import type { SessionRequests } from '../../../app/session-requests.ts';
import { parseSave, type ParsedSave } from '../../../core/save/parse-save.ts';
import { carryOf } from '../../../core/save/code-lists.ts';
import { makeSave, type SaveGame } from '../../../core/save/save-game.ts';
import type { CarriedState, Telling } from '../../../core/session/session.ts';
import type { Strings } from '../../strings/en.ts';

/**
 * What happened to a load: shown (`exact` when the saved place itself was restored, false when the game
 * restarted at a chapter start; with a message for the player, or none) or refused (nothing changed).
 */
export type LoadResult =
  | { readonly ok: true; readonly exact: boolean; readonly message: string | null }
  | { readonly ok: false; readonly message: string };

export interface SaveLoaderParts {
  /** The session's one writer: the loader asks it to load, and never writes the session itself. */
  readonly controller: Pick<SessionRequests, 'load' | 'snapshot'>;
  readonly storyHash: string;
  readonly strings: Strings;
  /**
   * Called just before a loaded frame is shown: with the save's chapter when the exact place was restored, with
   * null when the game restarted at a chapter start (so the autosave records that chapter's checkpoint).
   */
  readonly beforeShow: (restoredCheckpoint: string | null) => void;
}

/**
 * Turns save text into play, never blindly: a save from this story edition is restored exactly; one from another
 * edition restarts at its chapter's start with its role and carried variables (pitfalls I2–I6); anything else is
 * refused with a plain sentence. A refusal, or a restart that fails, leaves the game being played as it was.
 */
export class SaveLoader {
  constructor(private readonly parts: SaveLoaderParts) {}

  loadText(text: string): LoadResult {
    return this.loadParsed(parseSave(text, this.parts.storyHash));
  }

  loadParsed(parsed: ParsedSave): LoadResult {
    const s = this.parts.strings.saves;
    if (!parsed.ok) return { ok: false, message: s.rejected[parsed.reason] };
    const { save } = parsed;
    if (parsed.sameEdition) {
      try {
        this.parts.controller.load(
          { kind: 'restore', snapshot: save.snapshot },
          { check: () => this.assertSavable(save), beforeShow: () => this.parts.beforeShow(save.checkpoint) },
        );
        return { ok: true, exact: true, message: s.loaded(save.name) };
      } catch {
        // The controller has put the game in progress back.
        if (save.checkpoint === null) return { ok: false, message: s.rejected.damaged };
        const restarted = this.restartFrom(save);
        return restarted.ok
          ? { ok: true, exact: false, message: s.positionDamaged(this.chapterName(save.checkpoint)) }
          : restarted;
      }
    }
    if (save.checkpoint === null) return { ok: false, message: s.otherEditionNoChapter };
    const restarted = this.restartFrom(save);
    return restarted.ok
      ? { ok: true, exact: false, message: s.otherEdition(this.chapterName(save.checkpoint)) }
      : restarted;
  }

  /** Starts a chapter with a role and carried variables (a save code, another edition's save). */
  startChapter(checkpoint: string, role: string, carry: CarriedState, telling: Telling = 'full'): LoadResult {
    try {
      this.parts.controller.load(
        { kind: 'chapter', entry: { kind: 'chapter', checkpoint, role, carry, telling } },
        { beforeShow: () => this.parts.beforeShow(null) },
      );
      return { ok: true, exact: false, message: null };
    } catch {
      return { ok: false, message: this.parts.strings.saves.cannotUse };
    }
  }

  chapterName(checkpoint: string): string {
    return this.parts.strings.chapterNames[checkpoint] ?? checkpoint;
  }

  private restartFrom(save: SaveGame): LoadResult {
    const game = save.snapshot.game;
    return this.startChapter(
      save.checkpoint ?? '',
      save.role,
      carryOf({ trust: game.trust, measures: game.measures, known: game.known }),
      game.telling,
    );
  }

  /**
   * A restored game must be one the game can save again: values the ink state carries (a relationship of 999)
   * reach the game state only once the story runs, and every later autosave would then be refused while Continue
   * quietly went on offering the old one. Throws so the load is set aside like any other damaged position.
   */
  private assertSavable(save: SaveGame): void {
    const snapshot = this.parts.controller.snapshot();
    const { storyHash } = this.parts;
    const again = makeSave({ storyHash, lang: save.lang, name: save.name, now: new Date(), snapshot });
    const parsed = parseSave(JSON.stringify(again), storyHash);
    if (!parsed.ok) throw new Error(`the restored game could not be saved again: ${parsed.detail}`);
  }
}

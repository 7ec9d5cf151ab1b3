import type { Frame } from '../core/session/frame.ts';
import type { Entry, SessionSnapshot } from '../core/session/session.ts';

/** A game to load: a save's exact place, or a chapter start (a save code, a save from another story edition). */
export type LoadRequest =
  | { readonly kind: 'restore'; readonly snapshot: SessionSnapshot }
  | { readonly kind: 'chapter'; readonly entry: Entry };

export interface LoadHooks {
  /** Runs once the session holds the loaded game, before anything is shown; throwing refuses the load. */
  readonly check?: () => void;
  /** Runs just before the loaded game's first frame is shown (the saves feature sets its autosave aside). */
  readonly beforeShow?: () => void;
}

/**
 * How features ask for the session to change. Only the controller writes the session (it implements this), so
 * its frame on screen and the session's can never disagree; the kiosk and the save loader hold this, never the
 * session itself (tools/lint/layers.mjs forbids importing the writable `Session` elsewhere).
 */
export interface SessionRequests {
  /** The frame on screen; null on the title screen. */
  readonly currentFrame: Frame | null;
  /** The game in progress (reading only). */
  snapshot(): SessionSnapshot;
  /** A new game from its entry, shown from its first frame. */
  begin(entry: Entry): void;
  /** A loaded game, shown; on failure nothing changes and the error is rethrown. */
  load(request: LoadRequest, hooks?: LoadHooks): Frame;
  /** Forgets the playthrough on screen; the session starts `fresh` without showing it (null: left as it is). */
  reset(fresh: Entry | null): void;
}

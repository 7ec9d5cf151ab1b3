import type { GameState } from '../game/game-state.ts';
import type { SfxId, TextClass } from '../stage/ids.ts';
import type { StageState } from '../stage/stage-state.ts';

export type ProblemKind = 'tag' | 'ink-warning' | 'ink-error' | 'chronicle' | 'dead-end';

/** A content problem, as data: shown in the dev overlay, failed on by content tests, never thrown. */
export interface Problem {
  readonly kind: ProblemKind;
  readonly message: string;
}

export interface FrameLine {
  readonly text: string;
  readonly classes: readonly TextClass[];
  readonly sfx: readonly SfxId[];
  readonly cites: readonly string[];
  readonly record: string | null;
  readonly invented: boolean;
  /** Clear the text panel before this line. */
  readonly clear: boolean;
}

export interface FrameChoice {
  readonly index: number;
  readonly text: string;
}

/**
 * What one step of the story produced: everything a renderer needs, and nothing of inkjs.
 * `choosing`: waiting for a choice; `ending`: the story reached its end; `broken`: an ink error or a dead end
 * (no text, no choices, not at an ending): the UI offers the last checkpoint or a restart; `held`: stopped at a
 * classroom pause point (a session made with `holdAtPause`), the next chapter not yet begun: `Session.goOn()` reads on.
 */
export type FrameStatus = 'choosing' | 'ending' | 'broken' | 'held';

export interface Frame {
  readonly lines: readonly FrameLine[];
  readonly choices: readonly FrameChoice[];
  readonly stage: StageState;
  readonly game: GameState;
  readonly status: FrameStatus;
  readonly problems: readonly Problem[];
  /** A classroom pause point was passed in this step (end of a chapter). */
  readonly pause: boolean;
}

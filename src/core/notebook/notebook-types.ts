// The notebook: what the player has learned, proposed and won, built from the game state and the record (pure).
import type { TrustKey } from '../game/game-state.ts';
import type { SourceRef } from '../record/debrief-types.ts';
import type { InPlace } from '../record/record-types.ts';
import type { TrustLevel } from './trust-words.ts';

/** One `known` item: its sentence is the language part's; `later` is shown only once its beat has been reached. */
export interface NotebookLearned {
  readonly id: string;
  readonly sources: readonly SourceRef[];
  readonly later: { readonly sources: readonly SourceRef[] } | null;
}

/** A measure the player could propose that is in the house, the chapter it came in, and the real house beside it. */
export interface NotebookAdopted {
  readonly id: string;
  readonly label: string;
  /** Checkpoint id of the chapter it first appeared in; null when not known (carried into a chapter start). */
  readonly chapter: string | null;
  readonly may24: InPlace;
  readonly aug20: InPlace;
  readonly note: string;
  readonly sources: readonly SourceRef[];
}

/** A proposal the house turned down, with the historical reason (from the record's pushbacks). */
export interface NotebookRefused {
  readonly id: string;
  /** Checkpoint ids of the chapters it was turned down in, in play order, each once. */
  readonly chapters: readonly string[];
  readonly attempt: string;
  readonly reason: string;
  readonly sources: readonly SourceRef[];
}

export interface NotebookPerson {
  readonly key: TrustKey;
  readonly level: TrustLevel;
}

/** How often the player wrote home, in words. */
export type LettersHome = 'none' | 'once' | 'several';

export interface Notebook {
  readonly learned: readonly NotebookLearned[];
  readonly adopted: readonly NotebookAdopted[];
  readonly refused: readonly NotebookRefused[];
  /**
   * True when ink counted more refusals than the named ones: some refusals in the story carry no pushback tag, so the
   * notebook cannot say which they were, only that there were others.
   */
  readonly otherRefusals: boolean;
  readonly people: readonly NotebookPerson[];
  readonly letters: LettersHome;
}

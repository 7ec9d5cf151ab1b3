import type { TrustKey } from '../../../core/game/game-state.ts';
import type { LettersHome } from '../../../core/notebook/notebook-types.ts';
import type { TrustLevel } from '../../../core/notebook/trust-words.ts';

/** The reader bar's notebook button, in the first script (each language's src/languages/<id>/notebook-label.ts). */
export interface NotebookLabel {
  readonly button: string;
}

/**
 * The notebook's words and the debrief's player-first part (src/languages/<id>/notebook.ts, loaded with the panel).
 * Never a number about a person: trust is a phrase per person and level.
 */
export interface NotebookStrings {
  readonly title: string;
  readonly close: string;
  readonly intro: string;
  readonly kioskIntro: string;
  readonly shortcutNote: string;
  readonly learnedTitle: string;
  readonly learnedNone: string;
  /** One sentence per ink `known` item; `later` once the story has reached what it tells. */
  readonly knowledge: Readonly<
    Record<string, { readonly topic: string; readonly text: string; readonly later?: string }>
  >;
  /** The debrief's short form names what was learned by topic: "You learned about: …". */
  readonly learnedAbout: string;
  readonly sourcesLabel: string;
  /** Said after a source the record marks with a caution (partisan or propaganda). */
  readonly withCaution: string;
  readonly proposalsTitle: string;
  readonly proposalsNone: string;
  readonly adoptedTitle: string;
  /** "In chapter IV…" or, when the chapter is not known, "before this chapter". */
  readonly adoptedWhen: (chapter: string | null) => string;
  readonly inRealHouse: string;
  readonly refusedTitle: string;
  readonly refusedWhen: (chapters: readonly string[]) => string;
  readonly otherRefusals: string;
  readonly whoProposedNote: string;
  readonly peopleTitle: string;
  readonly people: Readonly<Record<TrustKey, Readonly<Record<TrustLevel, string>>>>;
  readonly letters: Readonly<Record<LettersHome, string>>;
  /** The debrief's player-first part. */
  readonly debriefViewsTitle: string;
  readonly debriefNotebookLine: string;
  readonly recordInBriefTitle: string;
  readonly showLong: string;
  readonly showShort: string;
  /** The kiosk's debrief cards. */
  readonly kioskCards: {
    readonly youTitle: string;
    readonly houseTitle: string;
    readonly recordTitle: string;
    readonly recordLine: string;
    readonly openRecord: string;
  };
}

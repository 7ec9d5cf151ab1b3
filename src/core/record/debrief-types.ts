// The debrief: what the player did beside what the record says. Built by build-debrief.ts; drawn by the UI.

import type { BeatKind, Confidence, InPlace, SourceKind } from './record-types.ts';

/** What the game hands the debrief builder at the end (or at a classroom pause). */
export interface DebriefInput {
  /** Record beats reached, in the order they happened in play (the chronicle). */
  readonly chronicle: readonly string[];
  /** Pushbacks, each with the chapter knot where it happened, in play order. */
  readonly pushbacks: readonly { readonly id: string; readonly chapter: string }[];
  /** Views taken at disputed points, in play order (a later view on the same dispute replaces an earlier one). */
  readonly views: readonly string[];
  /** Security measures in place at the end (ink's `house`). */
  readonly measures: readonly string[];
  readonly role: string;
}

export interface SourceRef {
  readonly id: string;
  readonly short: string;
  readonly citation: string;
  readonly kind: SourceKind;
  readonly caution?: string;
}

export interface VersionRef {
  readonly claim: string;
  readonly sources: readonly SourceRef[];
}

export interface DebriefBeat {
  readonly id: string;
  readonly kind: BeatKind;
  readonly title: string;
  readonly date: string;
  readonly dateNote?: string;
  readonly time?: string;
  readonly place: string;
  readonly people: readonly string[];
  readonly summary: string;
  readonly confidence: Confidence;
  readonly sources: readonly SourceRef[];
  readonly versions: readonly VersionRef[];
}

export interface DebriefChronicle {
  /** Beats the player reached, in play order. */
  readonly reached: readonly DebriefBeat[];
  /** Canonical beats not reached (e.g. a classroom session that started mid-story). */
  readonly notReached: readonly { readonly id: string; readonly title: string }[];
  /** True when every canonical beat was reached, each once, in canonical order. */
  readonly complete: boolean;
}

/** One thing the player tried, set beside why it went as it did. */
export interface DebriefAttempt {
  readonly id: string;
  readonly chapter: string;
  readonly attempt: string;
  readonly reason: string;
  readonly beat: { readonly id: string; readonly title: string };
  readonly sources: readonly SourceRef[];
}

export interface DebriefViewVersion extends VersionRef {
  readonly id: string;
  /** This version is one the player's view agrees with. */
  readonly matchesYourView: boolean;
}

/** The player's view at a disputed point beside every version the historians give. */
export interface DebriefView {
  readonly disputeId: string;
  readonly question: string;
  readonly consensus?: string;
  readonly yourView: { readonly id: string; readonly label: string };
  /** Labels of views the player held earlier on the same question and then changed. */
  readonly earlierViews: readonly string[];
  readonly versions: readonly DebriefViewVersion[];
}

export interface DebriefMeasure {
  readonly id: string;
  readonly label: string;
  readonly kind: 'proposal' | 'historical';
  /** In the player's house at the end. */
  readonly yours: boolean;
  readonly may24: InPlace;
  readonly aug20: InPlace;
  readonly note: string;
  readonly sources: readonly SourceRef[];
}

export interface DebriefSecurity {
  readonly measures: readonly DebriefMeasure[];
  /** Precautions the real household never took, whatever the player did. */
  readonly neverAdopted: readonly {
    readonly id: string;
    readonly label: string;
    readonly note: string;
    readonly sources: readonly SourceRef[];
  }[];
  /** How many of the player's own proposals were in place, out of how many there were. */
  readonly proposalsInPlace: number;
  readonly proposalsTotal: number;
}

export interface Debrief {
  readonly role: {
    readonly id: string;
    readonly title: string;
    readonly basis: string;
    readonly sources: readonly SourceRef[];
  } | null;
  readonly chronicle: DebriefChronicle;
  readonly attempts: readonly DebriefAttempt[];
  readonly views: readonly DebriefView[];
  readonly security: DebriefSecurity;
  /** Input the record does not know (unknown ids, repeats, beats out of order); the debrief is built anyway. */
  readonly problems: readonly string[];
}

/** One record beat reached: the chronicle is append-only and in canonical order. */
export interface ChronicleEntry {
  readonly beat: string;
  readonly turn: number;
  readonly checkpoint: string | null;
}

/** An attempt to change a recorded outcome, answered by the story (the debrief remembers it). */
export interface PushbackEntry {
  readonly id: string;
  readonly turn: number;
  readonly checkpoint: string | null;
}

/** A security measure the first time it was in the house, and the chapter it came in (null: carried into a chapter
 * start or an older save, so the chapter is not known). */
export interface MeasureAdded {
  readonly id: string;
  readonly checkpoint: string | null;
}

export const TRUST_KEYS = ['trust_lt', 'trust_natalia', 'trust_seva', 'trust_guards', 'trust_police'] as const;
export type TrustKey = (typeof TRUST_KEYS)[number];

/** How much of a chapter is told: every line, or the classroom's cut for a 45-minute lesson (ink's `classroom_cut`). */
export type Telling = 'full' | 'cut';

/**
 * What the game knows about this playthrough. Story facts (role, measures, trust, knowledge) are mirrored from ink
 * after every step (ink is their only writer); the rest is built from tags.
 */
export interface GameState {
  readonly role: string;
  readonly measures: readonly string[];
  /** When each measure in `measures` first appeared (ink's `house` grows; the story never removes a measure). */
  readonly measuresAdded: readonly MeasureAdded[];
  /** ink's `proposals_refused`: suggestions of the player's the house turned down (not all carry a pushback tag). */
  readonly proposalsRefused: number;
  /** ink's `letters_home`: letters the player wrote home. */
  readonly lettersHome: number;
  readonly trust: Readonly<Record<TrustKey, number>>;
  readonly known: readonly string[];
  readonly chronicle: readonly ChronicleEntry[];
  readonly pushbacks: readonly PushbackEntry[];
  readonly views: readonly string[];
  readonly recalls: readonly string[];
  readonly cites: readonly string[];
  readonly checkpoint: string | null;
  readonly checkpointsReached: readonly string[];
  readonly turn: number;
  /** Mirrored from ink's `classroom_cut`: saves and short codes carry it, so a restart keeps the lesson's telling. */
  readonly telling: Telling;
}

export const INITIAL_GAME: GameState = {
  role: 'teamster',
  measures: [],
  measuresAdded: [],
  proposalsRefused: 0,
  lettersHome: 0,
  trust: { trust_lt: 0, trust_natalia: 0, trust_seva: 0, trust_guards: 0, trust_police: 0 },
  known: [],
  chronicle: [],
  pushbacks: [],
  views: [],
  recalls: [],
  cites: [],
  checkpoint: null,
  checkpointsReached: [],
  turn: 0,
  telling: 'full',
};

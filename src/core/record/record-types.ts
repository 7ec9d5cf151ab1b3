// Shapes of the historical record data in story/record/*.json, after validation.
// Ids stay plain strings here because the JSON is the source of truth; record-ids.ts holds the closed
// vocabularies the story's tags use, and tests check the two agree.

export type BeatKind = 'spine' | 'epilogue' | 'backstory';
export type Confidence = 'solid' | 'disputed' | 'unclear';
export type SourceKind = 'book' | 'primary' | 'article' | 'press' | 'web' | 'partisan' | 'propaganda';

/** One claim in a disputed point, with the sources that make it. */
export interface Version {
  readonly claim: string;
  readonly sources: readonly string[];
}

export interface Beat {
  readonly id: string;
  readonly kind: BeatKind;
  /** Canonical position, 1-based, for spine and epilogue beats; absent for backstory. */
  readonly order?: number;
  /** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when that is all that is known. */
  readonly date: string;
  readonly dateNote?: string;
  /** Local time in words, e.g. "about 04:00". */
  readonly time?: string;
  readonly place: string;
  readonly people: readonly string[];
  readonly title: string;
  readonly summary: string;
  readonly confidence: Confidence;
  readonly sources: readonly string[];
  readonly versions?: readonly Version[];
}

export interface Source {
  readonly id: string;
  readonly short: string;
  readonly citation: string;
  readonly kind: SourceKind;
  /** Why to handle this source with care (partisan, propaganda, single witness…). */
  readonly caution?: string;
}

export interface DisputeVersion extends Version {
  readonly id: string;
}

/** A stance the player can take; `versions` are the historians' versions it corresponds to. */
export interface DisputeView {
  readonly id: string;
  readonly label: string;
  readonly versions: readonly string[];
}

/** A disputed point. With `views` it is playable (`# view:`); without, it is read-only in the archive. */
export interface Dispute {
  readonly id: string;
  readonly question: string;
  readonly beats: readonly string[];
  readonly consensus?: string;
  readonly versions: readonly DisputeVersion[];
  readonly views: readonly DisputeView[];
}

export interface Pushback {
  readonly id: string;
  /** The beat whose outcome the player tried to change. */
  readonly beat: string;
  /** What the player tried: second person, past tense, one line. */
  readonly attempt: string;
  /** Why things went as they did, historically. */
  readonly reason: string;
  readonly sources: readonly string[];
}

/** Was a measure in place? `partly` = begun or partial; `unclear` = the sources do not say. */
export type InPlace = 'yes' | 'no' | 'partly' | 'unclear';

export interface MeasureRecord {
  readonly id: string;
  /** `proposal`: the player may add it; `historical`: added in ch4 on every path. */
  readonly kind: 'proposal' | 'historical';
  readonly label: string;
  readonly may24: InPlace;
  readonly aug20: InPlace;
  readonly note: string;
  readonly sources: readonly string[];
}

/** A precaution the household never adopted (shown in the debrief whatever the player did). */
export interface NeverAdopted {
  readonly id: string;
  readonly label: string;
  readonly note: string;
  readonly sources: readonly string[];
}

export interface MeasuresRecord {
  readonly measures: readonly MeasureRecord[];
  readonly neverAdopted: readonly NeverAdopted[];
}

/** How a playable role relates to real people: every role is a composite. */
export interface RoleRecord {
  readonly id: string;
  readonly title: string;
  readonly basis: string;
  readonly sources: readonly string[];
}

export interface RecordData {
  readonly beats: readonly Beat[];
  readonly sources: readonly Source[];
  readonly disputes: readonly Dispute[];
  readonly pushbacks: readonly Pushback[];
  readonly measures: MeasuresRecord;
  readonly roles: readonly RoleRecord[];
}

export type RecordProblemKind =
  | 'missing_field'
  | 'bad_value'
  | 'duplicate_id'
  | 'unknown_source'
  | 'unknown_reference'
  | 'bad_date'
  | 'out_of_order'
  | 'orphan_source'
  | 'vocabulary';

export interface RecordProblem {
  readonly kind: RecordProblemKind;
  /** Where, e.g. `beats[raid_1940_05_24].sources`. */
  readonly where: string;
  readonly message: string;
}

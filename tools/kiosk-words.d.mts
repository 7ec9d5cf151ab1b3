// Types for kiosk-words.mjs (a plain ESM tool run by node directly, and imported by the kiosk length test).

export interface KioskChoice {
  index: number;
  text: string;
}

/** What a visitor reads between two taps. */
export interface KioskPassage {
  /** Words shown, with the text of the choice that opened the passage. */
  words: number;
  /** The picture the passage ends on. */
  scene: string;
  /** The record beats the passage tells, in order. */
  records: string[];
  /** Choices offered at its end (0 at the ending). */
  choices: number;
}

export interface KioskVisit {
  words: number;
  choices: number;
  passages: KioskPassage[];
}

/** A session as src/core/session/session.ts makes it, reduced to what the walk uses. */
export interface KioskSession {
  begin(entry: { kind: 'kiosk' }): KioskFrame;
  choose(index: number): KioskFrame;
}

export interface KioskFrame {
  status: string;
  lines: readonly { text: string; record: string | null }[];
  choices: readonly KioskChoice[];
  stage: { scene: string };
  problems: readonly { message: string }[];
}

export function kioskPickers(
  randomSeeds?: number[],
): { name: string; pick: (choices: readonly KioskChoice[]) => KioskChoice }[];

export function walkKiosk(session: KioskSession, pick: (choices: readonly KioskChoice[]) => KioskChoice): KioskVisit;

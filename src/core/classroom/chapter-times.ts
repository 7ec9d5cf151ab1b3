import type { ClassroomChapter } from './chapter-start.ts';
import { WORDS_PER_MINUTE } from './reading-time.ts';

/** Seconds a student spends on one choice (reading the options and deciding), for planning lessons. */
export const SECONDS_PER_CHOICE = 12;

/**
 * Measured lengths of each chapter: median words read and choices made over random playthroughs of every role,
 * from the chapter start to its pause point (tests/unit/classroom/chapter-times.test.ts re-measures the story and
 * fails when these drift by more than a fifth). Used for the chapter list and the lesson plans.
 */
export const CHAPTER_LENGTHS: Readonly<Record<ClassroomChapter, { readonly words: number; readonly choices: number }>> = {
  ch1_arrival: { words: 3100, choices: 34 },
  ch2_raid: { words: 1980, choices: 15 },
  ch3_aftermath: { words: 2120, choices: 14 },
  ch4_fortress: { words: 2020, choices: 21 },
  ch5_rehearsal: { words: 1260, choices: 10 },
  ch6_attack: { words: 1670, choices: 12 },
  ch7_death: { words: 1240, choices: 11 },
  epilogue: { words: 1450, choices: 6 },
};

/** Minutes to play a chapter: reading at the guide's pace plus time for each choice, to the nearest minute. */
export function playingMinutes(length: { readonly words: number; readonly choices: number }): number {
  return Math.round(length.words / WORDS_PER_MINUTE + (length.choices * SECONDS_PER_CHOICE) / 60);
}

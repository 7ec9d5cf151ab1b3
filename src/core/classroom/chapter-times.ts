import type { ClassroomChapter } from './chapter-start.ts';
import { WORDS_PER_MINUTE } from './reading-time.ts';

/** A reader's speed: words read per minute, and seconds spent on each choice (reading the options, deciding). */
export interface Pace {
  readonly wordsPerMinute: number;
  readonly secondsPerChoice: number;
}

/** Students in a lesson, for planning periods: chapter lengths (15–20 minutes each) are measured at this pace. */
export const CLASSROOM_PACE: Pace = { wordsPerMinute: WORDS_PER_MINUTE, secondsPerChoice: 12 };

/**
 * An adult playing alone at home, for the length of a whole playthrough (60–90 minutes): 260 words a minute is the
 * adult silent-reading rate for fiction in Brysbaert's 2019 meta-analysis (238 for non-fiction), and a choice
 * takes 6 s. Two paces because the targets need them: eight chapters of at least 15 minutes are 120 minutes, more
 * than a 90-minute playthrough, unless a lesson reads more slowly than a player at home (docs/teacher-guide.md).
 */
export const HOME_PACE: Pace = { wordsPerMinute: 260, secondsPerChoice: 6 };

/** Minutes to play, unrounded (for totals and tools; the guide prints `playingMinutes`). */
export function exactMinutes(length: { readonly words: number; readonly choices: number }, pace: Pace): number {
  return length.words / pace.wordsPerMinute + (length.choices * pace.secondsPerChoice) / 60;
}

/**
 * Measured lengths of each chapter: median words read and choices made over random playthroughs of every role,
 * from the chapter start to its pause point (tests/unit/classroom/chapter-times.test.ts re-measures the story and
 * fails when these drift by more than a fifth). Used for the chapter list and the lesson plans.
 */
export const CHAPTER_LENGTHS: Readonly<Record<ClassroomChapter, { readonly words: number; readonly choices: number }>> =
  {
    ch1_arrival: { words: 1988, choices: 32 },
    ch2_raid: { words: 2250, choices: 23 },
    ch3_aftermath: { words: 2405, choices: 19 },
    ch4_fortress: { words: 2256, choices: 24 },
    ch5_rehearsal: { words: 2224, choices: 23 },
    ch6_attack: { words: 2285, choices: 21 },
    ch7_death: { words: 2191, choices: 23 },
    epilogue: { words: 2264, choices: 21 },
  };

/** Minutes to play a chapter: reading plus time for each choice at a pace (the classroom's by default), rounded. */
export function playingMinutes(
  length: { readonly words: number; readonly choices: number },
  pace: Pace = CLASSROOM_PACE,
): number {
  return Math.round(exactMinutes(length, pace));
}

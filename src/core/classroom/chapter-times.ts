import type { Telling } from '../game/game-state.ts';
import type { ClassroomChapter } from './chapter-start.ts';
import MEASURED from './chapter-lengths.json' with { type: 'json' };
import { WORDS_PER_MINUTE } from './reading-time.ts';

/** A reader's speed: words read per minute, and seconds spent on each choice (reading the options, deciding). */
export interface Pace {
  readonly wordsPerMinute: number;
  readonly secondsPerChoice: number;
}

/**
 * Students in a lesson, for planning periods: 150 words a minute (WORDS_PER_MINUTE) and 12 s a choice. The full
 * chapter (the 90-minute plan) takes about 20 minutes at this pace; the classroom cut (the 45-minute plan) aims at
 * about 10 minutes of reading.
 */
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

export interface ChapterLength {
  readonly words: number;
  readonly choices: number;
}

/**
 * Measured lengths of each chapter in both tellings: median words read and choices made over random playthroughs of
 * every role, from the chapter start to its pause point. The numbers come from the tool, never by hand:
 * `node tools/chapter-minutes.mjs --json=src/core/classroom/chapter-lengths.json` after any story edit
 * (tests/unit/classroom/chapter-times.test.ts re-measures the story and fails when these drift by more than a fifth,
 * and checks that the teacher's guides print them). Used for the chapter list and the lesson plans.
 */
export const CHAPTER_LENGTHS: Readonly<Record<Telling, Readonly<Record<ClassroomChapter, ChapterLength>>>> = MEASURED;

/** Words as the guide prints them: to the nearest 50 ("about 2,250"). */
export function roundedWords(words: number): number {
  return Math.round(words / 50) * 50;
}

/** Minutes to play a chapter: reading plus time for each choice at a pace (the classroom's by default), rounded. */
export function playingMinutes(
  length: { readonly words: number; readonly choices: number },
  pace: Pace = CLASSROOM_PACE,
): number {
  return Math.round(exactMinutes(length, pace));
}

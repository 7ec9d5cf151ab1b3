/** Words in a piece of story text (runs of non-space characters). */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed.length === 0 ? 0 : trimmed.split(/\s+/).length;
}

/**
 * The reading pace the teacher's guide assumes for secondary-school readers: 150 words a minute, the middle of the
 * 130–180 a class of 14-year-olds and English learners reads at (issue 21), not an adult's 200–260.
 */
export const WORDS_PER_MINUTE = 150;

/** Whole minutes of reading, rounded to the nearest minute (at least 1 for any text). */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return words <= 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}

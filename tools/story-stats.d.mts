// Types for story-stats.mjs (a plain ESM tool run by node directly).

export interface StoryFileStats {
  file: string;
  words: number;
  choices: number;
}

/** Prose words and distinct choices of every .ink file in `dir`, per file and in total. */
export function storyStats(dir: string): { rows: StoryFileStats[]; words: number; choices: number };

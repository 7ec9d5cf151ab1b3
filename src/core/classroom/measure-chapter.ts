import { CANONICAL_SEQUENCE } from '../record/canonical-sequence.ts';
import { createSession } from '../session/session.ts';
import type { StoryEngine } from '../story/story-engine.ts';
import { RESULT_CHAPTERS } from './class-result.ts';
import { chapterStartState, type ClassroomChapter } from './chapter-start.ts';
import { countWords } from './reading-time.ts';

export interface ChapterLength {
  readonly words: number;
  readonly choices: number;
}

/**
 * Words read and choices made by one seeded random reader from a chapter start (the house as it really was) to the
 * chapter's pause point. The pause frame already runs on into the next chapter's opening lines; those belong to the
 * next chapter and are subtracted. Deterministic for a given story, chapter, role and seed. Give the engine a
 * generous line budget (a loaded machine must not cut a reader short): a broken frame throws.
 */
export function measureChapter(engine: StoryEngine, chapter: ClassroomChapter, role: string, seed: number): ChapterLength {
  const session = createSession({ engine, canonical: CANONICAL_SEQUENCE });
  let frame = session.begin({ kind: 'chapter', checkpoint: chapter, role, carry: chapterStartState(chapter) });
  let words = frame.lines.reduce((n, l) => n + countWords(l.text), 0);
  let choices = 0;
  let state = seed;
  while (frame.status === 'choosing' && !frame.pause && choices < 300) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const choice = frame.choices[state % frame.choices.length]!;
    words += countWords(choice.text);
    frame = session.choose(choice.index);
    choices++;
    words += frame.lines.reduce((n, l) => n + countWords(l.text), 0);
  }
  if (frame.status === 'broken') throw new Error(`${chapter}/${role} seed ${seed}: the story broke after ${choices} choices (${frame.problems.map((p) => p.message).join('; ')})`);
  const next = RESULT_CHAPTERS[RESULT_CHAPTERS.indexOf(chapter) + 1];
  if (frame.pause && next && frame.game.checkpoint === next) {
    const opening = createSession({ engine, canonical: CANONICAL_SEQUENCE }).begin({ kind: 'chapter', checkpoint: next, role, carry: chapterStartState(next) });
    words -= opening.lines.reduce((n, l) => n + countWords(l.text), 0);
  }
  return { words, choices };
}

/**
 * Words read and choices made in the opening (content note, role choice) by one seeded random reader, up to the
 * frame that enters chapter I; chapter I's own opening lines are not counted.
 */
export function measureOpening(engine: StoryEngine, seed: number): ChapterLength {
  const session = createSession({ engine, canonical: CANONICAL_SEQUENCE });
  let frame = session.begin({ kind: 'start' });
  let words = frame.lines.reduce((n, l) => n + countWords(l.text), 0);
  let choices = 0;
  let state = seed;
  while (frame.status === 'choosing' && frame.game.checkpoint !== RESULT_CHAPTERS[0] && choices < 50) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const choice = frame.choices[state % frame.choices.length]!;
    words += countWords(choice.text);
    frame = session.choose(choice.index);
    choices++;
    words += frame.lines.reduce((n, l) => n + countWords(l.text), 0);
  }
  if (frame.status === 'broken') throw new Error(`opening seed ${seed}: the story broke after ${choices} choices`);
  if (frame.game.checkpoint === RESULT_CHAPTERS[0]) {
    const opening = createSession({ engine, canonical: CANONICAL_SEQUENCE }).begin({ kind: 'chapter', checkpoint: RESULT_CHAPTERS[0], role: frame.game.role, carry: chapterStartState(RESULT_CHAPTERS[0]) });
    words -= opening.lines.reduce((n, l) => n + countWords(l.text), 0);
  }
  return { words, choices };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The median length of a chapter over `runs` seeded readers of each role (the figure the teacher's guide prints). */
export function medianChapterLength(engine: StoryEngine, chapter: ClassroomChapter, roles: readonly string[], runs: number): ChapterLength {
  const lengths = roles.flatMap((role) => Array.from({ length: runs }, (_, i) => measureChapter(engine, chapter, role, 17 + i * 7919)));
  return { words: median(lengths.map((l) => l.words)), choices: median(lengths.map((l) => l.choices)) };
}

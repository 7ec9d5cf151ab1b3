import { CANONICAL_SEQUENCE } from '../record/canonical-sequence.ts';
import type { Frame } from '../session/frame.ts';
import { createSession, type Telling } from '../session/session.ts';
import type { StoryEngine } from '../story/story-engine.ts';
import { RESULT_CHAPTERS } from './class-result.ts';
import { chapterStartState, type ClassroomChapter } from './chapter-start.ts';
import { countWords } from './reading-time.ts';

export interface ChapterLength {
  readonly words: number;
  readonly choices: number;
}

type Session = ReturnType<typeof createSession>;

const wordsOf = (frame: Frame): number => frame.lines.reduce((n, l) => n + countWords(l.text), 0);

/**
 * One seeded random reader: from `frame`, picks choices with a fixed linear congruential sequence until `done` says
 * stop, the story stops offering choices, or `limit` choices. Counts every word shown, choices included.
 */
function readRandomly(
  session: Session,
  frame: Frame,
  seed: number,
  limit: number,
  done: (frame: Frame) => boolean,
): { frame: Frame; words: number; choices: number } {
  let words = wordsOf(frame);
  let choices = 0;
  let state = seed;
  while (frame.status === 'choosing' && !done(frame) && choices < limit) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const choice = frame.choices[state % frame.choices.length];
    if (choice === undefined) break; // unreachable while choosing (there is at least one choice)
    words += countWords(choice.text);
    frame = session.choose(choice.index);
    choices++;
    words += wordsOf(frame);
  }
  return { frame, words, choices };
}

/** The words of a chapter's opening frame, which the frame that ends the chapter before it already shows. */
function openingWords(engine: StoryEngine, chapter: ClassroomChapter, role: string, telling: Telling): number {
  return wordsOf(
    createSession({ engine, canonical: CANONICAL_SEQUENCE }).begin({
      kind: 'chapter',
      checkpoint: chapter,
      role,
      carry: chapterStartState(chapter),
      telling,
    }),
  );
}

/**
 * Words read and choices made by one seeded random reader from a chapter start (the house as it really was) to the
 * chapter's pause point. The pause frame already runs on into the next chapter's opening lines; those belong to the
 * next chapter and are subtracted. Deterministic for a given story, chapter, role and seed. Give the engine a
 * generous line budget (a loaded machine must not cut a reader short): a broken frame throws.
 */
function measureChapter(
  engine: StoryEngine,
  chapter: ClassroomChapter,
  role: string,
  seed: number,
  telling: Telling,
): ChapterLength {
  const session = createSession({ engine, canonical: CANONICAL_SEQUENCE });
  const carry = chapterStartState(chapter);
  const start = session.begin({ kind: 'chapter', checkpoint: chapter, role, carry, telling });
  const { frame, words, choices } = readRandomly(session, start, seed, 300, (f) => f.pause);
  if (frame.status === 'broken')
    throw new Error(
      `${chapter}/${role} seed ${seed}: the story broke after ${choices} choices (${frame.problems.map((p) => p.message).join('; ')})`,
    );
  const next = RESULT_CHAPTERS[RESULT_CHAPTERS.indexOf(chapter) + 1];
  const overlap = frame.pause && next && frame.game.checkpoint === next ? openingWords(engine, next, role, telling) : 0;
  return { words: words - overlap, choices };
}

/**
 * Words read and choices made in the opening (content note, role choice) by one seeded random reader, up to the
 * frame that enters chapter I; chapter I's own opening lines are not counted.
 */
export function measureOpening(engine: StoryEngine, seed: number): ChapterLength {
  const session = createSession({ engine, canonical: CANONICAL_SEQUENCE });
  const first = RESULT_CHAPTERS[0];
  const { frame, words, choices } = readRandomly(
    session,
    session.begin({ kind: 'start' }),
    seed,
    50,
    (f) => f.game.checkpoint === first,
  );
  if (frame.status === 'broken') throw new Error(`opening seed ${seed}: the story broke after ${choices} choices`);
  const overlap = frame.game.checkpoint === first ? openingWords(engine, first, frame.game.role, 'full') : 0;
  return { words: words - overlap, choices };
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * The median length of a chapter over `runs` seeded readers of each role (the figure the teacher's guide prints), in
 * the full telling or the classroom cut.
 */
export function medianChapterLength(
  engine: StoryEngine,
  chapter: ClassroomChapter,
  roles: readonly string[],
  runs: number,
  telling: Telling = 'full',
): ChapterLength {
  const lengths = roles.flatMap((role) =>
    Array.from({ length: runs }, (_, i) => measureChapter(engine, chapter, role, 17 + i * 7919, telling)),
  );
  return { words: median(lengths.map((l) => l.words)), choices: median(lengths.map((l) => l.choices)) };
}

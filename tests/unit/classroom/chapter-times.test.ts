import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESULT_CHAPTERS, RESULT_ROLES } from '../../../src/core/classroom/class-result.ts';
import { chapterStartState } from '../../../src/core/classroom/chapter-start.ts';
import { CHAPTER_LENGTHS, playingMinutes } from '../../../src/core/classroom/chapter-times.ts';
import { countWords, readingMinutes } from '../../../src/core/classroom/reading-time.ts';
import { CANONICAL_SEQUENCE } from '../../../src/core/record/canonical-sequence.ts';
import { createSession } from '../../../src/core/session/session.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { en } from '../../../src/ui/strings/en.ts';
// @ts-expect-error plain ESM module without types
import { compileInkFile } from '../../../tools/ink/compile-ink.mjs';

const { json } = compileInkFile('story/en/main.ink') as { json: string };
const engine = StoryEngine.fromJson(json);
const RUNS = 7;

/** Words read and choices made from a chapter start to its pause point, following a seeded random reader. */
function measure(chapter: (typeof RESULT_CHAPTERS)[number], role: string, seed: number): { words: number; choices: number } {
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
  // The pause frame runs on into the next chapter's opening: that passage belongs to the next chapter.
  const next = RESULT_CHAPTERS[RESULT_CHAPTERS.indexOf(chapter) + 1];
  if (frame.pause && next && frame.game.checkpoint === next) {
    const opening = createSession({ engine, canonical: CANONICAL_SEQUENCE }).begin({ kind: 'chapter', checkpoint: next, role, carry: chapterStartState(next) });
    words -= opening.lines.reduce((n, l) => n + countWords(l.text), 0);
  }
  return { words, choices };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe('chapter lengths for lesson planning', () => {
  it('count words and minutes the way the guide says', () => {
    expect(countWords('  The Old Man  reads.\nSeva  ')).toBe(5);
    expect(countWords('')).toBe(0);
    expect(readingMinutes(2000)).toBe(10);
    expect(readingMinutes(30)).toBe(1);
    expect(playingMinutes({ words: 2000, choices: 10 })).toBe(12);
  });

  it('stay within a fifth of what the story measures now, for every role', { timeout: 120_000 }, () => {
    for (const chapter of RESULT_CHAPTERS) {
      const runs = RESULT_ROLES.flatMap((role) => Array.from({ length: RUNS }, (_, i) => measure(chapter, role, 17 + i * 7919)));
      const words = median(runs.map((r) => r.words));
      const choices = median(runs.map((r) => r.choices));
      const stated = CHAPTER_LENGTHS[chapter];
      expect(Math.abs(words - stated.words) / stated.words, `${chapter}: measured ${words} words`).toBeLessThanOrEqual(0.2);
      expect(Math.abs(choices - stated.choices), `${chapter}: measured ${choices} choices`).toBeLessThanOrEqual(Math.max(3, stated.choices * 0.3));
    }
  });

  it('give the playing times the teacher\'s guide prints', () => {
    const guide = readFileSync('docs/teacher-guide.md', 'utf8');
    for (const chapter of RESULT_CHAPTERS) {
      const name = en.chapterNames[chapter] ?? chapter;
      const row = guide.split('\n').find((line) => line.startsWith(`| ${name} |`));
      expect(row, name).toBeDefined();
      expect(row, name).toContain(`about ${playingMinutes(CHAPTER_LENGTHS[chapter])} min`);
    }
  });
});

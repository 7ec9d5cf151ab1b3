import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESULT_CHAPTERS, RESULT_ROLES } from '../../../src/core/classroom/class-result.ts';
import {
  CHAPTER_LENGTHS,
  CLASSROOM_PACE,
  HOME_PACE,
  exactMinutes,
  playingMinutes,
} from '../../../src/core/classroom/chapter-times.ts';
import { measureOpening, medianChapterLength } from '../../../src/core/classroom/measure-chapter.ts';
import { countWords, readingMinutes } from '../../../src/core/classroom/reading-time.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { compileInkFile } from '../../../tools/ink/compile-ink.mjs';

const compiled = compileInkFile('story/en/main.ink').json;
if (compiled === null) throw new Error('story/en/main.ink does not compile');
const json: string = compiled;
const engine = StoryEngine.fromJson(json, { lineBudgetMs: 60_000 }); // a loaded CI machine must not cut a reader short
const RUNS = 7;

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
      const { words, choices } = medianChapterLength(engine, chapter, RESULT_ROLES, RUNS);
      const stated = CHAPTER_LENGTHS[chapter];
      expect(Math.abs(words - stated.words) / stated.words, `${chapter}: measured ${words} words`).toBeLessThanOrEqual(
        0.2,
      );
      expect(Math.abs(choices - stated.choices), `${chapter}: measured ${choices} choices`).toBeLessThanOrEqual(
        Math.max(3, stated.choices * 0.3),
      );
    }
  });

  it(
    'make every chapter 15 to 20 minutes for every role at the classroom pace, and the whole story at most 90 at the home pace',
    { timeout: 120_000 },
    () => {
      const outside: string[] = [];
      for (const chapter of RESULT_CHAPTERS) {
        for (const role of RESULT_ROLES) {
          const minutes = exactMinutes(medianChapterLength(engine, chapter, [role], RUNS), CLASSROOM_PACE);
          if (minutes < 15 || minutes > 20) outside.push(`${chapter}/${role}: ${minutes.toFixed(1)} min`);
        }
      }
      expect(outside).toEqual([]);
      const whole = RESULT_CHAPTERS.reduce(
        (sum, chapter) => sum + exactMinutes(medianChapterLength(engine, chapter, RESULT_ROLES, RUNS), HOME_PACE),
        exactMinutes(measureOpening(engine, 17), HOME_PACE),
      );
      expect(whole).toBeGreaterThanOrEqual(60);
      expect(whole).toBeLessThanOrEqual(90);
    },
  );

  it("give the playing times the teacher's guide prints", () => {
    const guide = readFileSync('docs/teacher-guide.md', 'utf8');
    for (const chapter of RESULT_CHAPTERS) {
      const name = en.chapterNames[chapter] ?? chapter;
      const row = guide.split('\n').find((line) => line.startsWith(`| ${name} |`));
      expect(row, name).toBeDefined();
      expect(row, name).toContain(`about ${playingMinutes(CHAPTER_LENGTHS[chapter])} min`);
    }
  });
});

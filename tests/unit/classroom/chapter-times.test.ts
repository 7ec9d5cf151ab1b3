import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESULT_CHAPTERS, RESULT_ROLES } from '../../../src/core/classroom/class-result.ts';
import {
  CHAPTER_LENGTHS,
  CLASSROOM_PACE,
  HOME_PACE,
  exactMinutes,
  playingMinutes,
  roundedWords,
} from '../../../src/core/classroom/chapter-times.ts';
import { measureOpening, medianChapterLength } from '../../../src/core/classroom/measure-chapter.ts';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../../src/core/classroom/reading-time.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { es } from '../../../src/ui/strings/es.ts';
import { compileInkFile } from '../../../tools/ink/compile-ink.mjs';

const compiled = compileInkFile('story/en/main.ink').json;
if (compiled === null) throw new Error('story/en/main.ink does not compile');
const json: string = compiled;
const engine = StoryEngine.fromJson(json, { lineBudgetMs: 60_000 }); // a loaded CI machine must not cut a reader short
const RUNS = 7;
const TELLINGS = ['full', 'cut'] as const;

describe('chapter lengths for lesson planning', () => {
  it('count words and minutes the way the guide says, at 150 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(150);
    expect(countWords('  The Old Man  reads.\nSeva  ')).toBe(5);
    expect(countWords('')).toBe(0);
    expect(readingMinutes(1500)).toBe(10);
    expect(readingMinutes(30)).toBe(1);
    expect(playingMinutes({ words: 1500, choices: 10 })).toBe(12);
    expect(roundedWords(2224)).toBe(2200);
    expect(roundedWords(2226)).toBe(2250);
  });

  it(
    'stay within a fifth of what the story measures now, in the full telling and the classroom cut',
    { timeout: 240_000 },
    () => {
      for (const telling of TELLINGS) {
        for (const chapter of RESULT_CHAPTERS) {
          const { words, choices } = medianChapterLength(engine, chapter, RESULT_ROLES, RUNS, telling);
          const stated = CHAPTER_LENGTHS[telling][chapter];
          const where = `${telling} ${chapter}: measured ${words} words, ${choices} choices (re-run chapter-minutes --json)`;
          expect(Math.abs(words - stated.words) / stated.words, where).toBeLessThanOrEqual(0.2);
          expect(Math.abs(choices - stated.choices), where).toBeLessThanOrEqual(Math.max(3, stated.choices * 0.3));
        }
      }
    },
  );

  it('never make the cut longer than the full chapter', () => {
    for (const chapter of RESULT_CHAPTERS)
      expect(CHAPTER_LENGTHS.cut[chapter].words, chapter).toBeLessThanOrEqual(CHAPTER_LENGTHS.full[chapter].words);
  });

  it(
    "make every full chapter fit the 90-minute plan's play slot (15 to 22 minutes for every role at the classroom " +
      'pace), and the whole story at most 90 at the home pace',
    { timeout: 120_000 },
    () => {
      const outside: string[] = [];
      for (const chapter of RESULT_CHAPTERS) {
        for (const role of RESULT_ROLES) {
          const minutes = exactMinutes(medianChapterLength(engine, chapter, [role], RUNS), CLASSROOM_PACE);
          if (minutes < 15 || minutes > 22) outside.push(`${chapter}/${role}: ${minutes.toFixed(1)} min`);
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

  it("give the words and playing times of both tellings that the teacher's guides print", () => {
    for (const [file, strings] of [
      ['docs/teacher-guide.md', en],
      ['docs/es/teacher-guide.md', es],
    ] as const) {
      const guide = readFileSync(file, 'utf8');
      for (const chapter of RESULT_CHAPTERS) {
        const name = strings.chapterNames[chapter] ?? chapter;
        const row = guide.split('\n').find((line) => line.startsWith(`| ${name} |`));
        expect(row, `${file}: ${name}`).toBeDefined();
        const cells = (row ?? '').split('|').map((c) => c.trim());
        const { full, cut } = { full: CHAPTER_LENGTHS.full[chapter], cut: CHAPTER_LENGTHS.cut[chapter] };
        const words = (n: number) => roundedWords(n).toLocaleString('en-US');
        expect(cells.slice(2, 6), `${file}: ${name}`).toEqual([
          expect.stringContaining(words(full.words)),
          expect.stringContaining(`${playingMinutes(full)} min`),
          expect.stringContaining(words(cut.words)),
          expect.stringContaining(`${playingMinutes(cut)} min`),
        ]);
      }
    }
  });
});

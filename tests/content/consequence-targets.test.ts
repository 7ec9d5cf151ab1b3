import { describe, expect, it } from 'vitest';
import { registryLanguages } from '../../tools/i18n/registry.mjs';
import { compileInkFile } from '../../tools/ink/compile-ink.mjs';
import { analyseConsequences, COUNTED_KINDS } from '../../tools/story/consequences/analyse-consequences.ts';
import { CHAPTER_FIRST_BEAT } from '../../tools/verify/real-story-starts.ts';

// Issue 17's targets for the real story, every language (docs/consequences.md): at least 60 % of choices have a
// visible consequence later than the next few lines, at least 25 % one in a later chapter, and every chapter reads
// at least three kinds of state (trust, knowledge, measures, letters, earlier visits).
const TARGET_LATER = 0.6;
const TARGET_LATER_CHAPTER = 0.25;
const TARGET_KINDS = 3;

describe.each(registryLanguages())('the consequences of choices in the %s story', (lang) => {
  const compiled = compileInkFile(`story/${lang}/main.ink`);
  if (!compiled.story || compiled.errors.length > 0) throw new Error(`story/${lang}/main.ink does not compile`);
  const report = analyseConsequences({
    story: compiled.story,
    chapters: CHAPTER_FIRST_BEAT.map(([chapter]) => chapter),
    opening: 'start',
    kiosk: 'kiosk',
  });

  it('gives most choices a consequence the player sees later', () => {
    expect(report.total.choices).toBeGreaterThan(500);
    expect(report.total.later / report.total.choices).toBeGreaterThanOrEqual(TARGET_LATER);
  });

  it('gives at least a quarter of the choices a consequence in a later chapter', () => {
    expect(report.total.laterChapter / report.total.choices).toBeGreaterThanOrEqual(TARGET_LATER_CHAPTER);
  });

  it('reads at least three kinds of state in every chapter', () => {
    const chapters = report.segments.filter((s) => s.segment !== 'start');
    expect(chapters.map((s) => s.segment)).toEqual(CHAPTER_FIRST_BEAT.map(([chapter]) => chapter));
    for (const chapter of chapters) {
      const counted = chapter.kindsRead.filter((k) => COUNTED_KINDS.includes(k));
      expect(counted.length, chapter.segment).toBeGreaterThanOrEqual(TARGET_KINDS);
    }
  });
});

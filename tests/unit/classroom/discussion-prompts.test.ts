import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sources from '../../../story/record/sources.json';
import { RESULT_CHAPTERS } from '../../../src/core/classroom/class-result.ts';
import { DISCUSSION_PROMPTS } from '../../../src/core/classroom/discussion-prompts.ts';
import { DISCUSSION_PROMPTS_ES } from '../../../src/core/classroom/discussion-prompts-es.ts';

const guide = readFileSync('docs/teacher-guide.md', 'utf8').replace(/\s+/g, ' ');
const esGuide = readFileSync('docs/es/teacher-guide.md', 'utf8').replace(/\s+/g, ' ');
const words = (p: (typeof DISCUSSION_PROMPTS)[number]) => [p.covers, p.pause, p.compare, ...p.questions];

describe('the discussion prompts', () => {
  it('cover every chapter, once, in story order', () => {
    expect(DISCUSSION_PROMPTS.map((p) => p.chapter)).toEqual([...RESULT_CHAPTERS]);
  });

  it('match a pause point in every chapter of the ink, in both languages', () => {
    for (const lang of ['en', 'es']) {
      for (const chapter of RESULT_CHAPTERS) {
        const ink = readFileSync(`story/${lang}/${chapter}.ink`, 'utf8');
        expect(ink, `${lang}/${chapter}`).toMatch(/#\s*pause\b/);
      }
    }
  });

  it('each have a question for the screen, at least three more, a role comparison, and known sources', () => {
    const known = new Set(sources.map((s) => s.id));
    for (const p of DISCUSSION_PROMPTS) {
      expect(p.pause.endsWith('?'), p.chapter).toBe(true);
      expect(p.questions.length, p.chapter).toBeGreaterThanOrEqual(3);
      for (const q of p.questions) expect(q.endsWith('?'), q).toBe(true);
      expect(p.compare.length).toBeGreaterThan(20);
      for (const id of p.sources) expect(known.has(id), `${p.chapter} cites ${id}`).toBe(true);
    }
  });

  it("appear word for word in the teacher's guide", () => {
    for (const p of DISCUSSION_PROMPTS) {
      for (const text of [p.covers, p.pause, p.compare, ...p.questions]) expect(guide, text).toContain(text);
    }
  });

  it('in Spanish cover the same chapters with the same sources and as many questions, every question a question', () => {
    expect(DISCUSSION_PROMPTS_ES.map((p) => p.chapter)).toEqual(DISCUSSION_PROMPTS.map((p) => p.chapter));
    DISCUSSION_PROMPTS_ES.forEach((p, i) => {
      const english = DISCUSSION_PROMPTS[i]!;
      expect(p.sources, p.chapter).toEqual(english.sources);
      expect(p.questions.length, p.chapter).toBe(english.questions.length);
      for (const q of [p.pause, ...p.questions]) expect(q.trimEnd().endsWith('?'), q).toBe(true);
      expect(p.compare.includes('?'), p.chapter).toBe(true);
    });
  });

  it('in Spanish are translated, not left in English', () => {
    DISCUSSION_PROMPTS_ES.forEach((p, i) => {
      const english = new Set(words(DISCUSSION_PROMPTS[i]!));
      for (const text of words(p)) expect(english.has(text), text).toBe(false);
    });
  });

  it("appear word for word in the Spanish teacher's guide", () => {
    for (const p of DISCUSSION_PROMPTS_ES) {
      for (const text of words(p)) expect(esGuide, text).toContain(text);
    }
  });
});

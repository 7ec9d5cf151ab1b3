import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sources from '../../../story/record/sources.json';
import { RESULT_CHAPTERS } from '../../../src/core/classroom/class-result.ts';
import { DISCUSSION_PROMPTS } from '../../../src/core/classroom/discussion-prompts.ts';

const guide = readFileSync('docs/teacher-guide.md', 'utf8').replace(/\s+/g, ' ');

describe('the discussion prompts', () => {
  it('cover every chapter, once, in story order', () => {
    expect(DISCUSSION_PROMPTS.map((p) => p.chapter)).toEqual([...RESULT_CHAPTERS]);
  });

  it('match a pause point in every chapter of the ink', () => {
    for (const chapter of RESULT_CHAPTERS) {
      const ink = readFileSync(`story/en/${chapter}.ink`, 'utf8');
      expect(ink, chapter).toMatch(/#\s*pause\b/);
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

  it('appear word for word in the teacher\'s guide', () => {
    for (const p of DISCUSSION_PROMPTS) {
      for (const text of [p.covers, p.pause, p.compare, ...p.questions]) expect(guide, text).toContain(text);
    }
  });
});

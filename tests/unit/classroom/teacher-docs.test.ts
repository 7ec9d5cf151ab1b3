import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import roles from '../../../story/record/roles.json';
import { parseMarkdown } from '../../../src/core/classroom/markdown-blocks.ts';

const guide = readFileSync('docs/teacher-guide.md', 'utf8');
const cards = readFileSync('docs/role-cards.md', 'utf8');
const headings = (md: string) => parseMarkdown(md).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

describe("the teacher's documents", () => {
  it('give the guide every part a teacher needs', () => {
    const h = headings(guide);
    for (const part of [
      'Learning objectives',
      'Where it fits in the curriculum',
      'Chapters and timing',
      'Lesson plan: 45 minutes',
      'Lesson plan: 90 minutes (or two 45-minute lessons)',
      'Discussion questions by chapter',
      'Source-analysis activity: two disputed points',
      'Background reading',
      'Content notes',
      'What we invented and simplified',
      'Privacy statement (for school vetting)',
    ]) {
      expect(h, part).toContain(part);
    }
    expect(guide).toContain('(invented.md)');
  });

  it('give one role card per role, each with who, belief, what you notice and the record basis', () => {
    const h = headings(cards);
    const body = cards.replace(/\s+/g, ' ');
    for (const role of roles) {
      const title = role.id === 'mexican' ? 'The Mexican comrade' : role.id === 'student' ? 'The Student' : 'The Teamster';
      expect(h, role.id).toContain(title);
      expect(body, role.id).toContain(role.basis.split(',')[0] ?? role.basis);
    }
    for (const part of ['**Who you are.**', '**What you believe.**', '**What you will notice.**', '**Who this role is built from.**']) {
      expect(cards.split(part).length - 1, part).toBe(roles.length);
    }
  });
});

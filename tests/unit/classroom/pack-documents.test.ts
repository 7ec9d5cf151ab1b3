import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, type Block } from '../../../src/core/classroom/markdown-blocks.ts';

/**
 * The classroom pack (docs/pack/*.md) says the same in both languages: each Spanish document has the English one's
 * shape (its headings, tables with their rows and columns, and lists with their items), so nothing is left out of
 * one translation.
 */
const DOCUMENTS = ['lesson-plan', 'worksheet', 'rubric', 'answer-keys', 'standards'] as const;

function shape(blocks: readonly Block[]): string[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return `h${b.level}`;
      case 'table':
        return `table ${b.rows.length}x${b.head.length}`;
      case 'list':
        return `${b.ordered ? 'ol' : 'ul'} ${b.items.length}`;
      case 'paragraph':
        return 'p';
    }
  });
}

describe('the classroom pack', () => {
  for (const name of DOCUMENTS) {
    it(`has the same shape in Spanish as in English: ${name}`, () => {
      const en = parseMarkdown(readFileSync(`docs/pack/${name}.md`, 'utf8'));
      const es = parseMarkdown(readFileSync(`docs/es/pack/${name}.md`, 'utf8'));
      expect(en[0]?.kind).toBe('heading');
      expect(shape(es)).toEqual(shape(en));
    });
  }

  it('keeps the lesson plan to 45 minutes in steps of the guide: the play step gives the 9-10 minute cut 12', () => {
    for (const path of ['docs/pack/lesson-plan.md', 'docs/es/pack/lesson-plan.md']) {
      const table = parseMarkdown(readFileSync(path, 'utf8')).find((b) => b.kind === 'table');
      if (table?.kind !== 'table') throw new Error(`${path} has no timing table`);
      const spans = table.rows.map((r) => {
        const text = r[0]?.map((i) => i.text).join('') ?? '';
        const [from = NaN, to = NaN] = text.split('–').map(Number);
        return [from, to] as const;
      });
      expect(spans[0]?.[0]).toBe(0);
      expect(spans.at(-1)?.[1]).toBe(45);
      for (let i = 1; i < spans.length; i++) expect(spans[i]?.[0]).toBe(spans[i - 1]?.[1]);
      expect(spans.map(([a, b]) => b - a)).toEqual([6, 12, 10, 12, 5]);
    }
  });
});

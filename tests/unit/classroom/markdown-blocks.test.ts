import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, slug } from '../../../src/core/classroom/markdown-blocks.ts';

describe('the classroom Markdown reader', () => {
  it('reads headings, paragraphs, bullet and numbered lists, and tables', () => {
    const blocks = parseMarkdown(
      '# Title\n\nA paragraph\nthat wraps.\n\n- one\n- two\n  continued\n\n1. first\n2. second\n\n| A | B |\n|---|---|\n| x | y |\n',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'table']);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Title', id: 'title' });
    expect(blocks[1]).toEqual({ kind: 'paragraph', inline: [{ kind: 'text', text: 'A paragraph that wraps.' }] });
    expect(blocks[2]).toMatchObject({ ordered: false, items: [[{ text: 'one' }], [{ text: 'two continued' }]] });
    expect(blocks[3]).toMatchObject({ ordered: true });
    expect(blocks[4]).toMatchObject({
      head: [[{ text: 'A' }], [{ text: 'B' }]],
      rows: [[[{ text: 'x' }], [{ text: 'y' }]]],
    });
  });

  it('reads strong, emphasis, code and links, and leaves markup as text', () => {
    expect(parseInline('**Bold** and *it* with `code` and [a link](invented.md) <b>x</b>')).toEqual([
      { kind: 'strong', text: 'Bold' },
      { kind: 'text', text: ' and ' },
      { kind: 'em', text: 'it' },
      { kind: 'text', text: ' with ' },
      { kind: 'code', text: 'code' },
      { kind: 'text', text: ' and ' },
      { kind: 'link', text: 'a link', href: 'invented.md' },
      { kind: 'text', text: ' <b>x</b>' },
    ]);
  });

  it('drops HTML comments and makes plain anchors from headings', () => {
    expect(parseMarkdown('<!-- hidden -->\nShown')).toEqual([
      { kind: 'paragraph', inline: [{ kind: 'text', text: 'Shown' }] },
    ]);
    expect(slug('Lesson plan: 90 minutes (or two 45-minute lessons)')).toBe(
      'lesson-plan-90-minutes-or-two-45-minute-lessons',
    );
    expect(slug('Cárdenas')).toBe('cardenas');
  });
});

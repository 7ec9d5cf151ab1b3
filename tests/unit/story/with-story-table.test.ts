import { describe, expect, it } from 'vitest';
import { parseStoryTable } from '../../../src/app/story-table.ts';
import { storyFileName, withStoryTable } from '../../../tools/ink/vite-plugin-ink.ts';

const PAGE = `<head>
    <title>t</title>
    <script vite-ignore src="./src/boot/early-mode.js"></script>
  </head>`;
const TABLE = { languages: ['en'], stories: { en: { url: './assets/story-en-0123abcd.json', hash: '0123abcd4567ef89' } } };

/** The JSON text of the table element in `html`, as the browser's textContent gives it. */
const tableText = (html: string): string | undefined =>
  /<script type="application\/json" id="stories">([^<]*)<\/script>/.exec(html)?.[1];

describe('withStoryTable', () => {
  it('puts the story table into the page just before the early script that reads it', () => {
    const html = withStoryTable(PAGE, TABLE);
    expect(parseStoryTable(tableText(html))).toEqual(TABLE);
    expect(html.indexOf('id="stories"')).toBeLessThan(html.indexOf('early-mode.js'));
    expect(html.indexOf('<title>')).toBeLessThan(html.indexOf('id="stories"'));
  });

  it('escapes "<" so no value can close the element early', () => {
    const hostile = { languages: ['en'], stories: { en: { url: './a</script><script>x()</script>', hash: 'h' } } };
    const html = withStoryTable(PAGE, hostile);
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the table's own and the early script's
    expect(parseStoryTable(tableText(html))).toEqual(hostile);
  });

  it('refuses a page without the early script, which would leave the story download to the modules', () => {
    expect(() => withStoryTable('<head></head>', TABLE)).toThrow(/early-mode\.js/);
  });
});

describe('storyFileName', () => {
  it('names the file by language and eight hex digits of its hash, the form the offline copy treats as content-named', () => {
    expect(storyFileName('es', '55899969c58fd3af')).toBe('assets/story-es-55899969.json');
    expect(storyFileName('es', '55899969c58fd3af')).toMatch(/-[A-Za-z0-9_-]{8}\.json$/);
  });
});

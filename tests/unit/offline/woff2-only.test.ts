import { describe, expect, it } from 'vitest';
import { keepWoff2, woff2Only } from '../../../tools/fonts/vite-plugin-woff2-only.ts';
import { gameFontStylesheets } from './game-font-stylesheets.ts';

const FACE = `@font-face {
  font-family: 'Book';
  src: url(./files/book-latin-400-normal.woff2) format('woff2'), url(./files/book-latin-400-normal.woff) format('woff');
  unicode-range: U+0000-00FF;
}`;

const faces = (css: string) => css.match(/@font-face/g)?.length ?? 0;

describe('the woff2-only font stylesheets', () => {
  it('keeps the woff2 source of a face and drops its woff fallback', () => {
    expect(keepWoff2(FACE)).toContain("src: url(./files/book-latin-400-normal.woff2) format('woff2');");
    expect(keepWoff2(FACE)).not.toContain('.woff)');
    expect(keepWoff2(FACE)).toContain('unicode-range: U+0000-00FF;');
  });

  it('leaves alone a face that has no woff2 source, and commas inside a quoted address', () => {
    const woffOnly = "@font-face { src: url(a.woff) format('woff'), url(a.ttf) format('truetype'); }";
    expect(keepWoff2(woffOnly)).toBe(woffOnly);
    const quoted = `@font-face { src: url("a,b.woff") format("woff"), url("a,b.woff2") format("woff2"); }`;
    expect(keepWoff2(quoted)).toBe(`@font-face { src: url("a,b.woff2") format("woff2"); }`);
  });

  it('leaves every stylesheet the game imports with one woff2 source per face and no woff', () => {
    const sheets = gameFontStylesheets();
    expect(sheets.map((s) => s.family)).toEqual(
      expect.arrayContaining(['atkinson-hyperlegible', 'courier-prime', 'libre-baskerville', 'opendyslexic']),
    );
    for (const { specifier, css } of sheets) {
      expect(css, specifier).toMatch(/\.woff\)/); // as published: woff2 and woff
      const kept = keepWoff2(css);
      expect(kept.match(/\.woff2\) format\('woff2'\)/g)?.length, specifier).toBe(faces(css));
      expect(kept, specifier).not.toMatch(/\.woff\)|format\('woff'\)/);
    }
  });

  it('changes only Fontsource stylesheets in the build', () => {
    const plugin = woff2Only();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform(FACE, '/repo/src/styles/base.css')).toBeNull();
    expect(transform(FACE, '/repo/node_modules/@fontsource/book/400.css')?.code).toBe(keepWoff2(FACE));
  });
});

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepWoff2 } from '../../../tools/fonts/vite-plugin-woff2-only.ts';
import { gameFontStylesheets } from './game-font-stylesheets.ts';
import { woff2Characters } from './woff2-characters.ts';

const STORY = new URL('../../../story/', import.meta.url).pathname;
const NODE_MODULES = new URL('../../../node_modules/', import.meta.url);

function* inkFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* inkFiles(full);
    else if (name.endsWith('.ink')) yield full;
  }
}

/** Every character the English and Spanish story sources (and the classroom and record texts) use. */
function storyCharacters(): string[] {
  const characters = new Set<string>();
  for (const file of inkFiles(STORY)) for (const ch of readFileSync(file, 'utf8')) characters.add(ch);
  return [...characters].filter((ch) => (ch.codePointAt(0) ?? 0) >= 0x20).sort();
}

/** `U+0000-00FF,U+0131,…` → [[0, 255], [305, 305], …]; no unicode-range means every character. */
function parseUnicodeRange(value: string | undefined): [number, number][] {
  if (value === undefined) return [[0, 0x10ffff]];
  return value.split(',').map((part) => {
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/**
 * The characters each face (family, weight, style) draws itself, as the build ships it (woff2 only): for each of its
 * @font-face rules, the characters its file has a glyph for, within its unicode-range (the browser asks that file
 * for nothing else).
 */
function facesOf(family: string, css: string): Map<string, Set<number>> {
  const faces = new Map<string, Set<number>>();
  for (const [rule = ''] of keepWoff2(css).matchAll(/@font-face\s*{[^}]*}/g)) {
    const weight = /font-weight:\s*([^;]+);/.exec(rule)?.[1] ?? '400';
    const style = /font-style:\s*([^;]+);/.exec(rule)?.[1] ?? 'normal';
    const url = /url\(([^)]+\.woff2)\)/.exec(rule)?.[1];
    if (url === undefined) throw new Error(`${family}: a face without a woff2 file`);
    const ranges = parseUnicodeRange(/unicode-range:\s*([^;}]+)/.exec(rule)?.[1]);
    const font = readFileSync(new URL(`@fontsource/${family}/${url.replace(/^\.\//, '')}`, NODE_MODULES));
    const drawn = faces.get(`${family} ${weight} ${style}`) ?? new Set<number>();
    for (const code of woff2Characters(font)) {
      if (ranges.some(([from, to]) => code >= from && code <= to)) drawn.add(code);
    }
    faces.set(`${family} ${weight} ${style}`, drawn);
  }
  return faces;
}

function allFaces(): Map<string, Set<number>> {
  const faces = new Map<string, Set<number>>();
  for (const sheet of gameFontStylesheets()) {
    for (const [name, drawn] of facesOf(sheet.family, sheet.css)) faces.set(name, drawn);
  }
  return faces;
}

const missing = (drawn: Set<number>, characters: readonly string[]) =>
  characters.filter((ch) => !drawn.has(ch.codePointAt(0) ?? 0));

describe('the typefaces draw the story themselves', () => {
  it('finds the Spanish accents in the story and knows a face that lacks a character', () => {
    const characters = storyCharacters();
    expect(characters).toEqual(expect.arrayContaining(['á', 'é', 'í', 'ñ', 'ó', 'ú', 'ü', '¿', '¡', '—', '«', '»']));
    const book = allFaces().get('libre-baskerville 400 normal');
    expect(book).toBeDefined();
    expect(missing(book ?? new Set(), ['Ж', 'á'])).toEqual(['Ж']); // Cyrillic: not in the subsets the game ships
  });

  it('has every character of the English and Spanish story in every face of every typeface a reader can choose', () => {
    const characters = storyCharacters();
    const faces = allFaces();
    expect([...new Set([...faces.keys()].map((name) => name.split(' ')[0]))]).toEqual(
      expect.arrayContaining(['atkinson-hyperlegible', 'courier-prime', 'libre-baskerville', 'opendyslexic']),
    );
    for (const [name, drawn] of faces) expect(missing(drawn, characters), name).toEqual([]);
  });
});

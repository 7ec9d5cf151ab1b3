import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One Fontsource stylesheet the game imports, and its text as published. */
export interface GameFontStylesheet {
  /** The import specifier as the source writes it: "@fontsource/opendyslexic/400.css". */
  specifier: string;
  /** The Fontsource package: "opendyslexic". */
  family: string;
  css: string;
}

const SRC = new URL('../../../src/', import.meta.url);
const NODE_MODULES = new URL('../../../node_modules/', import.meta.url);
const SPECIFIER = /['"](@fontsource\/([a-z0-9-]+)\/[a-z0-9-]+\.css)['"]/g;

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|css)$/.test(name)) yield full;
  }
}

/**
 * Every Fontsource stylesheet src/ imports (the book faces in main.ts, the chosen typefaces in apply-settings.ts),
 * read from the source itself, so a new import is checked without editing the tests.
 */
export function gameFontStylesheets(): GameFontStylesheet[] {
  const found = new Map<string, GameFontStylesheet>();
  for (const file of sourceFiles(SRC.pathname)) {
    for (const [, specifier = '', family = ''] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const css = readFileSync(new URL(specifier, NODE_MODULES), 'utf8');
      found.set(specifier, { specifier, family, css });
    }
  }
  return [...found.values()].sort((a, b) => (a.specifier < b.specifier ? -1 : 1));
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');

/** The distinct values of one tag (`cite`, `record`, ...) on the real lines of the English story, comments left out. */
export function storyTagValues(key: string): string[] {
  const folder = join(ROOT, 'story/en');
  const values = new Set<string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ink'))) {
    // Comments may mention tags in passing (`# view: entry_...`); only real lines count.
    const text = readFileSync(join(folder, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(new RegExp(`#\\s*${key}\\s*:\\s*([a-z][a-z0-9_]*)`, 'gi'))) values.add(m[1]!);
  }
  return [...values];
}

// Reads the sound id lists from src/core/stage/ids.ts (the single source of truth) for the Node-only audio tools,
// which run without a TypeScript loader. Throws if a list cannot be found, so a renamed constant fails loudly.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const AUDIO_DIR = join(ROOT, 'assets', 'audio');
const IDS_FILE = join(ROOT, 'src', 'core', 'stage', 'ids.ts');
const ONESHOTS_FILE = join(ROOT, 'src', 'core', 'audio', 'ambient-events.ts');

function readList(source, name) {
  const m = new RegExp(`export const ${name} = \\[([\\s\\S]*?)\\] as const`).exec(source);
  if (!m) throw new Error(`${name} not found`);
  return [...m[1].matchAll(/'([a-z0-9_]+)'/g)].map((x) => x[1]);
}

/**
 * Every sound as { id, kind, index }: music, ambience, effects, then the ambient one-shots (index seeds its
 * randomness, so new kinds go at the end and the older sounds keep their seeds).
 */
export function readSoundIds() {
  const source = readFileSync(IDS_FILE, 'utf8');
  const lists = [
    ['music', readList(source, 'MUSIC_IDS')],
    ['ambience', readList(source, 'AMBIENCE_IDS')],
    ['sfx', readList(source, 'SFX_IDS')],
    ['oneshot', readList(readFileSync(ONESHOTS_FILE, 'utf8'), 'ONESHOT_IDS')],
  ];
  const out = [];
  for (const [kind, ids] of lists) for (const id of ids) out.push({ id, kind, index: out.length });
  return out;
}

// Builds a mutated copy of one language's story in a temporary folder (the real story files are never touched),
// compiles it with the real inkjs compiler and runs the convergence proof on it. File names in the proof's failures
// are relative to the copy's folder (e.g. `ch2_raid.ink`).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileForProof, proveRealStory } from '../../tools/verify/proof/run-proof.ts';
import type { ProofReport } from '../../tools/verify/proof/prove-story.ts';

export interface Edit {
  readonly file: string;
  /** Exact text to replace (must occur exactly once), and its replacement. */
  readonly find: string;
  readonly replace: string;
}

/** The 1-based line of `text` in a story file of the real tree (so tests name lines without hard-coding them). */
export function lineOf(lang: 'en' | 'es', file: string, text: string): number {
  const lines = readFileSync(resolve(__dirname, `../../story/${lang}/${file}`), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(text));
  if (at < 0) throw new Error(`${file} has no line with ${text}`);
  return at + 1;
}

export function proveMutated(lang: 'en' | 'es', edits: readonly Edit[]): ProofReport {
  const dir = mkdtempSync(join(tmpdir(), `proof-${lang}-`));
  try {
    cpSync(resolve(__dirname, `../../story/${lang}`), dir, { recursive: true });
    for (const edit of edits) {
      const path = join(dir, edit.file);
      const source = readFileSync(path, 'utf8');
      const count = source.split(edit.find).length - 1;
      if (count !== 1) throw new Error(`${edit.file}: ${JSON.stringify(edit.find)} occurs ${count} times, not once`);
      writeFileSync(path, source.replace(edit.find, edit.replace));
    }
    const compiled = compileForProof(join(dir, 'main.ink'));
    if (!compiled.story || compiled.errors.length + compiled.warnings.length > 0) {
      throw new Error(`the mutated story does not compile:\n${[...compiled.errors, ...compiled.warnings].join('\n')}`);
    }
    return proveRealStory(compiled, dir, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

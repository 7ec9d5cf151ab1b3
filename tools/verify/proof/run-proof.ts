// Runs the proof on one story file with the real story's tables (shared by `npm run verify` and the content tests).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Container } from 'inkjs/engine/Container';
import { compileInkFile } from '../../ink/compile-ink.mjs';
import { CANONICAL_SEQUENCE } from '../../../src/core/record/canonical-sequence.ts';
import { CHAPTER_FIRST_BEAT, ROLE_LIST, ROLE_VARIABLE } from '../real-story-starts.ts';
import { proveStory, type ProofReport } from './prove-story.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface CompiledForProof {
  readonly json: string | null;
  readonly errors: string[];
  readonly warnings: string[];
  readonly story: { readonly mainContentContainer: Container; readonly listDefinitions?: unknown } | null;
}

export function compileForProof(file: string): CompiledForProof {
  return compileInkFile(file);
}

/** The roles of the story's role LIST, in declaration order (from the compiled JSON). */
export function rolesOf(json: string): string[] {
  const defs = (JSON.parse(json) as { listDefs?: Record<string, Record<string, number>> }).listDefs ?? {};
  return Object.entries(defs[ROLE_LIST] ?? {})
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name);
}

/** The proof of a compiled real-story tree; `displayRoot` is where failure file names are relative to. */
export function proveRealStory(compiled: CompiledForProof, storyDir: string, displayRoot = repoRoot): ProofReport {
  if (!compiled.story || !compiled.json) throw new Error('proof: the story did not compile');
  return proveStory({
    story: compiled.story,
    canonical: CANONICAL_SEQUENCE,
    chapters: CHAPTER_FIRST_BEAT,
    roles: rolesOf(compiled.json),
    roleVariable: ROLE_VARIABLE,
    roleList: ROLE_LIST,
    opening: 'start',
    kiosk: 'kiosk',
    storyDir,
    displayRoot,
  });
}

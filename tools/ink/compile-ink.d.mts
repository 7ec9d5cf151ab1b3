// Types for compile-ink.mjs (a plain ESM tool run by node directly; this file lets TypeScript callers import it).

/** The result of one compile: the story JSON (null when it did not compile), every message, every file read. */
export interface InkCompileResult {
  json: string | null;
  errors: string[];
  warnings: string[];
  included: string[];
  /** The compiler's runtime Story (the tree the JSON serialises, with debug metadata: file and line), or null. */
  story: {
    readonly mainContentContainer: import('inkjs/engine/Container').Container;
    readonly listDefinitions?: unknown;
  } | null;
}

/** Compiles an ink tree from its root file; never throws for content errors (they come back in `errors`). */
export function compileInkFile(rootFile: string): InkCompileResult;

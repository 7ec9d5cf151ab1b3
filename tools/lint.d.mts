// Types for lint.mjs (the project lint, run by node directly; the architecture test imports it).

/** One broken rule in one file. */
export interface LintViolation {
  rule: string;
  path: string;
  message: string;
}

export function specifiers(text: string): string[];
/** Lints one file's text as if it lived at `path` (relative, with forward slashes): text rules and layer bans. */
export function lintText(path: string, text: string): LintViolation[];
/** Lints src/ and tests/ under `root` with lintText. */
export function lintTree(root?: string): { files: number; violations: LintViolation[] };
/** ESLint over the tree with eslint.config.js; prints the report and returns the error count. */
export function runEslint(): Promise<number>;

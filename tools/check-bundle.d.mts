// Types for check-bundle.mjs (a plain ESM tool run by node directly).

/** One thing the bundle check refuses: where, which rule, and the text around it. */
export interface BundleProblem {
  file: string;
  line: number;
  rule: string;
  excerpt: string;
}

export const ALLOWED_CODE: readonly string[];
export const ALLOWED_URLS: ReadonlySet<string>;
export function checkScript(file: string, text: string): BundleProblem[];
export function isOwnReference(value: string): boolean;
export function checkHtml(file: string, text: string): BundleProblem[];
export function checkCss(file: string, text: string): BundleProblem[];
/** Checks every script, page and stylesheet under `dir`; throws when `dir` has no index.html. */
export function checkBundle(dir?: string): {
  counts: { js: number; html: number; css: number };
  problems: BundleProblem[];
};

// Types for check-budgets.mjs (the byte budgets `npm test` enforces; the tests call budgetProblems).
import type { Bytes } from './bytes.mjs';

export interface Budgets {
  criticalJsGzip: number;
  criticalScripts: number;
  allJsGzip: number;
  chunkRaw: number;
  offlineGzipWithoutSound: number;
}

export const BUDGETS: Readonly<Budgets>;

/** Problems with a measured build against the budgets: an empty list means within budget. */
export function budgetProblems(bytes: Bytes, budgets?: Budgets): string[];

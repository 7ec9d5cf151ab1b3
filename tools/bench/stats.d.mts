// Types for stats.mjs (the benchmark's small statistics; tests/unit/bench/stats.test.ts).
export function percentile(values: readonly number[], p: number): number | null;
export function median(values: readonly number[]): number | null;
export function round(value: number | null | undefined, digits?: number): number | null;
export function ratioInterval(
  game: readonly number[],
  reference: readonly number[],
  options?: { draws?: number; seed?: number },
): [number, number] | null;

import { DURATION_STEP_S } from './kiosk-counts.ts';

/**
 * The median visit length in seconds from a duration histogram (kiosk-counts.ts: key = 10-second step), taken
 * as the middle of the step where half the visits are reached; null when no visit was timed. With an even
 * number of visits the two middle steps are averaged.
 */
export function medianSeconds(durations: Readonly<Record<string, number>>): number | null {
  const steps = Object.entries(durations)
    .map(([step, n]) => [Number(step), n] as const)
    .filter(([step, n]) => Number.isFinite(step) && n > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = steps.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const at = (rank: number): number => {
    let seen = 0;
    for (const [step, n] of steps) {
      seen += n;
      if (seen > rank) return step * DURATION_STEP_S + DURATION_STEP_S / 2;
    }
    return (steps.at(-1)?.[0] ?? 0) * DURATION_STEP_S + DURATION_STEP_S / 2; // unreachable: rank < total
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** Histograms of several days added together (the staff panel's "all days" median). */
export function mergeDurations(tables: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const table of tables) for (const [step, n] of Object.entries(table)) out[step] = (out[step] ?? 0) + n;
  return out;
}

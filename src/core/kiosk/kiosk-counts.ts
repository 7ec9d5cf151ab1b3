/**
 * Anonymous counts kept only on the kiosk (staff store): no visitor data, just how many visits began, reached
 * the end, and how many errors the page saw. Hostile or damaged stored values start the counts again at zero.
 */
export interface KioskCounts {
  readonly started: number;
  readonly finished: number;
  readonly errors: number;
  /** Wall-clock ms of the first count, for "since". */
  readonly since: number;
}

export function emptyCounts(at: number): KioskCounts {
  return { started: 0, finished: 0, errors: 0, since: at };
}

export function parseCounts(raw: string | null, at: number): KioskCounts {
  if (raw === null || raw.length > 500) return emptyCounts(at);
  try {
    const data = JSON.parse(raw) as Record<string, unknown>;
    const n = (key: string): number | null => {
      const value = data?.[key];
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
    };
    const started = n('started');
    const finished = n('finished');
    const errors = n('errors');
    const since = n('since');
    if (started === null || finished === null || errors === null || since === null) return emptyCounts(at);
    return { started, finished, errors, since };
  } catch {
    return emptyCounts(at);
  }
}

export function bump(counts: KioskCounts, key: 'started' | 'finished' | 'errors'): KioskCounts {
  return { ...counts, [key]: counts[key] + 1 };
}

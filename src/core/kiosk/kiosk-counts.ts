import { isRecord } from '../is-record.ts';
/**
 * Anonymous counts kept only on the kiosk (staff store): no visitor data, just how many visits began, reached
 * the end, how long they lasted, which language each chose and where the unfinished ones stopped, per day, plus
 * the errors the page saw. Hostile or damaged stored values start the counts again at zero.
 */
export interface DayCounts {
  /** The museum's local date, YYYY-MM-DD. */
  readonly day: string;
  readonly started: number;
  readonly finished: number;
  readonly errors: number;
  /** Visits by the language the visitor chose. */
  readonly languages: Readonly<Record<string, number>>;
  /** Visit lengths as a histogram: key = whole 10-second steps (37 = 370–379 s), value = visits. */
  readonly durations: Readonly<Record<string, number>>;
  /** Where visits ended: the last record beat reached, FINISHED for the end, NO_BEAT before any beat. */
  readonly stops: Readonly<Record<string, number>>;
}

export interface KioskCounts {
  readonly started: number;
  readonly finished: number;
  readonly errors: number;
  /** Wall-clock ms of the first count, for "since". */
  readonly since: number;
  /** Oldest first; at most MAX_DAYS. */
  readonly days: readonly DayCounts[];
}

/** A visit that reached the end of the story. */
export const FINISHED = 'finished';
/** A visit that ended before its first record beat. */
export const NO_BEAT = 'none';
/** Days kept on the device (a year): older days drop off so the store stays small. */
export const MAX_DAYS = 366;
export const DURATION_STEP_S = 10;
/** The stored text is refused above this size (a year of busy days is well under it). */
const MAX_STORED = 400_000;

export function emptyCounts(at: number): KioskCounts {
  return { started: 0, finished: 0, errors: 0, since: at, days: [] };
}

function emptyDay(day: string): DayCounts {
  return { day, started: 0, finished: 0, errors: 0, languages: {}, durations: {}, stops: {} };
}

/** The local date of a wall-clock time, YYYY-MM-DD; `offsetMinutes` as Date#getTimezoneOffset gives it. */
export function dayOf(ms: number, offsetMinutes: number): string {
  return new Date(ms - offsetMinutes * 60_000).toISOString().slice(0, 10);
}

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;

function tally(value: unknown): Record<string, number> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(value as Record<string, unknown>)) {
    const c = count(n);
    if (c === null || !/^[a-z0-9_]{1,64}$/i.test(key)) return null;
    out[key] = c;
  }
  return out;
}

function parseDay(value: unknown): DayCounts | null {
  if (typeof value !== 'object' || value === null) return null;
  const d = value as Record<string, unknown>;
  const [started, finished, errors] = [count(d['started']), count(d['finished']), count(d['errors'])];
  const [languages, durations, stops] = [tally(d['languages']), tally(d['durations']), tally(d['stops'])];
  if (typeof d['day'] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d['day'])) return null;
  if (started === null || finished === null || errors === null || !languages || !durations || !stops) return null;
  return { day: d['day'], started, finished, errors, languages, durations, stops };
}

export function parseCounts(raw: string | null, at: number): KioskCounts {
  if (raw === null || raw.length > MAX_STORED) return emptyCounts(at);
  try {
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data)) return emptyCounts(at); // "null", a number, a list: not our counts
    const started = count(data['started']);
    const finished = count(data['finished']);
    const errors = count(data['errors']);
    const since = count(data['since']);
    if (started === null || finished === null || errors === null || since === null) return emptyCounts(at);
    const rawDays = data['days'] ?? []; // counts stored before days existed have none
    if (!Array.isArray(rawDays)) return emptyCounts(at);
    const days = rawDays.map(parseDay);
    if (days.some((d) => d === null)) return emptyCounts(at);
    return { started, finished, errors, since, days: (days as DayCounts[]).slice(-MAX_DAYS) };
  } catch {
    return emptyCounts(at);
  }
}

function onDay(counts: KioskCounts, day: string, change: (d: DayCounts) => DayCounts): readonly DayCounts[] {
  const last = counts.days.at(-1);
  if (last?.day === day) return [...counts.days.slice(0, -1), change(last)];
  return [...counts.days, change(emptyDay(day))].slice(-MAX_DAYS);
}

const plus = (table: Readonly<Record<string, number>>, key: string): Record<string, number> => ({
  ...table,
  [key]: (table[key] ?? 0) + 1,
});

/** A total without a day (kept for the page's own numbers). */
export function bump(counts: KioskCounts, key: 'started' | 'finished' | 'errors'): KioskCounts {
  return { ...counts, [key]: counts[key] + 1 };
}

/** A visit began on `day` in `language`. */
export function countStart(counts: KioskCounts, day: string, language: string): KioskCounts {
  const days = onDay(counts, day, (d) => ({ ...d, started: d.started + 1, languages: plus(d.languages, language) }));
  return { ...bump(counts, 'started'), days };
}

/** A visit reached the end of the story (counted once, when the ending shows). */
export function countFinish(counts: KioskCounts, day: string): KioskCounts {
  return { ...bump(counts, 'finished'), days: onDay(counts, day, (d) => ({ ...d, finished: d.finished + 1 })) };
}

/** A visit ended (idle reset or staff): its length and where it stopped (FINISHED, a record beat or NO_BEAT). */
export function countEnd(counts: KioskCounts, day: string, durationMs: number, stop: string): KioskCounts {
  const step = String(Math.max(0, Math.floor(durationMs / 1000 / DURATION_STEP_S)));
  const where = /^[a-z0-9_]{1,64}$/i.test(stop) ? stop : NO_BEAT;
  return {
    ...counts,
    days: onDay(counts, day, (d) => ({ ...d, durations: plus(d.durations, step), stops: plus(d.stops, where) })),
  };
}

/** An error the page saw. */
export function countError(counts: KioskCounts, day: string): KioskCounts {
  return { ...bump(counts, 'errors'), days: onDay(counts, day, (d) => ({ ...d, errors: d.errors + 1 })) };
}

import { FINISHED, NO_BEAT, type KioskCounts } from './kiosk-counts.ts';
import { medianSeconds } from './median-duration.ts';

/** The words of the CSV file, in the staff panel's language. */
export interface CsvLabels {
  readonly header: readonly [date: string, metric: string, detail: string, value: string];
  readonly started: string;
  readonly finished: string;
  readonly errors: string;
  readonly medianSeconds: string;
  readonly language: string;
  readonly stoppedAt: string;
  readonly stopFinished: string;
  readonly stopNoBeat: string;
  readonly languageName: (code: string) => string;
}

/**
 * One field of RFC 4180 CSV: quoted when it holds a comma, quote, CR or LF (quotes doubled). A text that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe first.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The kiosk's anonymous counts as a spreadsheet: a header row, then one row per day and metric (date, metric,
 * detail, value), oldest day first: visits begun, finished, errors, median length in seconds, visits per language,
 * and where visits stopped (the last record beat reached, or the end). Lines end in CRLF and the file starts with
 * a byte-order mark, so spreadsheet programs read the accents of Spanish labels right.
 */
export function countsToCsv(counts: KioskCounts, labels: CsvLabels): string {
  const rows: (readonly (string | number)[])[] = [labels.header];
  for (const day of counts.days) {
    rows.push(
      [day.day, labels.started, '', day.started],
      [day.day, labels.finished, '', day.finished],
      [day.day, labels.errors, '', day.errors],
    );
    const median = medianSeconds(day.durations);
    if (median !== null) rows.push([day.day, labels.medianSeconds, '', median]);
    for (const [code, n] of Object.entries(day.languages).sort())
      rows.push([day.day, labels.language, labels.languageName(code), n]);
    const stops = Object.entries(day.stops).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [stop, n] of stops) {
      const where = stop === FINISHED ? labels.stopFinished : stop === NO_BEAT ? labels.stopNoBeat : stop;
      rows.push([day.day, labels.stoppedAt, where, n]);
    }
  }
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

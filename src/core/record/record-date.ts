// Record dates are partial ISO dates: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A partial date stands for the whole
// month or year, so it is compared as a span: [earliest day, latest day].

export interface DateSpan {
  /** `YYYY-MM-DD` strings compare correctly as text. */
  readonly earliest: string;
  readonly latest: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC avoids time-zone drift).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The span a record date covers, or null if it is not a real date in one of the three forms. */
export function parseRecordDate(text: string): DateSpan | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1800 || year > 2100) return null;
  if (month === undefined) return { earliest: `${year}-01-01`, latest: `${year}-12-31` };
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (day === undefined) return { earliest: `${year}-${pad(month)}-01`, latest: `${year}-${pad(month)}-${pad(last)}` };
  if (day < 1 || day > last) return null;
  const exact = `${year}-${pad(month)}-${pad(day)}`;
  return { earliest: exact, latest: exact };
}

/**
 * True when `later` cannot have happened before `earlier`: it is out of order only if its span ends
 * before the earlier beat's span begins (so "1940-06" may follow "1940-06-25").
 */
export function canFollow(earlier: DateSpan, later: DateSpan): boolean {
  return later.latest >= earlier.earliest;
}

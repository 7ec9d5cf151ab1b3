import { DEFAULT_LANGUAGE, localeOf, type Language } from '../../../core/settings/language.ts';

/**
 * A record date in the reader's language through `Intl` and the registry's locale: "1940-05-24" → "24 May 1940"
 * (en-GB) or "24 de mayo de 1940" (es-MX); "1941" and "1940-10" stay as precise as the record is ("October 1940",
 * "octubre de 1940"). Dates are taken as calendar dates (UTC), so no time zone moves them a day.
 */
export function formatRecordDate(date: string, lang: Language = DEFAULT_LANGUAGE): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || !Number.isInteger(year) || (month !== undefined && !(month >= 1 && month <= 12)))
    return date;
  const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : month
      ? { month: 'long', year: 'numeric' }
      : { year: 'numeric' };
  return new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: 'UTC' }).format(when);
}

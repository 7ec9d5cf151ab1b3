import type { Language } from '../../../core/settings/language.ts';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/**
 * "1940-05-24" → "24 May 1940" (en) or "24 de mayo de 1940" (es); "1941" and "1940-10" stay as precise as the
 * record is ("October 1940", "octubre de 1940").
 */
export function formatRecordDate(date: string, lang: Language = 'en'): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[lang][Number(month) - 1] : undefined;
  const of = lang === 'es' ? ' de ' : ' ';
  if (day && monthName) return `${Number(day)}${of}${monthName}${of}${year}`;
  if (monthName) return `${monthName}${of}${year}`;
  return year ?? date;
}

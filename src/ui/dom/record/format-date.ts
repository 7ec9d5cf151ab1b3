const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1940-05-24" → "24 May 1940"; "1941" and "1940-10" stay as precise as the record is. */
export function formatRecordDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS_EN[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}

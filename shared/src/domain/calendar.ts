/**
 * The programme runs on Beijing time: "today" is the calendar date in Asia/Shanghai, whatever the
 * server's or browser's zone, so an as-of date never slips a day around midnight UTC.
 */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The last day of a month `YYYY-MM`. */
export function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/**
 * The date a monthly chart's point stands for: the month's last day, or the as-of date when that comes
 * first (the as-of month is drawn as it stands on the as-of date).
 */
export function monthPointDate(month: string, asOf: string): string {
  const end = monthEnd(month);
  return end < asOf ? end : asOf;
}

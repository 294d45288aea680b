/**
 * The default start of a report's "published since" list: three whole months back. At a month's end
 * that is the first day of the month two months earlier (2026-06-30 → 2026-04-01, a quarter); otherwise
 * the day after the same date three months earlier (2026-11-21 → 2026-08-22; a day that month lacks
 * becomes its last: 2026-05-30 → 2026-03-01). Dates are `YYYY-MM-DD` calendar dates.
 */
export function defaultReportSince(asOf: string): string {
  const [year, month, day] = asOf.split('-').map(Number) as [number, number, number];
  const lastDayOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === lastDayOfMonth) return new Date(Date.UTC(year, month - 3, 1)).toISOString().slice(0, 10);
  const lastDayThen = new Date(Date.UTC(year, month - 3, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 4, Math.min(day, lastDayThen) + 1)).toISOString().slice(0, 10);
}

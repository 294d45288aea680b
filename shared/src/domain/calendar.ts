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

/**
 * Progress toward a goal on a straight-line trajectory (after Open SDG's method; the baseline of new
 * standards is 0, where a growth-rate method breaks). Dates are `YYYY-MM-DD` calendar dates.
 */
export type ProgressStatus = 'achieved' | 'on_track' | 'behind' | 'at_risk';

export const progressThresholds = { onTrack: 0.95, behind: 0.6 } as const;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The window's length in days, counting both its first and last day. */
export function windowDays(start: string, end: string): number {
  return daysBetween(start, end) + 1;
}

/** Days of the window elapsed by the end of `asOf`, clamped to the window. */
export function elapsedDays(start: string, end: string, asOf: string): number {
  return Math.min(windowDays(start, end), Math.max(0, daysBetween(start, asOf) + 1));
}

/** What the straight line expects by `asOf`: goal × elapsed ÷ window length. */
export function expectedByDate(goal: number, start: string, end: string, asOf: string): number {
  return (goal * elapsedDays(start, end, asOf)) / windowDays(start, end);
}

/**
 * achieved when counted ≥ goal; otherwise by counted ÷ expected: on track ≥ 0.95, behind ≥ 0.6,
 * at risk below. Before the window opens nothing is expected yet, which is on track.
 */
export function progressStatus(
  counted: number,
  goal: number,
  start: string,
  end: string,
  asOf: string,
): ProgressStatus {
  if (counted >= goal) return 'achieved';
  const expected = expectedByDate(goal, start, end, asOf);
  if (expected === 0) return 'on_track';
  const ratio = counted / expected;
  if (ratio >= progressThresholds.onTrack) return 'on_track';
  if (ratio >= progressThresholds.behind) return 'behind';
  return 'at_risk';
}

/** Months (30.44 days each) from `asOf` to the window's end; 0 once it has closed. */
export function monthsLeft(end: string, asOf: string): number {
  return Math.max(0, (daysBetween(asOf, end) + 1) / 30.4375);
}

/** Standards per month still needed: (goal − counted) ÷ months left; null once the window has closed. */
export function requiredPace(counted: number, goal: number, end: string, asOf: string): number | null {
  const left = monthsLeft(end, asOf);
  if (left === 0) return null;
  return Math.max(0, goal - counted) / left;
}

/** `date` plus a (fractional) number of months, as a calendar date. */
export function addMonths(date: string, months: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + Math.round(months * 30.4375) * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

/** Months the forecast assumes from each pipeline stage to publication when the registry has too few examples. */
export const fallbackMonthsToPublication = { submitted: 6, draft: 12, approved: 24 } as const;
/** How many published standards with a stage date the registry needs before its own median is used. */
export const minimumForecastSamples = 5;

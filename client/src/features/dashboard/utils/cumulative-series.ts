import type { TimelineResponse } from '@cloudstd/shared/schemas/dashboard';

/** One month of the cumulative chart: what was counted, what the straight line expects, and the forecast. */
export interface CumulativePoint {
  month: string;
  counted: number | null;
  trajectory: number;
  /** Set on the last counted month and the window's last month only; the chart joins them with a dashed line. */
  forecast: number | null;
}

export interface CumulativeSeries {
  points: CumulativePoint[];
  goal: number;
  stretch: number | null;
  asOf: string;
  /** The as-of month when it falls inside the window, for the "today" marker. */
  asOfMonth: string | null;
  /** The latest month with a counted value (null before the window opens). */
  lastCountedMonth: string | null;
  yMax: number;
  ticks: string[];
}

/** The most points a series may draw; the API bins by month, so only a very long window would reach it. */
export const MAX_POINTS = 600;

/** A round upper bound a little above `value`: 10, 15, 20, 30, 40, 50, 60, 80, 100, 150… */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 10) return 10;
  const target = value * 1.08;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  for (const step of [1, 1.5, 2, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= target) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * Month ticks for the x axis: quarters for windows up to three years, half-years up to six, then years;
 * the first month is always shown.
 */
export function monthTicks(months: readonly string[]): string[] {
  const every = months.length <= 36 ? 3 : months.length <= 72 ? 6 : 12;
  const ticks = months.filter((month) => (Number(month.slice(5, 7)) - 1) % every === 0);
  const first = months[0];
  if (first === undefined) return [];
  const firstAligned = ticks[0];
  // Keep the window's first month unless an aligned tick sits right beside it.
  if (firstAligned !== first && (firstAligned === undefined || months.indexOf(firstAligned) >= 2)) {
    return [first, ...ticks];
  }
  return ticks;
}

/** Keeps at most `max` evenly spaced points, always the first and the last. */
export function thinPoints<T>(points: readonly T[], max: number = MAX_POINTS): T[] {
  if (points.length <= max) return [...points];
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, index) => points[Math.round(index * step)] as T);
}

/**
 * The cumulative chart's data: counted standards by month, the goal trajectory, and the forecast as a
 * segment from the last counted month to the projected value at the window's end.
 */
export function buildCumulativeSeries(timeline: TimelineResponse, projected: number | null): CumulativeSeries {
  const source = thinPoints(timeline.points);
  const points: CumulativePoint[] = source.map((point) => ({
    month: point.month,
    counted: point.standards,
    trajectory: point.trajectory,
    forecast: null,
  }));

  let lastCounted = -1;
  points.forEach((point, index) => {
    if (point.counted !== null) lastCounted = index;
  });
  const lastIndex = points.length - 1;
  const start = points[lastCounted] ?? points[0];
  const end = points[lastIndex];
  if (projected !== null && start && end && lastCounted < lastIndex) {
    start.forecast = start.counted ?? 0;
    end.forecast = projected;
  }

  const asOfMonth = timeline.asOf.slice(0, 7);
  const inWindow = points.some((point) => point.month === asOfMonth);
  const highest = Math.max(
    timeline.goal,
    timeline.stretch ?? 0,
    projected ?? 0,
    ...points.map((point) => Math.max(point.counted ?? 0, point.trajectory)),
  );

  return {
    points,
    goal: timeline.goal,
    stretch: timeline.stretch,
    asOf: timeline.asOf,
    asOfMonth: inWindow ? asOfMonth : null,
    lastCountedMonth: points[lastCounted]?.month ?? null,
    yMax: niceCeiling(highest),
    ticks: monthTicks(points.map((point) => point.month)),
  };
}

import type { TimelineResponse } from '@cloudstd/shared/schemas/dashboard';
import { describe, expect, it } from 'vitest';
import { buildCumulativeSeries, monthTicks, niceCeiling, thinPoints } from './cumulative-series.ts';

function months(from: string, count: number): string[] {
  const [year = 2025, month = 1] = from.split('-').map(Number);
  return Array.from({ length: count }, (_, index) => {
    const total = year * 12 + (month - 1) + index;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

function timeline(
  asOf: string,
  counted: (number | null)[],
  overrides: Partial<TimelineResponse> = {},
): TimelineResponse {
  const all = months('2025-10', counted.length);
  return {
    asOf,
    targetSet: 'goals-2027-2025-edition',
    goal: 30,
    stretch: 50,
    enterprisesGoal: 1000,
    points: all.map((month, index) => ({
      month,
      standards: counted[index] ?? null,
      enterprises: null,
      enterprisesSplit: null,
      trajectory: ((index + 1) * 30) / counted.length,
      enterprisesTrajectory: null,
    })),
    ...overrides,
  };
}

describe('buildCumulativeSeries', () => {
  it('draws the forecast from the last counted month to the projected value at the window’s end', () => {
    const series = buildCumulativeSeries(timeline('2026-01-15', [1, 2, 4, 5, null, null]), 12);
    expect(series.points.map((point) => point.forecast)).toEqual([null, null, null, 5, null, 12]);
    expect(series.lastCountedMonth).toBe('2026-01');
    expect(series.asOfMonth).toBe('2026-01');
    expect(series.asOf).toBe('2026-01-15');
  });

  it('keeps the counted series null after the as-of date (the line stops there)', () => {
    const series = buildCumulativeSeries(timeline('2026-01-15', [1, 2, 4, 5, null, null]), 12);
    expect(series.points.map((point) => point.counted)).toEqual([1, 2, 4, 5, null, null]);
  });

  it('has no forecast once the window is over, or without a projection', () => {
    const closed = buildCumulativeSeries(timeline('2028-03-01', [1, 2, 3]), 3);
    expect(closed.points.every((point) => point.forecast === null)).toBe(true);
    expect(closed.asOfMonth).toBeNull();
    const none = buildCumulativeSeries(timeline('2026-01-15', [1, 2, null]), null);
    expect(none.points.every((point) => point.forecast === null)).toBe(true);
  });

  it('starts the forecast from zero at the first month before the window opens', () => {
    const series = buildCumulativeSeries(timeline('2025-01-01', [null, null, null]), 4);
    expect(series.points.map((point) => point.forecast)).toEqual([0, null, 4]);
    expect(series.lastCountedMonth).toBeNull();
  });

  it('scales the y axis above the stretch goal, the projection and the data', () => {
    expect(buildCumulativeSeries(timeline('2026-01-15', [1, 2]), 3).yMax).toBe(60);
    expect(buildCumulativeSeries(timeline('2026-01-15', [1, 2], { stretch: null }), 3).yMax).toBe(40);
    expect(buildCumulativeSeries(timeline('2026-01-15', [1, 2]), 70).yMax).toBe(80);
  });
});

describe('niceCeiling', () => {
  it('rounds up to a readable bound with a little headroom', () => {
    expect(niceCeiling(0)).toBe(10);
    expect(niceCeiling(30)).toBe(40);
    expect(niceCeiling(50)).toBe(60);
    expect(niceCeiling(130)).toBe(150);
    expect(niceCeiling(1000)).toBe(1500);
  });
});

describe('monthTicks', () => {
  it('marks quarters in a short window, keeping the first month', () => {
    expect(monthTicks(months('2025-10', 27))).toEqual([
      '2025-10',
      '2026-01',
      '2026-04',
      '2026-07',
      '2026-10',
      '2027-01',
      '2027-04',
      '2027-07',
      '2027-10',
    ]);
  });

  it('marks half-years in a five-year window', () => {
    const ticks = monthTicks(months('2023-01', 60));
    expect(ticks).toHaveLength(10);
    expect(ticks[0]).toBe('2023-01');
    expect(ticks[1]).toBe('2023-07');
  });

  it('does not crowd the first month next to an aligned one', () => {
    expect(monthTicks(months('2025-12', 6))[0]).toBe('2026-01');
    expect(monthTicks([])).toEqual([]);
  });
});

describe('thinPoints', () => {
  it('keeps short series whole and thins long ones to the limit, first and last included', () => {
    expect(thinPoints([1, 2, 3], 10)).toEqual([1, 2, 3]);
    const long = Array.from({ length: 1000 }, (_, index) => index);
    const thinned = thinPoints(long, 600);
    expect(thinned).toHaveLength(600);
    expect(thinned[0]).toBe(0);
    expect(thinned[599]).toBe(999);
  });
});

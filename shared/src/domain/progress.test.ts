import { describe, expect, it } from 'vitest';
import { addMonths, elapsedDays, expectedByDate, progressStatus, requiredPace, windowDays } from './progress.ts';

const start = '2025-10-09';
const end = '2027-12-31';

describe('straight-line progress', () => {
  it('measures the window inclusively', () => {
    expect(windowDays(start, end)).toBe(814);
    expect(elapsedDays(start, end, '2025-10-08')).toBe(0);
    expect(elapsedDays(start, end, '2025-10-09')).toBe(1);
    expect(elapsedDays(start, end, '2027-12-31')).toBe(814);
    expect(elapsedDays(start, end, '2030-01-01')).toBe(814);
  });

  it('expects the goal in proportion to the time elapsed', () => {
    expect(expectedByDate(30, start, end, '2025-10-08')).toBe(0);
    expect(expectedByDate(30, start, end, end)).toBe(30);
    expect(expectedByDate(814, start, end, '2026-10-08')).toBe(365);
  });

  it('classifies at the 0.95 and 0.6 thresholds', () => {
    // 407 of 814 days elapsed by the end of 2026-11-19: 100 expected of a goal of 200.
    const asOf = '2026-11-19';
    expect(expectedByDate(200, start, end, asOf)).toBe(100);
    expect(progressStatus(95, 200, start, end, asOf)).toBe('on_track');
    expect(progressStatus(94, 200, start, end, asOf)).toBe('behind');
    expect(progressStatus(60, 200, start, end, asOf)).toBe('behind');
    expect(progressStatus(59, 200, start, end, asOf)).toBe('at_risk');
    expect(progressStatus(200, 200, start, end, asOf)).toBe('achieved');
    expect(progressStatus(0, 30, start, end, '2025-01-01')).toBe('on_track');
  });

  it('asks for the remaining standards over the remaining months', () => {
    expect(requiredPace(10, 30, end, '2027-12-31')).toBeCloseTo(20 / (1 / 30.4375));
    expect(requiredPace(10, 30, end, '2028-01-01')).toBeNull();
    expect(requiredPace(40, 30, end, '2026-01-01')).toBe(0);
  });

  it('adds months as calendar days', () => {
    expect(addMonths('2025-01-01', 6)).toBe('2025-07-03');
    expect(addMonths('2025-01-01', 0)).toBe('2025-01-01');
  });
});

import { describe, expect, it } from 'vitest';
import { monthEnd, monthPointDate } from './calendar.ts';

describe('monthEnd', () => {
  it('gives the last day, leap years included', () => {
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(monthEnd('2027-02')).toBe('2027-02-28');
    expect(monthEnd('2027-12')).toBe('2027-12-31');
    expect(monthEnd('2026-04')).toBe('2026-04-30');
  });
});

describe('monthPointDate', () => {
  it('is the month’s end before the as-of month, and the as-of date inside it', () => {
    expect(monthPointDate('2026-03', '2026-06-15')).toBe('2026-03-31');
    expect(monthPointDate('2026-06', '2026-06-15')).toBe('2026-06-15');
    expect(monthPointDate('2026-06', '2026-06-30')).toBe('2026-06-30');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, isPlanOverdue, monthsBetween, planDueOn, stageNormMonths } from './plan-schedule.ts';
import { parsePlanNumber } from './standard-number.ts';

describe('plan schedule', () => {
  it('is due the period after its issue date, or on its latest extension', () => {
    expect(planDueOn('2023-06-15', 24)).toBe('2025-06-15');
    expect(planDueOn('2023-08-31', 18)).toBe('2025-02-28');
    expect(planDueOn('2023-06-15', 24, [{ dueOn: '2026-06-15' }, { dueOn: '2025-12-31' }])).toBe('2026-06-15');
  });

  it('is overdue as of a date after the due date until it is published', () => {
    expect(isPlanOverdue('2025-06-15', null, '2025-06-15')).toBe(false);
    expect(isPlanOverdue('2025-06-15', null, '2025-06-16')).toBe(true);
    expect(isPlanOverdue('2025-06-15', '2025-09-01', '2025-08-01')).toBe(true);
    expect(isPlanOverdue('2025-06-15', '2025-09-01', '2025-09-01')).toBe(false);
  });

  it('states the GB/T 16733 stage norms', () => {
    expect(stageNormMonths).toEqual({ approved: 3, drafting: 10, draft: 2 });
    expect(monthsBetween('2024-01-31', '2024-04-30')).toBe(2);
    expect(monthsBetween('2024-01-31', '2024-05-01')).toBe(3);
  });

  it('reads the plan numbers of the issue', () => {
    expect(parsePlanNumber('20230390-T-339')).toMatchObject({
      ok: true,
      value: { canonical: '20230390-T-339', year: 2023, serial: '0390', natureLetter: 'T', committee: '339' },
    });
    expect(parsePlanNumber('2022-1442T-YD')).toMatchObject({
      ok: true,
      value: { canonical: '2022-1442T-YD', level: 'industry', year: 2022, sector: { code: 'YD' } },
    });
    expect(parsePlanNumber('20230390-X-339').ok).toBe(false);
    expect(parsePlanNumber('2022-1442T-ZZ').ok).toBe(false);
  });

  it('adding months never goes backwards and lands within the target month', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 120 }),
        (date, months) => {
          const from = date.toISOString().slice(0, 10);
          const due = addMonths(from, months);
          expect(due >= from).toBe(true);
          expect(monthsBetween(from, due)).toBeLessThanOrEqual(months);
          expect(monthsBetween(from, due)).toBeGreaterThanOrEqual(months - 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

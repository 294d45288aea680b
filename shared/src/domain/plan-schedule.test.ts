import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  isPlanOverdue,
  monthsBetween,
  planDueOn,
  planStageAsOf,
  stageNormMonths,
} from './plan-schedule.ts';
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

describe('plan stage (GB/T 16733 norms)', () => {
  const dates = { approvedOn: null, planIssuedOn: null, draftOn: null, submittedOn: null, publishedOn: null };

  it('is 立项 between approval and the plan’s issue, 起草 from the issue, 征求意见, then 报批 without a norm', () => {
    const project = { ...dates, approvedOn: '2024-01-10', planIssuedOn: '2024-05-01' };
    expect(planStageAsOf(project, '2024-01-09')).toBeNull();
    expect(planStageAsOf(project, '2024-04-30')).toEqual({
      stage: 'approved',
      since: '2024-01-10',
      monthsInStage: 3,
      normMonths: 3,
      monthsOverNorm: 0,
    });
    expect(planStageAsOf(project, '2025-05-01')).toMatchObject({
      stage: 'drafting',
      monthsInStage: 12,
      monthsOverNorm: 2,
    });
    expect(planStageAsOf({ ...project, draftOn: '2025-01-01' }, '2025-06-01')).toMatchObject({
      stage: 'draft',
      monthsInStage: 5,
      normMonths: 2,
      monthsOverNorm: 3,
    });
    expect(planStageAsOf({ ...project, draftOn: '2025-01-01', submittedOn: '2025-03-01' }, '2025-06-01')).toMatchObject(
      { stage: 'submitted', normMonths: null, monthsOverNorm: 0 },
    );
    expect(planStageAsOf({ ...project, publishedOn: '2025-06-01' }, '2025-06-01')).toBeNull();
  });

  it('counts drafting from the approval when no issue date is recorded', () => {
    expect(planStageAsOf({ ...dates, approvedOn: '2024-01-10' }, '2024-06-10')).toMatchObject({
      stage: 'drafting',
      since: '2024-01-10',
      monthsInStage: 5,
    });
  });

  it('counts days between calendar dates across leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2025-06-01')).toBe(457);
    expect(daysBetween('2025-06-01', '2025-05-31')).toBe(-1);
  });
});

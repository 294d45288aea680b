import { describe, expect, it } from 'vitest';
import { checkMilestoneOrder, statusAsOf, type MilestoneDates } from './standard-status.ts';

const none: MilestoneDates = {
  approvedOn: null,
  draftOn: null,
  submittedOn: null,
  publishedOn: null,
  inForceOn: null,
  withdrawnOn: null,
};

describe('statusAsOf', () => {
  const lifecycle: MilestoneDates = {
    approvedOn: '2021-03-01',
    draftOn: '2022-05-10',
    submittedOn: '2023-01-15',
    publishedOn: '2023-08-06',
    inForceOn: '2024-03-01',
    withdrawnOn: '2026-01-01',
  };

  it.each([
    ['2021-02-28', 'none'],
    ['2021-03-01', 'approved'],
    ['2022-05-09', 'approved'],
    ['2022-05-10', 'draft'],
    ['2023-01-15', 'submitted'],
    ['2023-08-05', 'submitted'],
    ['2023-08-06', 'published'],
    ['2024-03-01', 'in_force'],
    ['2025-12-31', 'in_force'],
    ['2026-01-01', 'withdrawn'],
  ] as const)('on %s is %s', (asOf, status) => {
    expect(statusAsOf(lifecycle, asOf)).toBe(status);
  });

  it('skips milestones that were never recorded', () => {
    expect(statusAsOf({ ...none, publishedOn: '2015-12-31' }, '2016-01-01')).toBe('published');
    expect(statusAsOf(none, '2030-01-01')).toBe('none');
  });

  it('calls a withdrawn standard replaced (被代替) once its successor is in force, withdrawn (废止) before or without one', () => {
    const replaced = { ...lifecycle, withdrawnOn: '2026-01-01', replacedOn: '2026-01-01' };
    expect(statusAsOf(replaced, '2025-12-31')).toBe('in_force');
    expect(statusAsOf(replaced, '2026-01-01')).toBe('replaced');
    const withdrawnFirst = { ...lifecycle, withdrawnOn: '2026-01-01', replacedOn: '2027-05-01' };
    expect(statusAsOf(withdrawnFirst, '2026-06-01')).toBe('withdrawn');
    expect(statusAsOf(withdrawnFirst, '2027-05-01')).toBe('replaced');
    expect(statusAsOf({ ...lifecycle, withdrawnOn: null, replacedOn: '2026-01-01' }, '2026-06-01')).toBe('in_force');
    expect(statusAsOf({ ...lifecycle, replacedOn: null }, '2026-06-01')).toBe('withdrawn');
  });

  it('lets the later stage win when two fall on one day', () => {
    expect(statusAsOf({ ...none, publishedOn: '2024-01-01', inForceOn: '2024-01-01' }, '2024-01-01')).toBe('in_force');
  });
});

describe('checkMilestoneOrder', () => {
  it('accepts an ordered lifecycle and gaps', () => {
    expect(checkMilestoneOrder({ ...none, approvedOn: '2020-01-01', publishedOn: '2021-01-01' }, true)).toEqual([]);
    expect(checkMilestoneOrder({ ...none, publishedOn: '2021-01-01', inForceOn: '2021-01-01' }, true)).toEqual([]);
  });

  it('names the later milestone when two are out of order, skipping missing ones', () => {
    const problems = checkMilestoneOrder({ ...none, approvedOn: '2022-01-01', submittedOn: '2021-01-01' }, true);
    expect(problems).toEqual([
      {
        field: 'submittedOn',
        messageZh: '报批日期不能早于立项日期（2022-01-01）',
        messageEn: 'Submitted date cannot be before the approved date (2022-01-01)',
      },
    ]);
  });

  it('wants in-force and withdrawal to follow a publication, strictly for withdrawal', () => {
    expect(checkMilestoneOrder({ ...none, inForceOn: '2021-01-01' }, true).map((p) => p.field)).toEqual(['inForceOn']);
    expect(checkMilestoneOrder({ ...none, withdrawnOn: '2021-01-01' }, true).map((p) => p.field)).toEqual([
      'withdrawnOn',
    ]);
    expect(
      checkMilestoneOrder({ ...none, publishedOn: '2021-01-01', withdrawnOn: '2021-01-01' }, true).map((p) => p.field),
    ).toEqual(['withdrawnOn']);
    expect(checkMilestoneOrder({ ...none, publishedOn: '2021-01-01', withdrawnOn: '2021-01-02' }, true)).toEqual([]);
  });

  it('wants a number once published', () => {
    expect(checkMilestoneOrder({ ...none, publishedOn: '2021-01-01' }, false).map((p) => p.field)).toEqual(['number']);
    expect(checkMilestoneOrder({ ...none, approvedOn: '2021-01-01' }, false)).toEqual([]);
  });
});

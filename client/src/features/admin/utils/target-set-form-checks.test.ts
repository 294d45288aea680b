import { updateTargetSetInputSchema } from '@cloudstd/shared/schemas/target-set';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import {
  nullableSchemaProblem,
  stretchProblem,
  targetSetFieldErrors,
  targetSetSaveNeedsAlert,
  windowEndProblem,
} from './target-set-form-checks.ts';

const validation = (errors: { field: string; messageZh: string; messageEn: string }[]) =>
  new ApiError(400, 'VALIDATION_FAILED', {
    type: 'about:blank',
    title: 'Invalid input',
    titleZh: '输入有误',
    status: 400,
    code: 'VALIDATION_FAILED',
    errors,
  });

describe('the target-set form’s checks', () => {
  it('refuse a window that ends before it starts, and accept an open or ordered one', () => {
    expect(windowEndProblem('2027-01-01', '2026-12-31', 'zh')).toBe('截止日期不能早于起始日期');
    expect(windowEndProblem('2027-01-01', '2027-01-01', 'zh')).toBeNull();
    expect(windowEndProblem(null, '2026-12-31', 'zh')).toBeNull();
  });

  it('refuse a stretch goal below the minimum', () => {
    expect(stretchProblem(50, 40, 'en')).toBe('The stretch goal cannot be below the minimum');
    expect(stretchProblem(50, 50, 'zh')).toBeNull();
    expect(stretchProblem(50, null, 'zh')).toBeNull();
  });

  it('let an optional number be empty, and check it with the shared schema otherwise', () => {
    const schema = updateTargetSetInputSchema.shape.enterprisesGoal.unwrap();
    expect(nullableSchemaProblem(schema, null, 'zh')).toBeNull();
    expect(nullableSchemaProblem(schema, 10, 'zh')).toBeNull();
    expect(nullableSchemaProblem(schema, 0, 'zh')).not.toBeNull();
  });
});

describe('a failed save of a target set', () => {
  it('puts field errors under their fields and needs no alert when all have one', () => {
    const error = validation([
      { field: 'standardsGoal', messageZh: '太大', messageEn: 'Too big' },
      { field: 'standardsGoal', messageZh: '须为整数', messageEn: 'Whole number' },
    ]);
    expect(targetSetFieldErrors(error, 'zh').fields).toEqual([{ name: 'standardsGoal', errors: ['太大', '须为整数'] }]);
    expect(targetSetSaveNeedsAlert(error, 'zh')).toBe(false);
  });

  it('needs the alert for a problem no field shows, or for any other failure', () => {
    expect(targetSetSaveNeedsAlert(validation([{ field: 'milestones', messageZh: 'x', messageEn: 'x' }]), 'zh')).toBe(
      true,
    );
    expect(targetSetSaveNeedsAlert(new ApiError(0, 'NETWORK_ERROR', null), 'zh')).toBe(true);
    expect(targetSetSaveNeedsAlert(null, 'zh')).toBe(false);
  });
});

import { targetSetSchema, updateTargetSetInputSchema, type TargetSet } from '@cloudstd/shared/schemas/target-set';
import { describe, expect, it } from 'vitest';
import {
  stretchIsBelowGoal,
  targetSetChanges,
  targetSetFormFieldOf,
  targetSetToFormValues,
  targetSetUpdateBody,
  windowIsBackwards,
  type TargetSetChanges,
} from './target-set-form-values.ts';
import { describeChanges } from './target-set-labels.ts';

const defaultSet: TargetSet = targetSetSchema.parse({
  key: 'goals-2027-2025-edition',
  nameZh: '2027 年目标（2025 年版指南）',
  nameEn: '2027 goals (2025 edition)',
  source: '《云计算综合标准化体系建设指南（2025版）》',
  isDefault: true,
  standardsGoal: 30,
  standardsStretch: 50,
  windowStart: '2025-10-09',
  windowEnd: '2027-12-31',
  countedLevels: ['industry', 'national'],
  countedKinds: ['new'],
  enterprisesGoal: 1000,
  enterprisesDue: '2027-12-31',
  enterpriseCounting: 'reached',
  partsGoal: null,
  framework: 'cloud-computing-2025',
  milestones: [],
  version: 3,
  updatedAt: '2026-01-05T08:00:00.000Z',
});
const draftSet: TargetSet = { ...defaultSet, key: 'goals-2027-draft-edition', isDefault: false, version: 1 };

describe('target set form values', () => {
  it('sends nothing but the version when the form is saved unchanged, even with levels stored in another order', () => {
    const values = targetSetToFormValues(defaultSet);
    expect(values.countedLevels).toEqual(['national', 'industry']);
    expect(targetSetChanges(defaultSet, values)).toEqual({});
    expect(targetSetUpdateBody(defaultSet, values)).toEqual({ version: 3 });
  });

  it('sends only the changed fields, trimmed and in a fixed order, with the version edited', () => {
    const body = targetSetUpdateBody(defaultSet, {
      ...targetSetToFormValues(defaultSet),
      nameEn: '  2027 goals  ',
      standardsGoal: 40,
      windowStart: '2025-01-01',
      countedLevels: ['group', 'national'],
      countedKinds: ['revision', 'new'],
    });
    expect(body).toEqual({
      nameEn: '2027 goals',
      standardsGoal: 40,
      windowStart: '2025-01-01',
      countedLevels: ['national', 'group'],
      countedKinds: ['new', 'revision'],
      version: 3,
    });
    expect(updateTargetSetInputSchema.safeParse(body).success).toBe(true);
  });

  it('clears the optional goals with null and never sends an emptied required one', () => {
    const changes = targetSetChanges(defaultSet, {
      ...targetSetToFormValues(defaultSet),
      standardsStretch: null,
      enterprisesGoal: null,
      enterprisesDue: null,
      standardsGoal: null,
      windowEnd: null,
    });
    expect(changes).toEqual({ standardsStretch: null, enterprisesGoal: null, enterprisesDue: null });
  });

  it('only ever switches the default on', () => {
    expect(targetSetChanges(draftSet, { ...targetSetToFormValues(draftSet), isDefault: true })).toEqual({
      isDefault: true,
    });
    expect(targetSetChanges(defaultSet, { ...targetSetToFormValues(defaultSet), isDefault: false })).toEqual({});
  });

  it('places the server’s field errors on the form’s fields', () => {
    expect(targetSetFormFieldOf('standardsStretch')).toBe('standardsStretch');
    expect(targetSetFormFieldOf('countedLevels.0')).toBe('countedLevels');
    expect(targetSetFormFieldOf('version')).toBeNull();
    expect(targetSetFormFieldOf('')).toBeNull();
  });

  it('mirrors the server’s cross-field rules', () => {
    expect(windowIsBackwards({ windowStart: '2025-10-09', windowEnd: '2025-10-08' })).toBe(true);
    expect(windowIsBackwards({ windowStart: '2025-10-09', windowEnd: '2025-10-09' })).toBe(false);
    expect(windowIsBackwards({ windowStart: null, windowEnd: '2020-01-01' })).toBe(false);
    expect(stretchIsBelowGoal({ standardsGoal: 30, standardsStretch: 29 })).toBe(true);
    expect(stretchIsBelowGoal({ standardsGoal: 30, standardsStretch: 30 })).toBe(false);
    expect(stretchIsBelowGoal({ standardsGoal: 30, standardsStretch: null })).toBe(false);
  });

  it('describes unsaved changes in the reader’s language', () => {
    const changes: TargetSetChanges = {
      countedLevels: ['national', 'group'],
      enterprisesGoal: null,
      standardsGoal: 1200,
    };
    expect(describeChanges(changes, 'zh')).toEqual([
      '标准数量最低目标：1,200',
      '贯标企业数量目标：未设',
      '计入的标准级别：国家标准、团体标准',
    ]);
    expect(describeChanges(changes, 'en')).toEqual([
      'Standards goal (minimum): 1,200',
      'Adopting enterprises goal: None',
      'Levels that count: National, Group',
    ]);
  });
});

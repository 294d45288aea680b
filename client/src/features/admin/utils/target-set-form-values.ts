import type { TargetSet, UpdateTargetSetInput } from '@cloudstd/shared/schemas/target-set';

export type CountedLevel = TargetSet['countedLevels'][number];
export type CountedKind = TargetSet['countedKinds'][number];

export const countableLevels: readonly CountedLevel[] = ['national', 'industry', 'group'];
export const countableKinds: readonly CountedKind[] = ['new', 'revision'];

/** What the edit form holds: dates as `YYYY-MM-DD`, an emptied number or date as null. */
export interface TargetSetFormValues {
  nameZh: string;
  nameEn: string;
  windowStart: string | null;
  windowEnd: string | null;
  standardsGoal: number | null;
  standardsStretch: number | null;
  enterprisesGoal: number | null;
  enterprisesDue: string | null;
  enterpriseCounting: TargetSet['enterpriseCounting'];
  countedLevels: CountedLevel[];
  countedKinds: CountedKind[];
  isDefault: boolean;
}

export type TargetSetFormField = keyof TargetSetFormValues;

/** The form's fields in the order the dialog shows them. */
export const targetSetFormFields = [
  'nameZh',
  'nameEn',
  'windowStart',
  'windowEnd',
  'standardsGoal',
  'standardsStretch',
  'enterprisesGoal',
  'enterprisesDue',
  'enterpriseCounting',
  'countedLevels',
  'countedKinds',
  'isDefault',
] as const satisfies readonly TargetSetFormField[];

export function targetSetToFormValues(set: TargetSet): TargetSetFormValues {
  return {
    nameZh: set.nameZh,
    nameEn: set.nameEn,
    windowStart: set.windowStart,
    windowEnd: set.windowEnd,
    standardsGoal: set.standardsGoal,
    standardsStretch: set.standardsStretch,
    enterprisesGoal: set.enterprisesGoal,
    enterprisesDue: set.enterprisesDue,
    enterpriseCounting: set.enterpriseCounting,
    countedLevels: inOrder(countableLevels, set.countedLevels),
    countedKinds: inOrder(countableKinds, set.countedKinds),
    isDefault: set.isDefault,
  };
}

/** The chosen values once each, in the order the form lists them (the order clicked does not matter). */
function inOrder<T extends string>(all: readonly T[], chosen: readonly T[]): T[] {
  return all.filter((value) => chosen.includes(value));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

export type TargetSetChanges = Omit<UpdateTargetSetInput, 'version'>;

/**
 * The fields the form changes on `set`, as the PATCH carries them: only what differs (so the audit log
 * and a concurrent edit see just those), names trimmed, levels and kinds in a fixed order. A required
 * value left empty is not sent; the form's own rules refuse it before this runs. `isDefault` can only
 * be switched on: a set stops being the default when another one becomes it.
 */
export function targetSetChanges(set: TargetSet, values: TargetSetFormValues): TargetSetChanges {
  const changes: TargetSetChanges = {};
  const nameZh = values.nameZh.trim();
  const nameEn = values.nameEn.trim();
  if (nameZh !== set.nameZh) changes.nameZh = nameZh;
  if (nameEn !== set.nameEn) changes.nameEn = nameEn;
  if (values.windowStart !== null && values.windowStart !== set.windowStart) changes.windowStart = values.windowStart;
  if (values.windowEnd !== null && values.windowEnd !== set.windowEnd) changes.windowEnd = values.windowEnd;
  if (values.standardsGoal !== null && values.standardsGoal !== set.standardsGoal) {
    changes.standardsGoal = values.standardsGoal;
  }
  if (values.standardsStretch !== set.standardsStretch) changes.standardsStretch = values.standardsStretch;
  if (values.enterprisesGoal !== set.enterprisesGoal) changes.enterprisesGoal = values.enterprisesGoal;
  if (values.enterprisesDue !== set.enterprisesDue) changes.enterprisesDue = values.enterprisesDue;
  if (values.enterpriseCounting !== set.enterpriseCounting) changes.enterpriseCounting = values.enterpriseCounting;
  const levels = inOrder(countableLevels, values.countedLevels);
  if (!sameList(levels, inOrder(countableLevels, set.countedLevels))) changes.countedLevels = levels;
  const kinds = inOrder(countableKinds, values.countedKinds);
  if (!sameList(kinds, inOrder(countableKinds, set.countedKinds))) changes.countedKinds = kinds;
  if (values.isDefault && !set.isDefault) changes.isDefault = true;
  return changes;
}

/** The PATCH body: the changes and the version they were made on, which the server checks. */
export function targetSetUpdateBody(set: TargetSet, values: TargetSetFormValues): UpdateTargetSetInput {
  return { ...targetSetChanges(set, values), version: set.version };
}

const formFieldNames = new Set<string>(targetSetFormFields);

/** The form field that shows a server field error: `countedLevels.0` belongs to the levels' checkboxes. */
export function targetSetFormFieldOf(serverField: string): TargetSetFormField | null {
  const [head = ''] = serverField.split('.');
  return formFieldNames.has(head) ? (head as TargetSetFormField) : null;
}

/** The window may not end before it starts (the server's rule, checked as the admin types). */
export function windowIsBackwards(values: Pick<TargetSetFormValues, 'windowStart' | 'windowEnd'>): boolean {
  return values.windowStart !== null && values.windowEnd !== null && values.windowEnd < values.windowStart;
}

/** The stretch goal may not be below the minimum (the server's rule, checked as the admin types). */
export function stretchIsBelowGoal(values: Pick<TargetSetFormValues, 'standardsGoal' | 'standardsStretch'>): boolean {
  return (
    values.standardsGoal !== null && values.standardsStretch !== null && values.standardsStretch < values.standardsGoal
  );
}

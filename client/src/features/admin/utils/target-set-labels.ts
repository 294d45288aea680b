import {
  enterpriseCountingLabels,
  standardKindLabels,
  standardLevelLabels,
  yesNoLabels,
} from '@cloudstd/shared/domain/labels';
import type { Bilingual, Lang } from '../../../lib/i18n.tsx';
import { adminMessages as m } from '../messages.ts';
import type { CountedKind, CountedLevel, TargetSetChanges, TargetSetFormField } from './target-set-form-values.ts';

export const targetSetFieldLabels: Record<TargetSetFormField, Bilingual> = {
  nameZh: m.nameZh,
  nameEn: m.nameEn,
  windowStart: m.windowStart,
  windowEnd: m.windowEnd,
  standardsGoal: m.standardsGoal,
  standardsStretch: m.standardsStretch,
  enterprisesGoal: m.enterprisesGoal,
  enterprisesDue: m.enterprisesDue,
  enterpriseCounting: m.enterpriseCounting,
  countedLevels: m.countedLevels,
  countedKinds: m.countedKinds,
  isDefault: m.isDefault,
};

function isLevel(value: string): value is CountedLevel {
  return Object.hasOwn(standardLevelLabels, value);
}

function isKind(value: string): value is CountedKind {
  return Object.hasOwn(standardKindLabels, value);
}

/** A changed value as the admin reads it: labels for levels and kinds, 未设 / None for an emptied one. */
export function formatChangeValue(value: TargetSetChanges[keyof TargetSetChanges], lang: Lang): string {
  if (value === null || value === undefined) return m.noGoal[lang];
  if (value === true) return yesNoLabels.yes[lang];
  if (Array.isArray(value)) {
    const labels = value.map((item) =>
      isLevel(item) ? standardLevelLabels[item] : isKind(item) ? standardKindLabels[item] : null,
    );
    return labels.map((label, index) => label?.[lang] ?? value[index]).join(lang === 'zh' ? '、' : ', ');
  }
  if (typeof value === 'number') return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  return value === 'reached' || value === 'implementing_only' ? enterpriseCountingLabels[value][lang] : value;
}

/** Each change as "label: value", in the form's order. */
export function describeChanges(changes: TargetSetChanges, lang: Lang): string[] {
  return (Object.keys(targetSetFieldLabels) as TargetSetFormField[])
    .filter((field) => field in changes)
    .map((field) => {
      const separator = lang === 'zh' ? '：' : ': ';
      return `${targetSetFieldLabels[field][lang]}${separator}${formatChangeValue(changes[field], lang)}`;
    });
}

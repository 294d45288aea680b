import { fieldErrorsFromIssues } from '@cloudstd/shared/schemas/messages';
import type { ZodType } from 'zod';
import { isApiError } from '../../../lib/api-client.ts';
import type { Lang } from '../../../lib/i18n.tsx';
import { adminMessages as m } from '../messages.ts';
import {
  stretchIsBelowGoal,
  targetSetFormFieldOf,
  windowIsBackwards,
  type TargetSetFormField,
} from './target-set-form-values.ts';

/*
 * The target-set form's checks as plain functions: each returns the message to show in `lang`, or null.
 */

/** The shared schema's message for a value that may be left empty (an empty number or date is null). */
export function nullableSchemaProblem(schema: ZodType, value: unknown, lang: Lang): string | null {
  if (value === null || value === undefined) return null;
  const result = schema.safeParse(value);
  if (result.success) return null;
  const [first] = fieldErrorsFromIssues(result.error.issues);
  if (!first) return lang === 'zh' ? '输入有误' : 'Invalid input';
  return lang === 'zh' ? first.messageZh : first.messageEn;
}

export function windowEndProblem(windowStart: string | null, windowEnd: string | null, lang: Lang): string | null {
  return windowIsBackwards({ windowStart, windowEnd }) ? m.windowBackwards[lang] : null;
}

export function stretchProblem(
  standardsGoal: number | null,
  standardsStretch: number | null,
  lang: Lang,
): string | null {
  return stretchIsBelowGoal({ standardsGoal, standardsStretch }) ? m.stretchBelowGoal[lang] : null;
}

/**
 * A failed save's VALIDATION_FAILED field errors: under the form field that shows each, and those no
 * field shows (`unplaced`).
 */
export function targetSetFieldErrors(
  error: unknown,
  lang: Lang,
): { fields: { name: TargetSetFormField; errors: string[] }[]; unplaced: number } {
  if (!isApiError(error, 'VALIDATION_FAILED')) return { fields: [], unplaced: 0 };
  const byField = new Map<TargetSetFormField, string[]>();
  let unplaced = 0;
  for (const fieldError of error.fieldErrors) {
    const name = targetSetFormFieldOf(fieldError.field);
    if (name === null) {
      unplaced += 1;
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), lang === 'zh' ? fieldError.messageZh : fieldError.messageEn]);
  }
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })), unplaced };
}

/** Whether a failed save needs the alert: not for a conflict (it has its own), nor when every problem is on a field. */
export function targetSetSaveNeedsAlert(error: unknown, lang: Lang): boolean {
  if (!error || isApiError(error, 'VERSION_CONFLICT')) return false;
  const { fields, unplaced } = targetSetFieldErrors(error, lang);
  return !(isApiError(error, 'VALIDATION_FAILED') && fields.length > 0 && unplaced === 0);
}

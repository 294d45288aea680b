import { parsePlanNumber, parseStandardNumber } from '@cloudstd/shared/domain/standard-number';
import { checkMilestoneOrder, type MilestoneDates, type MilestoneField } from '@cloudstd/shared/domain/standard-status';
import { fieldErrorsFromIssues } from '@cloudstd/shared/schemas/messages';
import { planProblems } from '@cloudstd/shared/domain/plan-schedule';
import {
  committeeSchema,
  createStandardInputSchema,
  internationalAdoptionSchema,
} from '@cloudstd/shared/schemas/standard';
import type { ZodType } from 'zod';
import { isApiError } from '../../../lib/api-client.ts';
import { fill, type Lang } from '../../../lib/i18n.tsx';
import { standardsMessages as m } from '../messages.ts';
import { formFieldErrors } from './server-errors.ts';
import { milestoneFields, type StandardFormValues } from './standard-form-values.ts';

/*
 * The standard form's checks as plain functions: each takes the values it needs and returns the message
 * to show in `lang`, or null when all is well. They apply the shared rules the server applies too.
 */

export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function inLang(lang: Lang, text: { messageZh: string; messageEn: string }): string {
  return lang === 'zh' ? text.messageZh : text.messageEn;
}

/** The shared schema's message for a value it refuses, in `lang`; null when it accepts it. */
function schemaProblem(schema: ZodType, value: unknown, lang: Lang): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const [first] = fieldErrorsFromIssues(result.error.issues);
  return first ? inLang(lang, first) : null;
}

function milestoneDates(values: Partial<StandardFormValues>): MilestoneDates {
  return Object.fromEntries(milestoneFields.map((field) => [field, values[field] ?? null])) as MilestoneDates;
}

/** A typed number must parse; no number is fine unless the standard is already published. */
export function numberProblem(number: unknown, publishedOn: string | null | undefined, lang: Lang): string | null {
  if (!hasText(number)) {
    const [problem] = checkMilestoneOrder(milestoneDates({ publishedOn: publishedOn ?? null }), false).filter(
      (item) => item.field === 'number',
    );
    return problem ? inLang(lang, problem) : null;
  }
  const parsed = parseStandardNumber(number);
  return parsed.ok ? null : inLang(lang, parsed.error);
}

export function planNumberProblem(planNumber: unknown, lang: Lang): string | null {
  if (!hasText(planNumber)) return null;
  const parsed = parsePlanNumber(planNumber);
  return parsed.ok ? null : inLang(lang, parsed.error);
}

/** Without either number nothing tells the level, so it must be chosen. */
export function levelProblem(level: unknown, number: unknown, planNumber: unknown, lang: Lang): string | null {
  return level !== undefined || hasText(number) || hasText(planNumber) ? null : m.levelRequired[lang];
}

export function replacesProblem(replaces: unknown, lang: Lang): string | null {
  const numbers = Array.isArray(replaces) ? (replaces as string[]) : [];
  const invalid = numbers.filter((item) => !parseStandardNumber(item).ok);
  if (invalid.length === 0) return null;
  return fill(m.replacesInvalid[lang], { numbers: invalid.join(lang === 'zh' ? '、' : ', ') });
}

/** A milestone date out of order with the others (立项 ≤ 征求意见 ≤ 报批 ≤ 发布 ≤ 实施, 废止 after 发布). */
export function milestoneProblem(
  field: MilestoneField,
  values: Partial<StandardFormValues>,
  lang: Lang,
): string | null {
  const [problem] = checkMilestoneOrder(milestoneDates(values), hasText(values.number)).filter(
    (item) => item.field === field,
  );
  return problem ? inLang(lang, problem) : null;
}

export function committeeProblem(committee: unknown, lang: Lang): string | null {
  return hasText(committee) ? schemaProblem(committeeSchema, committee.trim(), lang) : null;
}

/** An international reference and its degree of adoption come together. */
export function internationalRefProblem(ref: unknown, degree: unknown, lang: Lang): string | null {
  if (!hasText(ref)) return degree === undefined ? null : m.internationalRefRequired[lang];
  return schemaProblem(internationalAdoptionSchema.shape.ref, ref, lang);
}

export function internationalDegreeProblem(degree: unknown, ref: unknown, lang: Lang): string | null {
  return degree === undefined && hasText(ref) ? m.internationalDegreeRequired[lang] : null;
}

/**
 * How a failed save is shown: `alert` above the form (anything the fields cannot show), `fix-fields`
 * (every problem is marked on its field), or `none` (a version conflict has its own dialog).
 */
export function saveErrorDisplay(error: unknown, lang: Lang): 'alert' | 'fix-fields' | 'none' {
  if (!error || isApiError(error, 'VERSION_CONFLICT') || isApiError(error, 'REVISION_SUSPECTED')) return 'none';
  if (!isApiError(error, 'VALIDATION_FAILED')) return 'alert';
  const placed = formFieldErrors(error, lang);
  return placed.fields.length > 0 && placed.unplaced.length === 0 ? 'fix-fields' : 'alert';
}

/** The plan as the shared rules read it: incomplete extension rows are left to their own fields' checks. */
function planOf(values: Partial<StandardFormValues>) {
  const period = values.planPeriodMonths;
  return {
    planIssuedOn: values.planIssuedOn ?? null,
    planPeriodMonths: typeof period === 'number' ? period : null,
    planExtensions: (values.planExtensions ?? []).flatMap((extension) =>
      extension?.grantedOn && extension.dueOn ? [{ grantedOn: extension.grantedOn, dueOn: extension.dueOn }] : [],
    ),
  };
}

function planProblemOf(values: Partial<StandardFormValues>, lang: Lang, accepts: (field: string) => boolean) {
  const problem = planProblems(planOf(values)).find((item) => accepts(item.field));
  return problem ? inLang(lang, problem) : null;
}

/** The issue date goes with the period and the extensions (the server's rule, shared). */
export function planIssueProblem(values: Partial<StandardFormValues>, lang: Lang): string | null {
  return planProblemOf(values, lang, (field) => field === 'planIssuedOn');
}

/** A whole number of months from 1 to 120, given with the issue date. */
export function planPeriodProblem(values: Partial<StandardFormValues>, lang: Lang): string | null {
  const period = values.planPeriodMonths;
  if (period !== null && period !== undefined) {
    const problem = schemaProblem(createStandardInputSchema.shape.planPeriodMonths, period, lang);
    if (problem) return problem;
  }
  return planProblemOf(values, lang, (field) => field === 'planPeriodMonths');
}

/** Each extension granted after the issue and moving the due date later. */
export function planExtensionsProblem(values: Partial<StandardFormValues>, lang: Lang): string | null {
  return planProblemOf(values, lang, (field) => field.startsWith('planExtensions.'));
}

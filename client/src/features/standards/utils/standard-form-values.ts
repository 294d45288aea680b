import { parsePlanNumber, parseStandardNumber } from '@cloudstd/shared/domain/standard-number';
import { milestones, type MilestoneDates, type MilestoneField } from '@cloudstd/shared/domain/standard-status';
import {
  committeeSchema,
  type CreateStandardFormValues,
  type Standard,
  type StandardLevelValue,
} from '@cloudstd/shared/schemas/standard';
import type { AdoptionDegree, StandardKind } from './standard-labels.ts';

/** What the create and edit forms hold: text inputs as strings, dates as `YYYY-MM-DD` or null. */
export interface StandardFormValues extends MilestoneDates {
  number: string;
  planNumber: string;
  /** Asked only when neither number tells the level (a group project without a number yet). */
  level: StandardLevelValue | undefined;
  titleZh: string;
  titleEn: string;
  kind: StandardKind;
  replaces: string[];
  directions: string[];
  committee: string;
  internationalRef: string;
  internationalDegree: AdoptionDegree | undefined;
  planIssuedOn: string | null;
  planPeriodMonths: number | null;
  planExtensions: PlanExtensionFormValues[];
  draftingOrganisations: string[];
  tags: string[];
  notes: string;
}

/** One extension row of the form (a row being typed may still miss its dates). */
export interface PlanExtensionFormValues {
  grantedOn: string | null;
  dueOn: string | null;
  reason: string;
}

/** The body the API accepts for a standard (before the server's own normalisation). */
export type StandardInput = CreateStandardFormValues;
export type StandardInputField = keyof StandardInput;

/** A PATCH body: the changed fields and the version they were made against. */
export type StandardChanges = Partial<StandardInput> & { version: number };

export const milestoneFields: readonly MilestoneField[] = milestones.map((milestone) => milestone.field);

const noDates = Object.fromEntries(milestoneFields.map((field) => [field, null])) as MilestoneDates;

export const emptyStandardFormValues: StandardFormValues = {
  number: '',
  planNumber: '',
  level: undefined,
  titleZh: '',
  titleEn: '',
  kind: 'new',
  replaces: [],
  directions: [],
  ...noDates,
  committee: '',
  internationalRef: '',
  internationalDegree: undefined,
  planIssuedOn: null,
  planPeriodMonths: null,
  planExtensions: [],
  draftingOrganisations: [],
  tags: [],
  notes: '',
};

export function standardToFormValues(standard: Standard): StandardFormValues {
  const dates = Object.fromEntries(milestoneFields.map((field) => [field, standard[field]])) as MilestoneDates;
  return {
    number: standard.number ?? '',
    planNumber: standard.planNumber ?? '',
    level: standard.level,
    titleZh: standard.titleZh,
    titleEn: standard.titleEn ?? '',
    kind: standard.kind,
    replaces: [...standard.replaces],
    directions: [...standard.directions],
    ...dates,
    committee: standard.committee ?? '',
    internationalRef: standard.international?.ref ?? '',
    internationalDegree: standard.international?.degree,
    planIssuedOn: standard.planIssuedOn,
    planPeriodMonths: standard.planPeriodMonths,
    planExtensions: standard.planExtensions.map((extension) => ({ ...extension })),
    draftingOrganisations: [...standard.draftingOrganisations],
    tags: [...standard.tags],
    notes: standard.notes ?? '',
  };
}

/** A standard number as it will be stored, when it parses; otherwise as typed (the server explains why not). */
export function canonicalNumber(input: string): string {
  const parsed = parseStandardNumber(input);
  return parsed.ok ? parsed.value.canonical : input.trim();
}

function canonicalPlanNumber(input: string): string {
  const parsed = parsePlanNumber(input);
  return parsed.ok ? parsed.value.canonical : input.trim();
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function uniqueTrimmed(values: readonly string[], normalise: (value: string) => string = (value) => value): string[] {
  const result: string[] = [];
  for (const value of values) {
    const next = normalise(value.trim());
    if (next !== '' && !result.includes(next)) result.push(next);
  }
  return result;
}

function committeeOf(value: string): string | null {
  const text = textOrNull(value);
  if (text === null) return null;
  const parsed = committeeSchema.safeParse(text);
  return parsed.success ? parsed.data : text;
}

/**
 * The API body for the form's values, normalised the way the server stores them (numbers canonical,
 * blanks as null), so that comparing two bodies shows real edits only.
 */
export function formValuesToInput(values: StandardFormValues): StandardInput {
  const number = textOrNull(values.number);
  const planNumber = textOrNull(values.planNumber);
  const dates = Object.fromEntries(milestoneFields.map((field) => [field, values[field] ?? null])) as MilestoneDates;
  const ref = textOrNull(values.internationalRef);
  const input: StandardInput = {
    number: number === null ? null : canonicalNumber(number),
    planNumber: planNumber === null ? null : canonicalPlanNumber(planNumber),
    titleZh: values.titleZh.trim(),
    titleEn: textOrNull(values.titleEn),
    kind: values.kind,
    replaces: values.kind === 'revision' ? uniqueTrimmed(values.replaces, canonicalNumber) : [],
    directions: uniqueTrimmed(values.directions),
    ...dates,
    committee: committeeOf(values.committee),
    international:
      ref === null || values.internationalDegree === undefined ? null : { ref, degree: values.internationalDegree },
    planIssuedOn: values.planIssuedOn ?? null,
    planPeriodMonths: values.planPeriodMonths ?? null,
    // The server keeps extensions in the order granted; an incomplete row goes as typed (and is refused).
    planExtensions: values.planExtensions
      .map((extension) => ({
        grantedOn: extension.grantedOn ?? '',
        dueOn: extension.dueOn ?? '',
        reason: extension.reason.trim(),
      }))
      .sort((a, b) => a.grantedOn.localeCompare(b.grantedOn) || a.dueOn.localeCompare(b.dueOn)),
    draftingOrganisations: uniqueTrimmed(values.draftingOrganisations),
    tags: uniqueTrimmed(values.tags),
    notes: values.notes.trim() === '' ? null : values.notes,
  };
  // The level follows from a number; only a record without one says it.
  if (number === null && planNumber === null && values.level !== undefined) input.level = values.level;
  return input;
}

export function standardToInput(standard: Standard): StandardInput {
  return formValuesToInput(standardToFormValues(standard));
}

/** Whether two field values are the same (values are JSON: strings, numbers, null, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The writable fields in the order the form shows them. */
export const inputFieldOrder: readonly StandardInputField[] = [
  'number',
  'planNumber',
  'level',
  'titleZh',
  'titleEn',
  'kind',
  'replaces',
  'directions',
  ...milestoneFields,
  'committee',
  'international',
  'draftingOrganisations',
  'planIssuedOn',
  'planPeriodMonths',
  'planExtensions',
  'tags',
  'notes',
];

/** The fields of `after` that differ from `before`, in form order. */
export function changedFields(before: StandardInput, after: StandardInput): Partial<StandardInput> {
  const changes: Partial<Record<StandardInputField, unknown>> = {};
  for (const field of inputFieldOrder) {
    // An absent field (the level, once a number tells it) is not stated, not cleared.
    if (after[field] === undefined) continue;
    if (!sameValue(before[field], after[field])) changes[field] = after[field];
  }
  return changes as Partial<StandardInput>;
}

/** The PATCH body for an edit of `loaded`: only what changed, and the version it was loaded at. */
export function updateBody(loaded: Standard, values: StandardFormValues): StandardChanges {
  return { ...changedFields(standardToInput(loaded), formValuesToInput(values)), version: loaded.version };
}

export function hasChanges(body: StandardChanges): boolean {
  return Object.keys(body).some((key) => key !== 'version');
}

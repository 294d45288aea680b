import { standardSchema, type Standard } from '@cloudstd/shared/schemas/standard';
import { describeError, isApiError } from '../../../lib/api-client.ts';
import type { Lang } from '../../../lib/i18n.tsx';
import { canonicalNumber, emptyStandardFormValues, type StandardFormValues } from './standard-form-values.ts';

type FormField = keyof StandardFormValues;

const formFields = new Set(Object.keys(emptyStandardFormValues));

function isFormField(name: string): name is FormField {
  return formFields.has(name);
}

/**
 * The form item that shows a server field error: `directions.0` belongs to the directions picker,
 * `international.degree` to the degree select, `international` (or its ref) to the reference input.
 */
export function formFieldOf(serverField: string): FormField | null {
  const [head = '', second] = serverField.split('.');
  if (head === 'international') return second === 'degree' ? 'internationalDegree' : 'internationalRef';
  return isFormField(head) ? head : null;
}

export interface FormFieldErrors {
  name: FormField;
  errors: string[];
}

/** A VALIDATION_FAILED answer's field errors, grouped by the form item that shows them. */
export function formFieldErrors(error: unknown, lang: Lang): { fields: FormFieldErrors[]; unplaced: string[] } {
  if (!isApiError(error, 'VALIDATION_FAILED')) return { fields: [], unplaced: [] };
  const byField = new Map<FormField, string[]>();
  const unplaced: string[] = [];
  for (const fieldError of error.fieldErrors) {
    const message = lang === 'zh' ? fieldError.messageZh : fieldError.messageEn;
    const name = formFieldOf(fieldError.field);
    if (name === null) {
      unplaced.push(message);
      continue;
    }
    const messages = byField.get(name) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byField.set(name, messages);
  }
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })), unplaced };
}

const existingStandardSchema = standardSchema.pick({ id: true, number: true, planNumber: true, titleZh: true });
export type ExistingStandard = Pick<Standard, 'id' | 'number' | 'planNumber' | 'titleZh'>;

/** The record that already holds the number, from a STANDARD_NUMBER_TAKEN answer. */
export function existingStandardOf(error: unknown): ExistingStandard | null {
  if (!isApiError(error, 'STANDARD_NUMBER_TAKEN')) return null;
  const parsed = existingStandardSchema.safeParse(error.problem?.existing);
  return parsed.success ? parsed.data : null;
}

/** The earlier editions a REVISION_SUSPECTED answer names, latest first; empty for any other error. */
export function earlierEditionsOf(error: unknown): ExistingStandard[] {
  if (!isApiError(error, 'REVISION_SUSPECTED')) return [];
  const parsed = existingStandardSchema.omit({ planNumber: true }).array().safeParse(error.problem?.earlier);
  return parsed.success ? parsed.data.map((edition) => ({ ...edition, planNumber: null })) : [];
}

/** The record as it is now, from a VERSION_CONFLICT answer. */
export function currentStandardOf(error: unknown): Standard | null {
  if (!isApiError(error, 'VERSION_CONFLICT')) return null;
  const parsed = standardSchema.safeParse(error.problem?.current);
  return parsed.success ? parsed.data : null;
}

/**
 * What a failed save marks on the form: the fields the server named, and — when the number is taken —
 * the number (if the typed one is the taken one) or else the plan number.
 */
export function saveErrorFields(error: unknown, lang: Lang, typedNumber: string): FormFieldErrors[] {
  const fields = formFieldErrors(error, lang).fields;
  const existing = existingStandardOf(error);
  if (existing) {
    const numberTaken = existing.number !== null && canonicalNumber(typedNumber) === existing.number;
    fields.push({ name: numberTaken ? 'number' : 'planNumber', errors: [describeError(error, lang).title] });
  }
  return fields;
}

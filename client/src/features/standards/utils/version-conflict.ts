import type { Standard } from '@cloudstd/shared/schemas/standard';
import {
  changedFields,
  formValuesToInput,
  inputFieldOrder,
  sameValue,
  standardToFormValues,
  standardToInput,
  updateBody,
  type StandardChanges,
  type StandardFormValues,
  type StandardInputField,
} from './standard-form-values.ts';

/** One row of the "what changed" table shown when a save meets a newer version. */
export interface ConflictRow {
  field: StandardInputField;
  /** The value in the version the user started from. */
  base: unknown;
  mine: unknown;
  theirs: unknown;
  mineChanged: boolean;
  theirsChanged: boolean;
  /** Both changed the field, to different values: saving mine replaces theirs. */
  clash: boolean;
}

/**
 * The fields the user or the other editor changed since `base`, each with both values: mine from the
 * form, theirs from the current record.
 */
export function compareVersions(base: Standard, mine: StandardFormValues, current: Standard): ConflictRow[] {
  const baseInput = standardToInput(base);
  const mineInput = formValuesToInput(mine);
  const currentInput = standardToInput(current);
  const mineChanges = changedFields(baseInput, mineInput);
  const theirChanges = changedFields(baseInput, currentInput);
  const fields = inputFieldOrder.filter((field) => field in mineChanges || field in theirChanges);
  return fields.map((field) => {
    const mineChanged = field in mineChanges;
    const theirsChanged = field in theirChanges;
    const mineValue = mineChanged ? mineInput[field] : baseInput[field];
    const theirs = currentInput[field];
    return {
      field,
      base: baseInput[field],
      mine: mineValue,
      theirs,
      mineChanged,
      theirsChanged,
      clash: mineChanged && theirsChanged && !sameValue(mineValue, theirs),
    };
  });
}

/**
 * The user's edits reapplied to the current record: every form field the user changed since `base`
 * keeps the user's value, every other field takes the current one. Nothing typed is lost.
 */
export function rebaseFormValues(base: Standard, mine: StandardFormValues, current: Standard): StandardFormValues {
  const baseValues = standardToFormValues(base);
  const merged = standardToFormValues(current);
  for (const key of Object.keys(merged) as (keyof StandardFormValues)[]) {
    if (!sameValue(baseValues[key], mine[key])) Object.assign(merged, { [key]: mine[key] });
  }
  return merged;
}

/** The PATCH that saves the user's edits over the current version (覆盖提交). */
export function overwriteBody(base: Standard, mine: StandardFormValues, current: Standard): StandardChanges {
  return updateBody(current, rebaseFormValues(base, mine, current));
}

import { targetSetSchema, type TargetSet } from '@cloudstd/shared/schemas/target-set';
import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { getTargetSetsQueryOptions } from '../../../api/get-target-sets.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { useUpdateTargetSet } from '../api/update-target-set.ts';
import { adminMessages as m } from '../messages.ts';
import { targetSetFieldErrors } from '../utils/target-set-form-checks.ts';
import {
  targetSetChanges,
  targetSetFormFields,
  targetSetToFormValues,
  type TargetSetChanges,
  type TargetSetFormValues,
} from '../utils/target-set-form-values.ts';

/** A save that met a newer version: what the admin tried to change, and the version now in the form. */
export interface TargetSetConflict {
  current: TargetSet;
  unsaved: TargetSetChanges;
}

/**
 * Saving a target set: only the changed fields go, against the version the form edits; a field error
 * lands on its field; a version conflict reloads the form with the server's version and keeps what the
 * admin had changed in view, so they can apply it again.
 */
export function useTargetSetSave(form: FormInstance<TargetSetFormValues>, targetSet: TargetSet, onDone: () => void) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const update = useUpdateTargetSet();
  // The version the form edits: the one opened, or after a conflict the one the server has now.
  const [base, setBase] = useState(targetSet);
  const [conflict, setConflict] = useState<TargetSetConflict | null>(null);
  const error = update.error;

  useEffect(() => {
    const { fields } = targetSetFieldErrors(error, lang);
    if (fields.length > 0) form.setFields(fields);
    // Only a new error is applied; the language switch revalidates on its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, form]);

  const reloadWith = (current: TargetSet, unsaved: TargetSetChanges) => {
    setBase(current);
    setConflict({ current, unsaved });
    const values = targetSetToFormValues(current);
    form.setFields(targetSetFormFields.map((name) => ({ name, value: values[name], errors: [] })));
  };

  const onConflict = async (problemCurrent: unknown, unsaved: TargetSetChanges) => {
    void queryClient.invalidateQueries({ queryKey: getTargetSetsQueryOptions().queryKey });
    const parsed = targetSetSchema.safeParse(problemCurrent);
    if (parsed.success) {
      reloadWith(parsed.data, unsaved);
      return;
    }
    const sets = await queryClient.fetchQuery({ ...getTargetSetsQueryOptions(), staleTime: 0 });
    const current = sets.find((set) => set.key === base.key);
    if (current) reloadWith(current, unsaved);
  };

  const submit = (values: TargetSetFormValues) => {
    const changes = targetSetChanges(base, values);
    if (Object.keys(changes).length === 0) {
      void message.info(t(m.noChanges));
      onDone();
      return;
    }
    update.mutate(
      { key: base.key, changes: { ...changes, version: base.version } },
      {
        onSuccess: (saved) => {
          void message.success(t(m.targetSetSaved, { name: pick(lang, saved.nameZh, saved.nameEn) }));
          onDone();
        },
        onError: (failure) => {
          if (isApiError(failure, 'VERSION_CONFLICT')) void onConflict(failure.problem?.current, changes);
        },
      },
    );
  };

  return { update, base, conflict, dismissConflict: () => setConflict(null), submit };
}

import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { saveErrorFields } from '../utils/server-errors.ts';
import type { StandardFormValues } from '../utils/standard-form-values.ts';

/** A failed save marks the fields it names; each new error once (a language switch revalidates on its own). */
export function useSaveErrorOnFields(form: FormInstance<StandardFormValues>, error: unknown): void {
  const { lang } = useI18n();
  useEffect(() => {
    if (!error) return;
    const fields = saveErrorFields(error, lang, (form.getFieldValue('number') as string | undefined) ?? '');
    if (fields.length > 0) form.setFields(fields);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, form]);
}

import type { FormInstance } from 'antd';
import { useEffect, useRef } from 'react';
import { useI18n } from './i18n.tsx';

/** Messages already on screen follow a language switch: fields showing an error are checked again. */
export function useRevalidateOnLanguageChange(form: FormInstance): void {
  const { lang } = useI18n();
  const shownLang = useRef(lang);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    const fieldsWithErrors = form
      .getFieldsError()
      .filter((field) => field.errors.length > 0)
      .map((field) => field.name);
    if (fieldsWithErrors.length > 0) form.validateFields(fieldsWithErrors).catch(() => undefined);
  }, [form, lang]);
}

import type { FormInstance, FormRule } from 'antd';
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

/** The form a rule is handed (antd's rule render receives the underlying rc-form instance). */
type RuleForm = Parameters<Extract<FormRule, (...args: never[]) => unknown>>[0];

/**
 * An antd rule from a plain check: the check returns the message to show, or null when the value is
 * fine. It gets the form too, for checks that compare fields (a date against the others).
 */
export function checkRule(check: (value: unknown, form: RuleForm) => string | null): FormRule {
  return (form) => ({
    validator: (_rule, value: unknown) => {
      const problem = check(value, form);
      return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
    },
  });
}

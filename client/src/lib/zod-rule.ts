import { fieldErrorsFromIssues } from '@cloudstd/shared/schemas/messages';
import type { FormRule } from 'antd';
import type { ZodType } from 'zod';
import type { Lang } from './i18n.tsx';

/**
 * An antd form rule that checks a field with the shared zod schema the server also applies, and shows
 * the schema's own message in the current language. An untouched field is checked as ''.
 */
export function zodRule(schema: ZodType, lang: Lang): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      if (result.success) return Promise.resolve();
      const [first] = fieldErrorsFromIssues(result.error.issues);
      const fallback = lang === 'zh' ? '输入有误' : 'Invalid input';
      const message = first ? (lang === 'zh' ? first.messageZh : first.messageEn) : fallback;
      return Promise.reject(new Error(message));
    },
  };
}

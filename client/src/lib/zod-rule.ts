import { fieldErrorsFromIssues } from '@cloudstd/shared/schemas/messages';
import type { FormRule } from 'antd';
import type { ZodType } from 'zod';
import type { Lang } from './i18n.tsx';

/**
 * An antd form rule that checks a field with the shared zod schema the server also applies, and shows
 * the schema's own message in the current language. An untouched field is checked as ''. With `trimmed`,
 * text is checked as the form sends it, trimmed (the API refuses white space at either end, never trims).
 */
export function zodRule(schema: ZodType, lang: Lang, { trimmed = false }: { trimmed?: boolean } = {}): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const result = schema.safeParse(trimmed && typeof value === 'string' ? value.trim() : (value ?? ''));
      if (result.success) return Promise.resolve();
      const [first] = fieldErrorsFromIssues(result.error.issues);
      const fallback = lang === 'zh' ? '输入有误' : 'Invalid input';
      const message = first ? (lang === 'zh' ? first.messageZh : first.messageEn) : fallback;
      return Promise.reject(new Error(message));
    },
  };
}

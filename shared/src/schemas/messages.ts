import type { z } from 'zod';
import { z as zod } from 'zod';

/**
 * zod checks take one message string; ours must carry Chinese and English.
 * `bilingual` packs both into that string and `fieldErrorFromIssue` unpacks them.
 * Issues without a packed message get zod's own zh-CN / en locale texts.
 */
const SEPARATOR = '\u001f';

export function bilingual(zh: string, en: string): string {
  return `${zh}${SEPARATOR}${en}`;
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. `password` or `parts.0.code`; empty for the body itself. */
  field: string;
  messageZh: string;
  messageEn: string;
}

const zhLocale = zod.locales.zhCN();
const enLocale = zod.locales.en();

function localeText(locale: ReturnType<typeof zod.locales.en>, issue: z.core.$ZodIssue): string {
  const result = locale.localeError(issue as unknown as z.core.$ZodRawIssue);
  if (typeof result === 'string') return result;
  return result?.message ?? issue.message;
}

/** Turns zod issues into field errors in both languages (parse with `reportInput: true` for the best texts). */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: base ? `${base}.${key}` : key,
        messageZh: `未知字段：${key}`,
        messageEn: `Unknown field: ${key}`,
      }));
    }
    const [zh, en] = issue.message.split(SEPARATOR);
    if (zh !== undefined && en !== undefined) return [{ field: base, messageZh: zh, messageEn: en }];
    return [{ field: base, messageZh: localeText(zhLocale, issue), messageEn: localeText(enLocale, issue) }];
  });
}

import type { z } from 'zod';
import { bilingual } from './messages.ts';

/** Why a one-line text is refused for white space at either end, or null when it has none. */
export function outerWhiteSpaceMessage(value: string): string | null {
  if (value === value.trim()) return null;
  return value.trim() === ''
    ? bilingual('不能只有空白字符', 'Cannot be white space only')
    : bilingual('开头或结尾不能有空白字符', 'Remove the white space at the start or end');
}

/**
 * A one-line text stored exactly as sent: white space at either end (any that `trim` removes, the
 * ideographic space included) is refused naming the field, never trimmed away, and a required text of
 * spaces alone is refused as empty. The client's forms trim what a person typed before sending.
 */
export function keptAsSent(text: z.ZodString): z.ZodString {
  return text.superRefine((value, ctx) => {
    const message = outerWhiteSpaceMessage(value);
    if (message !== null) ctx.addIssue({ code: 'custom', input: value, message });
  });
}

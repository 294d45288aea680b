import { z } from 'zod';
import { todayInChina } from '../domain/calendar.ts';
import { bilingual } from './messages.ts';

/** A calendar date `YYYY-MM-DD` that exists (2025-02-30 is refused); never a time-zone-shifted instant. */
export const isoDateSchema = z.iso
  .date(bilingual('应为有效日期 YYYY-MM-DD', 'must be a valid date YYYY-MM-DD'))
  // Within 1900–2100: year 0000 and its like are valid ISO dates that PostgreSQL cannot store.
  .refine((date) => date >= '1900-01-01' && date <= '2100-12-31', {
    message: bilingual('日期应在 1900 年至 2100 年之间', 'must be a date from 1900 to 2100'),
  });

/**
 * A query's as-of date, resolved once at validation: left out, it is today in Beijing (Asia/Shanghai), so
 * handlers always receive a date. Callers (and the client's types, `z.input`) may omit it.
 */
export const asOfDateSchema = isoDateSchema
  .optional()
  .transform((asOf) => asOf ?? todayInChina())
  .describe('YYYY-MM-DD; default: today in Beijing (Asia/Shanghai)');

/** A calendar month `YYYY-MM`. */
export const isoMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, bilingual('应为有效月份 YYYY-MM', 'must be a valid month YYYY-MM'));

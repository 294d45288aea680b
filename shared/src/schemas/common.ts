import { z } from 'zod';
import { bilingual } from './messages.ts';

/** A calendar date `YYYY-MM-DD` that exists (2025-02-30 is refused); never a time-zone-shifted instant. */
export const isoDateSchema = z.iso.date(bilingual('应为有效日期 YYYY-MM-DD', 'must be a valid date YYYY-MM-DD'));

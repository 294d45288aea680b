import { z } from 'zod';
import { normaliseCommittee } from '../domain/committees.ts';
import { asOfDateSchema, isoDateSchema } from './common.ts';
import { bilingual } from './messages.ts';
import { reportLangSchema } from './report.ts';
import { standardLevelSchema } from './standard.ts';

/** 复审 outcomes: 继续有效 (confirmed), 修订 (revise), 废止 (withdraw). */
export const reviewOutcomeSchema = z.enum(['confirmed', 'revise', 'withdraw']);
export type ReviewOutcome = z.infer<typeof reviewOutcomeSchema>;

export const createReviewInputSchema = z.strictObject({
  outcome: reviewOutcomeSchema,
  reviewedOn: isoDateSchema,
  notes: z
    .string()
    .max(2000, bilingual('备注最多 2000 个字符', 'Notes may have at most 2000 characters'))
    .nullable()
    .optional(),
});
export type CreateReviewInput = z.infer<typeof createReviewInputSchema>;

export const reviewSchema = z.object({
  id: z.number().int(),
  standardId: z.number().int(),
  outcome: reviewOutcomeSchema,
  reviewedOn: z.string(),
  notes: z.string().nullable(),
});
export type Review = z.infer<typeof reviewSchema>;

/**
 * The 复审 list's query: due as of `asOf`, optionally one level or committee (normalised as the standards
 * store it: `SAC/TC 260` finds `TC260`).
 */
export const reviewsDueQuerySchema = z.strictObject({
  asOf: asOfDateSchema,
  level: standardLevelSchema.optional(),
  committee: z.string().trim().max(100).transform(normaliseCommittee).optional(),
});
export type ReviewsDueQuery = z.infer<typeof reviewsDueQuerySchema>;
export type ReviewsDueRequest = Partial<z.input<typeof reviewsDueQuerySchema>>;

export const reviewsDueCsvQuerySchema = reviewsDueQuerySchema.extend({ lang: reportLangSchema.default('zh') });
export type ReviewsDueCsvQuery = z.infer<typeof reviewsDueCsvQuerySchema>;

/** Standards due for their five-year review at `asOf`, the longest overdue first. */
export const reviewsDueSchema = z.object({
  asOf: z.string(),
  items: z.array(
    z.object({
      id: z.number().int(),
      number: z.string().nullable(),
      titleZh: z.string(),
      level: standardLevelSchema,
      committee: z.string().nullable(),
      inForceOn: z.string(),
      /** Five years after the later of the in-force date and the last review on or before `asOf`. */
      dueOn: z.string(),
      lastReview: z.object({ outcome: reviewOutcomeSchema, reviewedOn: z.string() }).nullable(),
    }),
  ),
});
export type ReviewsDue = z.infer<typeof reviewsDueSchema>;

import { z } from 'zod';
import { asOfDateSchema } from './common.ts';
import { bilingual } from './messages.ts';
import { reportLangSchema } from './report.ts';
import { standardLevelSchema, standardStatusSchema } from './standard.ts';

/** The stages a plan is tracked through (GB/T 16733): 立项, 起草, 征求意见, then 报批 (no norm). */
export const planStageSchema = z.enum(['approved', 'drafting', 'draft', 'submitted']);

/** The 计划跟踪 query: plans issued on or before `asOf` and not published by then; `overdue=true` keeps the 超期. */
export const planTrackingQuerySchema = z.strictObject({
  asOf: asOfDateSchema,
  overdue: z
    .enum(['true', 'false'], { error: bilingual('应为 true 或 false', 'must be true or false') })
    .default('false')
    .transform((value) => value === 'true'),
  stage: planStageSchema.optional(),
});
export type PlanTrackingQuery = z.infer<typeof planTrackingQuerySchema>;
export type PlanTrackingRequest = Partial<z.input<typeof planTrackingQuerySchema>>;

export const planTrackingCsvQuerySchema = planTrackingQuerySchema.extend({ lang: reportLangSchema.default('zh') });
export type PlanTrackingCsvQuery = z.infer<typeof planTrackingCsvQuerySchema>;

export const planTrackingItemSchema = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  planNumber: z.string().nullable(),
  titleZh: z.string(),
  level: standardLevelSchema,
  committee: z.string().nullable(),
  status: standardStatusSchema,
  planIssuedOn: z.string(),
  planPeriodMonths: z.number().int(),
  extensions: z.number().int(),
  dueOn: z.string(),
  overdue: z.boolean(),
  /** Days past the due date at `asOf` (0 when not overdue). */
  overdueDays: z.number().int(),
  /** The stage at `asOf` and how long it has lasted against its norm; null before the project started. */
  stage: planStageSchema.nullable(),
  stageSince: z.string().nullable(),
  monthsInStage: z.number().int().nullable(),
  stageNormMonths: z.number().int().nullable(),
  monthsOverNorm: z.number().int(),
});
export type PlanTrackingItem = z.infer<typeof planTrackingItemSchema>;

/** Open plans at `asOf`: the overdue first (longest overdue first), then by due date. */
export const planTrackingSchema = z.object({
  asOf: z.string(),
  items: z.array(planTrackingItemSchema),
});
export type PlanTracking = z.infer<typeof planTrackingSchema>;

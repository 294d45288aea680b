import { z } from 'zod';
import { isoDateSchema } from './common.ts';
import { bilingual } from './messages.ts';
import { countableLevelSchema, standardKindSchema } from './standard.ts';
import { keptAsSent } from './text.ts';

/** Which enterprises the enterprise goal counts: 'reached' (trained or implementing) or 'implementing_only'. */
export const enterpriseCountingSchema = z.enum(['reached', 'implementing_only']);
export type EnterpriseCounting = z.infer<typeof enterpriseCountingSchema>;

export const targetMilestoneSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  dueOn: z.string(),
  directions: z.array(z.string()),
  kinds: z.array(standardKindSchema),
  tag: z.string().nullable(),
});
export type TargetMilestone = z.infer<typeof targetMilestoneSchema>;

/** A set of goals and the rules that count toward them (PRODUCT.md §5); all data, edited by admins. */
export const targetSetSchema = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  source: z.string().nullable(),
  isDefault: z.boolean(),
  standardsGoal: z.number().int(),
  standardsStretch: z.number().int().nullable(),
  windowStart: z.string(),
  windowEnd: z.string(),
  countedLevels: z.array(countableLevelSchema),
  countedKinds: z.array(standardKindSchema),
  enterprisesGoal: z.number().int().nullable(),
  enterprisesDue: z.string().nullable(),
  enterpriseCounting: enterpriseCountingSchema,
  partsGoal: z.number().int().nullable(),
  /** The framework (edition) whose goals these are and whose directions its views follow. */
  framework: z.string(),
  milestones: z.array(targetMilestoneSchema),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TargetSet = z.infer<typeof targetSetSchema>;
export const targetSetListSchema = z.array(targetSetSchema);

export const targetSetKeyParamsSchema = z.strictObject({ key: z.string().max(100) });

/** What an admin may change on a set; `version` guards against overwriting another admin's edit. */
export const updateTargetSetInputSchema = z.strictObject({
  nameZh: keptAsSent(z.string().min(1).max(200)).optional(),
  nameEn: keptAsSent(z.string().min(1).max(200)).optional(),
  standardsGoal: z.number().int().min(1).max(100_000).optional(),
  standardsStretch: z.number().int().min(1).max(100_000).nullable().optional(),
  windowStart: isoDateSchema.optional(),
  windowEnd: isoDateSchema.optional(),
  countedLevels: z
    .array(countableLevelSchema)
    .min(1, bilingual('至少计入一个级别', 'Count at least one level'))
    .optional(),
  countedKinds: z
    .array(standardKindSchema)
    .min(1, bilingual('至少计入一种制修订类型', 'Count at least one kind'))
    .optional(),
  enterprisesGoal: z.number().int().min(1).max(10_000_000).nullable().optional(),
  enterprisesDue: isoDateSchema.nullable().optional(),
  enterpriseCounting: enterpriseCountingSchema.optional(),
  isDefault: z.literal(true).optional(),
  version: z
    .number({ error: bilingual('缺少版本号 version', 'The version being edited is required') })
    .int()
    .positive(),
});
export type UpdateTargetSetInput = z.infer<typeof updateTargetSetInputSchema>;

import { z } from 'zod';
import { internationalStageKeys } from '../domain/international-stage.ts';
import { asOfDateSchema, isoDateSchema } from './common.ts';
import { bilingual } from './messages.ts';
import { standardNumberSchema } from './standard.ts';

/** International standardisation work (PRODUCT.md §4, §9): items in ISO, IEC, ISO/IEC JTC 1, ITU-T … */
export const internationalBodies = ['iso', 'iec', 'iso_iec_jtc1', 'itu_t', 'other'] as const;
export const internationalBodySchema = z.enum(internationalBodies, {
  error: bilingual(
    '国际组织应为 iso、iec、iso_iec_jtc1、itu_t 或 other',
    'The body must be one of iso, iec, iso_iec_jtc1, itu_t, other',
  ),
});
export type InternationalBody = z.infer<typeof internationalBodySchema>;

export const chinaRoles = ['led', 'co_edited', 'participated'] as const;
export const chinaRoleSchema = z.enum(chinaRoles, {
  error: bilingual(
    '我国角色应为 led（牵头）、co_edited（联合编辑）或 participated（参与）',
    'China’s role must be led, co_edited or participated',
  ),
});
export type ChinaRole = z.infer<typeof chinaRoleSchema>;

export const internationalStageSchema = z.enum(internationalStageKeys, {
  error: bilingual(
    '未知阶段：应为 proposal、np、wd、cd、dis、fdis 或 published',
    'Unknown stage: use proposal, np, wd, cd, dis, fdis or published',
  ),
});

export const stageDateSchema = z.strictObject({ stage: internationalStageSchema, on: isoDateSchema });

const optionalText = (max: number, zh: string, en: string) =>
  z
    .string()
    .trim()
    .max(max, bilingual(zh, en))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

const itemFieldsShape = {
  body: internationalBodySchema,
  /** E.g. `ISO/IEC JTC 1/SC 38`, `ITU-T SG13`. */
  committee: optionalText(100, '技术委员会最多 100 个字符', 'The committee may have at most 100 characters'),
  /** The project or reference number, e.g. `ISO/IEC 22123-1` or `Y.3500`. */
  reference: z
    .string()
    .trim()
    .min(1, bilingual('请填写项目号或标准号', 'Enter the project or reference number'))
    .max(100, bilingual('项目号最多 100 个字符', 'The reference may have at most 100 characters')),
  titleEn: z
    .string()
    .trim()
    .min(1, bilingual('请填写英文名称', 'Enter the English title'))
    .max(500, bilingual('英文名称最多 500 个字符', 'The English title may have at most 500 characters')),
  titleZh: optionalText(500, '中文名称最多 500 个字符', 'The Chinese title may have at most 500 characters'),
  stages: z.array(stageDateSchema).max(7, bilingual('最多 7 个阶段', 'At most 7 stages')),
  chinaRole: chinaRoleSchema,
  /** Chinese editors and experts, by name. */
  experts: z
    .array(
      z.string().trim().min(1).max(100, bilingual('专家姓名最多 100 个字符', 'A name may have at most 100 characters')),
    )
    .max(50, bilingual('最多 50 位专家', 'At most 50 experts')),
  /** The number of the registered Chinese standard the item corresponds to. */
  relatedStandard: standardNumberSchema.nullable(),
  notes: optionalText(5000, '备注最多 5000 个字符', 'Notes may have at most 5000 characters'),
};

export const createInternationalItemInputSchema = z.strictObject({
  ...itemFieldsShape,
  stages: itemFieldsShape.stages.default([]),
  experts: itemFieldsShape.experts.default([]),
  relatedStandard: itemFieldsShape.relatedStandard.optional(),
});
export type CreateInternationalItemInput = z.infer<typeof createInternationalItemInputSchema>;
export type CreateInternationalItemFormValues = z.input<typeof createInternationalItemInputSchema>;

/** A PATCH names the version it edits (409 when stale); `stages` given replaces the whole history. */
export const updateInternationalItemInputSchema = z.strictObject({
  ...z.object(itemFieldsShape).partial().shape,
  version: z
    .number({ error: bilingual('缺少版本号 version', 'The version being edited is required') })
    .int()
    .positive(),
});
export type UpdateInternationalItemInput = z.infer<typeof updateInternationalItemInputSchema>;

export const internationalItemSchema = z.object({
  id: z.number().int(),
  body: internationalBodySchema,
  committee: z.string().nullable(),
  reference: z.string(),
  titleEn: z.string(),
  titleZh: z.string().nullable(),
  /** In stage order. */
  stages: z.array(z.object({ stage: internationalStageSchema, on: z.string() })),
  chinaRole: chinaRoleSchema,
  experts: z.array(z.string()),
  relatedStandard: z.string().nullable(),
  /** Read-only: the related standard's id and title, for links. */
  relatedStandardId: z.number().int().nullable(),
  relatedStandardTitleZh: z.string().nullable(),
  /** Read-only: the stage as of the list's `asOf` (today for a single item). */
  currentStage: internationalStageSchema.nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export type InternationalItem = z.infer<typeof internationalItemSchema>;

const csvOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        : value,
    z.array(item).max(10),
  );

export const listInternationalItemsQuerySchema = z.strictObject({
  /** Reference, title (either language) or committee, any part. */
  q: z.string().trim().max(100).optional(),
  body: csvOf(internationalBodySchema).optional(),
  /** Items whose stage as of `asOf` is one of these. */
  stage: csvOf(internationalStageSchema).optional(),
  chinaRole: csvOf(chinaRoleSchema).optional(),
  asOf: asOfDateSchema,
  deleted: z.enum(['exclude', 'only']).default('exclude'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListInternationalItemsQuery = z.infer<typeof listInternationalItemsQuerySchema>;

export const internationalItemListSchema = z.object({
  items: z.array(internationalItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type InternationalItemList = z.infer<typeof internationalItemListSchema>;

export const internationalItemIdParamsSchema = z.strictObject({ id: z.coerce.number().int().positive() });

const countsByStage = z.object(
  Object.fromEntries(internationalStageKeys.map((stage) => [stage, z.number().int()])) as Record<
    (typeof internationalStageKeys)[number],
    z.ZodNumber
  >,
);
const countsByRole = z.object({ led: z.number().int(), co_edited: z.number().int(), participated: z.number().int() });

/**
 * The dashboard summary's international figures at D: the conversion share of counted national
 * standards (PRODUCT.md §5), the live items that reached any stage by D by their stage at D, and the
 * items China led that were published inside the set's window by D.
 */
export const internationalSummarySchema = z.object({
  /** Counted national standards adopting an international standard (IDT/MOD/NEQ) ÷ counted national; null with none. */
  share: z.number().nullable(),
  adopting: z.number().int(),
  national: z.number().int(),
  items: z.object({ total: z.number().int(), byStage: countsByStage }),
  led: z.number().int(),
});
export type InternationalSummary = z.infer<typeof internationalSummarySchema>;

export const internationalProgressPointSchema = z.object({
  month: z.string(),
  /** The date the point stands for: the month's end, or the as-of date in its month. */
  on: z.string(),
  total: z.number().int(),
  byStage: countsByStage,
  byRole: countsByRole,
});

/** `GET /dashboard/international`: items by stage and by China's role month by month, the China-led and converted lists. */
export const internationalProgressSchema = z.object({
  asOf: z.string(),
  targetSet: z.string(),
  windowStart: z.string(),
  points: z.array(internationalProgressPointSchema),
  /** Items China led, published inside the window by D, by publication date. */
  led: z.array(
    z.object({
      id: z.number().int(),
      body: internationalBodySchema,
      committee: z.string().nullable(),
      reference: z.string(),
      titleEn: z.string(),
      titleZh: z.string().nullable(),
      publishedOn: z.string(),
    }),
  ),
  /** Counted national standards converted from international ones (the share's numerator), by publication date. */
  converted: z.array(
    z.object({
      id: z.number().int(),
      number: z.string().nullable(),
      titleZh: z.string(),
      publishedOn: z.string(),
      internationalRef: z.string().nullable(),
      degree: z.enum(['IDT', 'MOD', 'NEQ']).nullable(),
    }),
  ),
});
export type InternationalProgress = z.infer<typeof internationalProgressSchema>;

/** What reports carry (and snapshots freeze) of the international work at D. */
export const reportInternationalSchema = internationalProgressSchema.pick({ led: true, converted: true }).extend({
  /** Live items that reached a stage by D, latest stage first, with their stage at D. */
  items: z.array(
    internationalItemSchema
      .pick({
        id: true,
        body: true,
        committee: true,
        reference: true,
        titleEn: true,
        titleZh: true,
        chinaRole: true,
        experts: true,
        relatedStandard: true,
        stages: true,
      })
      .extend({ stage: internationalStageSchema }),
  ),
});
export type ReportInternational = z.infer<typeof reportInternationalSchema>;

import { z } from 'zod';
import { parseCreditCode } from '../domain/credit-code.ts';
import { asOfDateSchema, isoDateSchema } from './common.ts';
import { bilingual } from './messages.ts';
import { standardLevelSchema, standardStatusSchema } from './standard.ts';
import { keptAsSent } from './text.ts';

export const enterpriseSizes = ['large', 'medium', 'small', 'micro'] as const;
export const enterpriseSizeSchema = z.enum(enterpriseSizes);
export type EnterpriseSize = z.infer<typeof enterpriseSizeSchema>;

export const adoptionEvidences = [
  'certificate',
  'assessment',
  'self_assessment',
  'self_declaration',
  'training',
  'other',
] as const;
export const adoptionEvidenceSchema = z.enum(adoptionEvidences);
export type AdoptionEvidence = z.infer<typeof adoptionEvidenceSchema>;
/** Evidence that makes an implementing enterprise "certified or assessed" in the goal's split. */
export const certifyingEvidences = ['certificate', 'assessment'] as const satisfies readonly AdoptionEvidence[];

/** The guideline's 对标达标 stages (研发/设计/交付部署/运营运维/质量管理); none recorded = 未注明. */
export const adoptionStages = ['research', 'design', 'delivery', 'operations', 'quality'] as const;
export const adoptionStageSchema = z.enum(adoptionStages);
export type AdoptionStage = z.infer<typeof adoptionStageSchema>;

/**
 * A unified social credit code as typed, normalised (see domain/credit-code.ts). A wrong length or a
 * character outside the alphabet is refused here; the check character is verified by the service,
 * because an admin may record a code that fails it (with `creditCodeOverride`).
 */
export const creditCodeSchema = z
  .string()
  .max(60, bilingual('统一社会信用代码过长', 'The credit code is too long'))
  .transform((value, ctx) => {
    const parsed = parseCreditCode(value);
    if (parsed.ok) return parsed.value.canonical;
    if (parsed.described) return parsed.described.canonical;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: bilingual(parsed.error.messageZh, parsed.error.messageEn),
    });
    return z.NEVER;
  });

/** A one-line optional text, kept as sent; empty means none (null). */
const optionalText = (max: number, zh: string, en: string) =>
  keptAsSent(z.string().max(max, bilingual(zh, en)))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

/** Notes, kept exactly as sent (line breaks and spaces included); empty means none (null). */
const optionalNotes = (max: number, zh: string, en: string) =>
  z
    .string()
    .max(max, bilingual(zh, en))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

/** An admin's reason for recording a code whose check character fails. */
export const creditCodeOverrideSchema = z.strictObject({
  reason: keptAsSent(
    z
      .string()
      .min(1, bilingual('请填写仍然登记该代码的理由', 'Give the reason for recording this code anyway'))
      .max(500, bilingual('理由最多 500 个字符', 'The reason may have at most 500 characters')),
  ),
});

const enterpriseFieldsShape = {
  name: keptAsSent(
    z
      .string()
      .min(1, bilingual('请填写企业名称', 'Enter the enterprise’s name'))
      .max(200, bilingual('企业名称最多 200 个字符', 'The name may have at most 200 characters')),
  ),
  creditCode: creditCodeSchema,
  industry: optionalText(50, '行业最多 50 个字符', 'The industry may have at most 50 characters'),
  province: optionalText(50, '省份/地区最多 50 个字符', 'The province or region may have at most 50 characters'),
  size: enterpriseSizeSchema.nullable().optional(),
  notes: optionalNotes(5000, '备注最多 5000 个字符', 'Notes may have at most 5000 characters'),
};

export const createEnterpriseInputSchema = z.strictObject({
  ...enterpriseFieldsShape,
  /** Only admins, and only for a code whose check character fails (never for a wrong length or character). */
  creditCodeOverride: creditCodeOverrideSchema.optional(),
});
export type CreateEnterpriseInput = z.infer<typeof createEnterpriseInputSchema>;
export type CreateEnterpriseFormValues = z.input<typeof createEnterpriseInputSchema>;

/** A PATCH names the version it edits: a stale version is refused with 409 and the current record. */
export const updateEnterpriseInputSchema = z.strictObject({
  ...z.object(enterpriseFieldsShape).partial().shape,
  creditCodeOverride: creditCodeOverrideSchema.optional(),
  version: z
    .number({ error: bilingual('缺少版本号 version', 'The version being edited is required') })
    .int()
    .positive(),
});
export type UpdateEnterpriseInput = z.infer<typeof updateEnterpriseInputSchema>;

export const enterpriseSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  creditCode: z.string(),
  industry: z.string().nullable(),
  province: z.string().nullable(),
  size: enterpriseSizeSchema.nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  /** Set when an admin recorded a code whose check character fails. Read-only. */
  creditCodeOverride: z
    .object({ reason: z.string(), by: z.string().nullable(), at: z.string(), expectedCheckCharacter: z.string() })
    .nullable(),
  /** Adoptions of registered (not deleted) standards, and the earliest of their dates. Read-only. */
  adoptionCount: z.number().int(),
  firstAdoptedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export type Enterprise = z.infer<typeof enterpriseSchema>;

export const enterpriseSortFields = ['updatedAt', 'name', 'creditCode', 'firstAdoptedOn'] as const;

const csvText = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : value,
  z.array(z.string().max(50)).max(50),
);
const positiveId = z.coerce.number().int().positive();

export const listEnterprisesQuerySchema = z.strictObject({
  /** Name (any part) or credit code (any part, any case or width). */
  q: z.string().trim().max(100).optional(),
  industry: csvText.optional(),
  province: csvText.optional(),
  /** Enterprises with an adoption of this standard (id). */
  standard: positiveId.optional(),
  /** Enterprises with an adoption (of a registered standard) dated inside these bounds. */
  adoptedFrom: isoDateSchema.optional(),
  adoptedTo: isoDateSchema.optional(),
  deleted: z.enum(['exclude', 'only']).default('exclude'),
  sort: z.enum(enterpriseSortFields).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListEnterprisesQuery = z.infer<typeof listEnterprisesQuerySchema>;

export const enterpriseListSchema = z.object({
  items: z.array(enterpriseSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type EnterpriseList = z.infer<typeof enterpriseListSchema>;

export const enterpriseIdParamsSchema = z.strictObject({ id: z.coerce.number().int().positive() });

/** `GET /enterprises/{id}/drafted-standards`: status as of `asOf` (default today). */
export const draftedStandardsQuerySchema = z.strictObject({ asOf: asOfDateSchema });
export type DraftedStandardsQuery = z.infer<typeof draftedStandardsQuerySchema>;

/** Registered standards whose 起草单位 include the enterprise's exact name, the latest published first. */
export const draftedStandardsSchema = z.object({
  asOf: z.string(),
  items: z.array(
    z.object({
      id: z.number().int(),
      number: z.string().nullable(),
      planNumber: z.string().nullable(),
      titleZh: z.string(),
      level: standardLevelSchema,
      status: standardStatusSchema,
      publishedOn: z.string().nullable(),
    }),
  ),
});
export type DraftedStandards = z.infer<typeof draftedStandardsSchema>;

export const createAdoptionInputSchema = z.strictObject({
  enterpriseId: z
    .number({ error: bilingual('请选择企业', 'Choose the enterprise') })
    .int()
    .positive(),
  standardId: z
    .number({ error: bilingual('请选择标准', 'Choose the standard') })
    .int()
    .positive(),
  adoptedOn: isoDateSchema,
  evidence: adoptionEvidenceSchema,
  /** Where the standard is applied; duplicates are dropped, empty = not stated (未注明). */
  stages: z
    .array(adoptionStageSchema)
    .max(adoptionStages.length)
    .transform((stages) => adoptionStages.filter((stage) => stages.includes(stage)))
    .optional(),
  /** A third-party assessment's body (评估/测评机构) and result; only with evidence `assessment`. */
  assessmentBody: optionalText(200, '评估机构最多 200 个字符', 'The assessing body may have at most 200 characters'),
  assessmentResult: optionalText(
    200,
    '评估结果最多 200 个字符',
    'The assessment result may have at most 200 characters',
  ),
  /** A certificate number, report reference or link. */
  reference: optionalText(500, '证明材料编号或链接最多 500 个字符', 'The reference may have at most 500 characters'),
  notes: optionalNotes(2000, '备注最多 2000 个字符', 'Notes may have at most 2000 characters'),
});
export type CreateAdoptionInput = z.infer<typeof createAdoptionInputSchema>;
export type CreateAdoptionFormValues = z.input<typeof createAdoptionInputSchema>;

export const adoptionSchema = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  standardId: z.number().int(),
  adoptedOn: z.string(),
  evidence: adoptionEvidenceSchema,
  stages: z.array(adoptionStageSchema),
  assessmentBody: z.string().nullable(),
  assessmentResult: z.string().nullable(),
  reference: z.string().nullable(),
  notes: z.string().nullable(),
  /** Read-only extras for lists: who adopted what. */
  enterpriseName: z.string(),
  enterpriseCreditCode: z.string(),
  standardNumber: z.string().nullable(),
  standardPlanNumber: z.string().nullable(),
  standardTitleZh: z.string(),
  standardTitleEn: z.string().nullable(),
  /** A deleted standard's adoptions are kept but not counted. */
  standardDeleted: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type Adoption = z.infer<typeof adoptionSchema>;

export const listAdoptionsQuerySchema = z.strictObject({
  enterprise: positiveId.optional(),
  standard: positiveId.optional(),
  /** Enterprise name or credit code, or the standard's number or title. */
  q: z.string().trim().max(100).optional(),
  industry: csvText.optional(),
  province: csvText.optional(),
  adoptedFrom: isoDateSchema.optional(),
  adoptedTo: isoDateSchema.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListAdoptionsQuery = z.infer<typeof listAdoptionsQuerySchema>;

export const adoptionListSchema = z.object({
  items: z.array(adoptionSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AdoptionList = z.infer<typeof adoptionListSchema>;

export const adoptionIdParamsSchema = z.strictObject({ id: z.coerce.number().int().positive() });

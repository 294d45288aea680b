import { z } from 'zod';
import { normaliseCommittee } from '../domain/committees.ts';
import { parseInternationalReference } from '../domain/international-reference.ts';
import { countableLevels, parsePlanNumber, parseStandardNumber } from '../domain/standard-number.ts';
import { milestones, standardStatuses } from '../domain/standard-status.ts';
import { asOfDateSchema, isoDateSchema, isoMonthSchema } from './common.ts';
import { bilingual } from './messages.ts';
import { keptAsSent, outerWhiteSpaceMessage } from './text.ts';

export const standardLevelSchema = z.enum(['national', 'industry', 'group', 'local', 'other']);
/** The levels a target set may count (local standards and alliance/enterprise documents never count). */
export const countableLevelSchema = z.enum(countableLevels);
export type StandardLevelValue = z.infer<typeof standardLevelSchema>;
export const standardKindSchema = z.enum(['new', 'revision']);
export type StandardKind = z.infer<typeof standardKindSchema>;
export const standardStatusSchema = z.enum(standardStatuses);
export const adoptionDegreeSchema = z.enum(['IDT', 'MOD', 'NEQ']);

type NumberParser = (
  input: string,
) => { ok: true; value: { canonical: string } } | { ok: false; error: { messageZh: string; messageEn: string } };

/** Text (checked by `text` first) normalised by one of the number parsers, whose bilingual error becomes the field's. */
function normalisedBy(parse: NumberParser, text: z.ZodString) {
  return text.transform((value, ctx) => {
    const parsed = parse(value);
    if (parsed.ok) return parsed.value.canonical;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: bilingual(parsed.error.messageZh, parsed.error.messageEn),
    });
    return z.NEVER;
  });
}

/** A standard number in any accepted variant, normalised to `PREFIX SEQ-YEAR` (see domain/standard-number.ts). */
export const standardNumberSchema = normalisedBy(
  parseStandardNumber,
  z.string().max(100, bilingual('标准号过长', 'The number is too long')),
);

/** A plan number (计划号), normalised. */
export const planNumberSchema = normalisedBy(
  parsePlanNumber,
  z.string().max(50, bilingual('计划号过长', 'The plan number is too long')),
);

export const directionCodeSchema = z
  .string()
  .regex(
    /^(\d{2}|[A-Z])(\.\d{1,2}){0,3}$/,
    bilingual('研制方向编码格式应如 B.2.1 或 02.2.4', 'A direction code looks like B.2.1 or 02.2.4'),
  );

/**
 * 归口 committee, one code per committee (`SAC/TC 28/SC 38`, `TC28SC38`, `全国信息技术标准化技术委员会(SAC/TC 28)`
 * → `TC28/SC38`, `TC28`; see domain/committees.ts); other names (e.g. an industry body) are kept exactly as
 * written, so white space at their ends is refused, not trimmed.
 */
export const committeeSchema = z
  .string()
  .min(1, bilingual('归口单位不能为空', 'The committee cannot be empty'))
  .max(100, bilingual('归口单位最多 100 个字符', 'The committee may have at most 100 characters'))
  .transform((value, ctx) => {
    const normalised = normaliseCommittee(value);
    const refused = normalised === value ? outerWhiteSpaceMessage(value) : null;
    if (refused === null) return normalised;
    ctx.issues.push({ code: 'custom', input: value, message: refused });
    return z.NEVER;
  });

export const internationalAdoptionSchema = z.strictObject({
  /** Normalised (`ISO/IEC 17788：2014` → `ISO/IEC 17788:2014`), so one international standard is one reference. */
  ref: normalisedBy(
    parseInternationalReference,
    z
      .string()
      .trim()
      .min(3, bilingual('请填写国际标准号', 'Enter the international standard’s number'))
      .max(100, bilingual('国际标准号过长', 'The international reference is too long')),
  ),
  degree: adoptionDegreeSchema,
});

/** An adopted international standard as the API returns it: the reference and its parts. */
export const internationalAdoptionViewSchema = z.object({
  ref: z.string(),
  degree: adoptionDegreeSchema,
  body: z.string().nullable(),
  number: z.string().nullable(),
  year: z.number().int().nullable(),
});
export type InternationalAdoptionView = z.infer<typeof internationalAdoptionViewSchema>;

/** The API's view of an adopted reference: its parts read from the normalised reference. */
export function internationalAdoptionView(ref: string, degree: z.infer<typeof adoptionDegreeSchema>) {
  const parsed = parseInternationalReference(ref);
  return parsed.ok
    ? {
        ref: parsed.value.canonical,
        degree,
        body: parsed.value.body,
        number: parsed.value.number,
        year: parsed.value.year,
      }
    : { ref, degree, body: null, number: null, year: null };
}

const milestoneDateSchema = isoDateSchema.nullable();
const milestoneShape = Object.fromEntries(milestones.map((m) => [m.field, milestoneDateSchema.optional()])) as {
  [K in (typeof milestones)[number]['field']]: z.ZodOptional<typeof milestoneDateSchema>;
};

const tagSchema = keptAsSent(
  z
    .string()
    .min(1, bilingual('标签不能为空', 'A tag cannot be empty'))
    .max(30, bilingual('标签最多 30 个字符', 'A tag may have at most 30 characters')),
);

/** One extension of a plan (延期): when it was granted, the new due date, and why. */
export const planExtensionSchema = z.strictObject({
  grantedOn: isoDateSchema,
  dueOn: isoDateSchema,
  reason: z
    .string()
    .trim()
    .min(1, bilingual('请填写延期原因', 'Enter the reason for the extension'))
    .max(500, bilingual('延期原因最多 500 个字符', 'The reason may have at most 500 characters')),
});
export type PlanExtension = z.infer<typeof planExtensionSchema>;

const draftingOrganisationSchema = z
  .string()
  .trim()
  .min(1, bilingual('起草单位名称不能为空', 'A drafting organisation’s name cannot be empty'))
  .max(200, bilingual('起草单位名称最多 200 个字符', 'A drafting organisation’s name may have at most 200 characters'));

/** The writable fields of a standard; level and sector come from the number (or plan number). */
const standardFieldsShape = {
  number: standardNumberSchema.nullable().optional(),
  planNumber: planNumberSchema.nullable().optional(),
  /** Only needed when neither number tells it: a group project without a number yet. */
  level: standardLevelSchema.optional(),
  titleZh: keptAsSent(
    z
      .string()
      .min(1, bilingual('请填写中文标准名称', 'Enter the Chinese title'))
      .max(500, bilingual('标准名称最多 500 个字符', 'The title may have at most 500 characters')),
  ),
  titleEn: keptAsSent(
    z.string().max(500, bilingual('英文名称最多 500 个字符', 'The English title may have at most 500 characters')),
  )
    .nullable()
    .optional(),
  kind: standardKindSchema.optional(),
  replaces: z.array(standardNumberSchema).max(20).optional(),
  directions: z
    .array(directionCodeSchema)
    .min(1, bilingual('至少选择一个研制方向', 'Choose at least one research direction'))
    .max(50),
  ...milestoneShape,
  committee: committeeSchema.nullable().optional(),
  international: internationalAdoptionSchema.nullable().optional(),
  /** 计划下达日期: with the period, the plan's due date (shared/src/domain/plan-schedule.ts). */
  planIssuedOn: isoDateSchema.nullable().optional(),
  /** 项目周期 in whole months. */
  planPeriodMonths: z
    .number({ error: bilingual('项目周期应为月数', 'The period must be a number of months') })
    .int(bilingual('项目周期应为整月数', 'The period must be whole months'))
    .min(1, bilingual('项目周期应至少 1 个月', 'The period must be at least one month'))
    .max(120, bilingual('项目周期最多 120 个月', 'The period may be at most 120 months'))
    .nullable()
    .optional(),
  /** 延期: each with its new due date; the latest applies. */
  planExtensions: z.array(planExtensionSchema).max(20).optional(),
  /** 起草单位, in the order of the standard's foreword. */
  draftingOrganisations: z.array(draftingOrganisationSchema).max(50).optional(),
  tags: z.array(tagSchema).max(20).optional(),
  notes: z
    .string()
    .max(5000, bilingual('备注最多 5000 个字符', 'Notes may have at most 5000 characters'))
    .nullable()
    .optional(),
};

export const createStandardInputSchema = z.strictObject({
  ...standardFieldsShape,
  /** The explicit choice to record a new edition of a registered family as new (制定), not as its revision; audited. */
  saveAsNew: z.boolean().optional(),
});
export type CreateStandardInput = z.infer<typeof createStandardInputSchema>;
export type CreateStandardFormValues = z.input<typeof createStandardInputSchema>;

/** A PATCH names the version it edits: a stale version is refused with 409 and the current record. */
export const updateStandardInputSchema = z
  .strictObject(standardFieldsShape)
  .partial()
  .extend({
    /** As on create: keeping a changed number that is a later edition of a registered family as new (制定). */
    saveAsNew: z.boolean().optional(),
    version: z
      .number({ error: bilingual('缺少版本号 version', 'The version being edited is required') })
      .int()
      .positive(),
  });
export type UpdateStandardInput = z.infer<typeof updateStandardInputSchema>;

export const standardSchema = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  planNumber: z.string().nullable(),
  level: standardLevelSchema,
  sector: z.string().nullable(),
  titleZh: z.string(),
  titleEn: z.string().nullable(),
  kind: standardKindSchema,
  replaces: z.array(z.string()),
  directions: z.array(z.string()),
  approvedOn: z.string().nullable(),
  draftOn: z.string().nullable(),
  submittedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  inForceOn: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  /** Computed as of the request's `asOf` (default today); read-only. */
  status: standardStatusSchema,
  committee: z.string().nullable(),
  international: internationalAdoptionViewSchema.nullable(),
  planIssuedOn: z.string().nullable(),
  planPeriodMonths: z.number().int().nullable(),
  planExtensions: z.array(z.object({ grantedOn: z.string(), dueOn: z.string(), reason: z.string() })),
  /** Computed: the latest extension's due date, else the issue date plus the period; null without a plan. */
  planDueOn: z.string().nullable(),
  /** Computed as of `asOf`: past the due date and not published (超期). */
  planOverdue: z.boolean(),
  draftingOrganisations: z.array(z.string()),
  /** The province code of a local standard (`DB11/T …` → `11`), else null. */
  province: z.string().nullable(),
  /** The registered standard that replaces this one (its number), kept by the server from the successor's `replaces`. */
  replacedBy: z.string().nullable(),
  /** The successor's in-force date: from then on, once withdrawn, this standard is 被代替 (replaced). */
  replacedOn: z.string().nullable(),
  /** True when `withdrawnOn` was derived from the successor's in-force date (removed with the replacement). */
  withdrawalDerived: z.boolean(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export type Standard = z.infer<typeof standardSchema>;

/** The fields a person edits: what audit snapshots hold, history compares and imports change. */
export const standardContentFields = [
  'number',
  'planNumber',
  'level',
  'sector',
  'titleZh',
  'titleEn',
  'kind',
  'replaces',
  'directions',
  'approvedOn',
  'draftOn',
  'submittedOn',
  'publishedOn',
  'inForceOn',
  'withdrawnOn',
  'committee',
  'international',
  'planIssuedOn',
  'planPeriodMonths',
  'planExtensions',
  'draftingOrganisations',
  'tags',
  'notes',
] as const satisfies readonly (keyof Standard)[];
export type StandardContent = Pick<Standard, (typeof standardContentFields)[number]>;

export const standardSortFields = ['number', 'titleZh', 'publishedOn', 'updatedAt', 'level'] as const;

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value), z.array(item));

/**
 * The list's query. `countedFor` (a target set's key) keeps exactly the standards that set counts at
 * `asOf` — the engine's own rule, server/src/sql/counted.ts — and `month` (with it, not after `asOf`)
 * moves that date to the month's end: the cumulative chart's point for that month.
 */
export const listStandardsQueryObjectSchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  level: csv(standardLevelSchema).optional(),
  kind: csv(standardKindSchema).optional(),
  status: csv(standardStatusSchema).optional(),
  asOf: asOfDateSchema,
  countedFor: z.string().trim().min(1).max(100).optional(),
  month: isoMonthSchema.optional(),
  /**
   * The edition the list follows: `direction` and `part` must be its codes, and each standard's `directions`
   * are its directions there (filed, derived through the crosswalk, or an editor's override). Omitted: codes
   * of any edition filter, and `directions` are the ones the standard is filed under.
   */
  framework: z.string().trim().min(1).max(100).optional(),
  direction: csv(directionCodeSchema).optional(),
  part: csv(
    z
      .string()
      .regex(
        /^(\d{2}|[A-Z])$/,
        bilingual(
          '部分编码应为两位数字或一个大写字母，如 02 或 B',
          'A part code is two digits or a capital letter, e.g. 02 or B',
        ),
      ),
  ).optional(),
  committee: z.string().trim().max(100).optional(),
  /** Local standards of a province (its two-digit code, `11` 北京). */
  province: z
    .string()
    .regex(/^\d{2}$/, bilingual('省级代码应为两位数字，如 11', 'A province code has two digits, e.g. 11'))
    .optional(),
  publishedFrom: isoDateSchema.optional(),
  publishedTo: isoDateSchema.optional(),
  /** Soft-deleted standards: left out by default; `only` lists them (editors restore from there). */
  deleted: z.enum(['exclude', 'only']).default('exclude'),
  sort: z.enum(standardSortFields).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** `month` only narrows `countedFor`, and a month after the as-of date has no point to list. */
export function checkCountedMonth(
  query: { asOf: string; countedFor?: string | undefined; month?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (query.month === undefined) return;
  if (query.countedFor === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['month'],
      message: bilingual('month 只能与 countedFor 一起使用', 'month can only be used with countedFor'),
    });
  } else if (query.month > query.asOf.slice(0, 7)) {
    ctx.addIssue({
      code: 'custom',
      path: ['month'],
      message: bilingual(
        `月份 ${query.month} 晚于截至日期 ${query.asOf}`,
        `The month ${query.month} is after the as-of date ${query.asOf}`,
      ),
    });
  }
}

export const listStandardsQuerySchema = listStandardsQueryObjectSchema.superRefine(checkCountedMonth);
export type ListStandardsQuery = z.infer<typeof listStandardsQuerySchema>;
/** The list's query as a caller writes it: the as-of date may be left out (the schema resolves it). */
export type ListStandardsRequest = Omit<ListStandardsQuery, 'asOf'> &
  Partial<Pick<z.input<typeof listStandardsQuerySchema>, 'asOf'>>;

export const standardListSchema = z.object({
  items: z.array(standardSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type StandardList = z.infer<typeof standardListSchema>;

export const standardIdParamsSchema = z.strictObject({ id: z.coerce.number().int().positive() });
export const asOfQuerySchema = z.strictObject({ asOf: asOfDateSchema });

/** A replacement chain, oldest first (2014 → 2023 → …); a number not in the registry has no id. */
export const replacementChainSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int().nullable(),
      number: z.string(),
      titleZh: z.string().nullable(),
      publishedOn: z.string().nullable(),
      inForceOn: z.string().nullable(),
      withdrawnOn: z.string().nullable(),
      status: standardStatusSchema.nullable(),
    }),
  ),
});
export type ReplacementChain = z.infer<typeof replacementChainSchema>;

/** Replaced numbers that are not in the registry: "successor recorded, predecessor unknown". */
export const unknownPredecessorListSchema = z.object({
  items: z.array(
    z.object({
      predecessor: z.string(),
      successor: z.object({ id: z.number().int(), number: z.string().nullable(), titleZh: z.string() }),
    }),
  ),
});
export type UnknownPredecessorList = z.infer<typeof unknownPredecessorListSchema>;

export const standardHistoryEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type StandardHistoryEntry = z.infer<typeof standardHistoryEntrySchema>;
export const standardHistorySchema = z.array(standardHistoryEntrySchema);

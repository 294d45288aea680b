import { z } from 'zod';
import { asOfDateSchema, isoDateSchema } from './common.ts';
import {
  coverageRowSchema,
  coverageStateSchema,
  dashboardSummarySchema,
  frameworkRefSchema,
  milestonesResponseSchema,
  timelinePointSchema,
  timelineResponseSchema,
} from './dashboard.ts';
import { directionPathSchema } from './framework.ts';
import { eventKindSchema, eventModeSchema } from './event.ts';
import { internationalSummarySchema, reportInternationalSchema } from './international-item.ts';
import { bilingual } from './messages.ts';
import {
  adoptionDegreeSchema,
  checkCountedMonth,
  listStandardsQueryObjectSchema,
  standardKindSchema,
  standardLevelSchema,
  standardStatusSchema,
} from './standard.ts';

/** The language of an export's headers and labels; Chinese unless asked otherwise. */
export const reportLangSchema = z.enum(['zh', 'en']);
export type ReportLang = z.infer<typeof reportLangSchema>;

export const reportFormatSchema = z.enum(['pdf', 'xlsx', 'csv']);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

/** The formats a progress report (live or a snapshot's) is rendered in. */
export const progressReportFormatSchema = z.enum(['pdf', 'xlsx'], {
  error: bilingual('报告格式应为 pdf 或 xlsx', 'The report format is pdf or xlsx'),
});
export const progressReportParamsSchema = z.strictObject({ format: progressReportFormatSchema });

/**
 * A progress report: as of a date (default today in Beijing), for a target set (default the default set),
 * listing what was published from `since` (default: three months before the as-of date) to the as-of date.
 */
export const progressReportQuerySchema = z.strictObject({
  asOf: asOfDateSchema,
  targetSet: z.string().trim().max(100).optional(),
  /** The edition the report follows (unknown → 404); omitted: the target set's, else the default framework. */
  framework: z.string().trim().min(1).max(100).optional(),
  since: isoDateSchema.optional(),
  lang: reportLangSchema.default('zh'),
});
export type ProgressReportQuery = z.infer<typeof progressReportQuerySchema>;

/** The standards list as CSV: the list's own filters and sort (no paging: every matching standard). */
export const standardsCsvQuerySchema = listStandardsQueryObjectSchema
  .omit({ page: true, pageSize: true })
  .extend({ lang: reportLangSchema.default('zh') })
  .superRefine(checkCountedMonth);
export type StandardsCsvQuery = z.infer<typeof standardsCsvQuerySchema>;

export const coverageCsvQuerySchema = z.strictObject({
  asOf: asOfDateSchema,
  framework: z.string().trim().min(1).max(100).optional(),
  lang: reportLangSchema.default('zh'),
});
export type CoverageCsvQuery = z.infer<typeof coverageCsvQuerySchema>;

/** A standard as a report lists it: its recorded fields, its status at the report's date and its directions. */
export const reportStandardSchema = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  planNumber: z.string().nullable(),
  titleZh: z.string(),
  titleEn: z.string().nullable(),
  level: standardLevelSchema,
  sector: z.string().nullable(),
  kind: standardKindSchema,
  replaces: z.array(z.string()),
  status: standardStatusSchema,
  approvedOn: z.string().nullable(),
  draftOn: z.string().nullable(),
  submittedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  inForceOn: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  committee: z.string().nullable(),
  international: z.object({ ref: z.string(), degree: adoptionDegreeSchema }).nullable(),
  /** 起草单位 (snapshots published before they were recorded have none). */
  draftingOrganisations: z.array(z.string()).default([]),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  directions: z.array(z.string()),
});
export type ReportStandard = z.infer<typeof reportStandardSchema>;

/** An adopting enterprise as a report lists it: counted once, with the standards it adopted by the date. */
export const reportEnterpriseSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  creditCode: z.string(),
  industry: z.string().nullable(),
  province: z.string().nullable(),
  size: z.string().nullable(),
  /** Null for an enterprise reached by training only. */
  firstAdoptedOn: z.string().nullable(),
  /** The first counted event it attended (absent in snapshots published before events existed). */
  firstTrainedOn: z.string().nullable().optional(),
  /** Numbers (or plan numbers) of the standards adopted on or before the date. */
  standards: z.array(z.string()),
});
export type ReportEnterprise = z.infer<typeof reportEnterpriseSchema>;

export const reportPartSchema = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

/**
 * Everything a progress report shows, computed once: the live report renders it straight away, a
 * snapshot stores it, so a published snapshot renders from its own numbers forever.
 */
/**
 * Snapshots frozen before 宣贯 events existed counted implementing enterprises only and kept no split:
 * they read as implementing-only, everything counted implementing, the certified part not recorded (0).
 */
const frozenEnterprisesSchema = z.preprocess((value) => {
  if (value === null || typeof value !== 'object' || 'reached' in value) return value;
  const counted = (value as { counted?: unknown }).counted;
  return {
    counting: 'implementing_only',
    reached: counted,
    trainedOnly: 0,
    implementing: counted,
    certified: 0,
    funnel: { trained: 0, implementing: 0 },
    ...value,
  };
}, dashboardSummarySchema.shape.enterprises);

/** A 宣贯 event as a report lists it (live, started on or before the as-of date). */
export const reportEventSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: eventKindSchema,
  mode: eventModeSchema,
  startsOn: z.string(),
  endsOn: z.string(),
  organiser: z.string().nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  standards: z.array(z.string()),
  attendees: z.number().int(),
  participants: z.number().int(),
});
export type ReportEvent = z.infer<typeof reportEventSchema>;

export const reportDataSchema = z.object({
  asOf: z.string(),
  since: z.string(),
  // Snapshots frozen before the editions existed followed the draft, then the only framework.
  summary: dashboardSummarySchema.extend({
    // Snapshots frozen before international items were recorded hold only the conversion share's counts.
    international: internationalSummarySchema.extend({
      share: internationalSummarySchema.shape.share.default(null),
      items: internationalSummarySchema.shape.items.nullable().default(null),
      led: internationalSummarySchema.shape.led.nullable().default(null),
    }),
    framework: frameworkRefSchema.default({
      key: 'cloud-computing-draft',
      nameZh: '云计算综合标准化体系建设指南（征求意见稿）',
      nameEn: 'Cloud Computing Comprehensive Standardization System Construction Guideline (draft for comment)',
      edition: '征求意见稿 (draft for comment)',
    }),
    enterprises: frozenEnterprisesSchema,
  }),
  // Snapshots frozen before coverage rows had paths followed the draft, whose leaf names do not repeat.
  coverage: z.array(
    z.preprocess(
      (row) =>
        row !== null && typeof row === 'object' && !('path' in row) && 'nameZh' in row && 'nameEn' in row
          ? { ...row, path: { zh: row.nameZh, en: row.nameEn } }
          : row,
      coverageRowSchema,
    ),
  ),
  timeline: timelineResponseSchema.extend({
    points: z.array(
      timelinePointSchema.extend({ enterprisesSplit: timelinePointSchema.shape.enterprisesSplit.default(null) }),
    ),
  }),
  milestones: milestonesResponseSchema.shape.items,
  parts: z.array(reportPartSchema),
  /** The standards counted toward the set's goal at the as-of date. */
  counted: z.array(reportStandardSchema),
  /** Standards of any level published from `since` to the as-of date. */
  published: z.array(reportStandardSchema),
  /** 宣贯 events held by the as-of date (null in snapshots frozen before events were recorded). */
  events: z.array(reportEventSchema).nullable().default(null),
  /** Adopting enterprises counted at the as-of date. */
  enterprises: z.array(reportEnterpriseSchema),
  /** International work at the as-of date (null in snapshots frozen before it was recorded). */
  international: reportInternationalSchema.nullable().default(null),
});
export type ReportData = z.infer<typeof reportDataSchema>;

const snapshotNameSchema = z
  .string()
  .trim()
  .min(1, bilingual('请填写快照名称，如 2026-Q3', 'Name the snapshot, e.g. 2026-Q3'))
  .max(50, bilingual('快照名称最多 50 个字符', 'A snapshot name may have at most 50 characters'));

export const createSnapshotInputSchema = z.strictObject({
  name: snapshotNameSchema,
  asOf: isoDateSchema,
  targetSet: z.string().trim().max(100).optional(),
  /** The edition the snapshot follows; omitted: the target set's, else the default framework. */
  framework: z.string().trim().min(1).max(100).optional(),
  since: isoDateSchema.optional(),
});
export type CreateSnapshotInput = z.infer<typeof createSnapshotInputSchema>;

export const snapshotIdParamsSchema = z.strictObject({ id: z.coerce.number().int().positive() });
export const snapshotReportParamsSchema = snapshotIdParamsSchema.extend({ format: progressReportFormatSchema });
export const snapshotCompareParamsSchema = z.strictObject({
  a: z.coerce.number().int().positive(),
  b: z.coerce.number().int().positive(),
});
export const snapshotReportQuerySchema = z.strictObject({ lang: reportLangSchema.default('zh') });

/** A published snapshot as listed: its name, date, set, who published it and its headline figures. */
export const snapshotSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  asOf: z.string(),
  since: z.string(),
  targetSet: z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string() }),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  standards: z.object({ counted: z.number().int(), goal: z.number().int() }),
  coverage: z.object({ covered: z.number().int(), total: z.number().int() }),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
export const snapshotListSchema = z.object({ items: z.array(snapshotSchema) });
export type SnapshotList = z.infer<typeof snapshotListSchema>;

export const snapshotDetailSchema = snapshotSchema.extend({ data: reportDataSchema });
export type SnapshotDetail = z.infer<typeof snapshotDetailSchema>;

const kpiKeys = [
  'standardsCounted',
  'standardsExpected',
  'enterprisesCounted',
  'directionsCovered',
  'directionsGroupOnly',
  'directionsGaps',
  'partsCovered',
  'forecastProjected',
] as const;
export const snapshotKpiKeySchema = z.enum(kpiKeys);

const standardRefSchema = reportStandardSchema.pick({ id: true, number: true, planNumber: true, titleZh: true });

/** What changed from snapshot `from` to snapshot `to`, and why where the data says. */
export const snapshotComparisonSchema = z.object({
  from: snapshotSchema,
  to: snapshotSchema,
  kpis: z.array(
    z.object({ key: snapshotKpiKeySchema, from: z.number().nullable(), to: z.number().nullable(), delta: z.number() }),
  ),
  standards: z.object({
    /** Counted in `to` but not in `from`. */
    added: z.array(reportStandardSchema),
    /** Counted in `from` but not in `to`, with the reason the later data gives. */
    removed: z.array(
      reportStandardSchema.extend({ reason: z.enum(['withdrawn', 'no-longer-counted', 'not-in-registry']) }),
    ),
    /** Counted in both, in other directions. */
    moved: z.array(standardRefSchema.extend({ from: z.array(z.string()), to: z.array(z.string()) })),
    /** Counted in both, with other field values (a correction). */
    changed: z.array(
      standardRefSchema.extend({
        changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
      }),
    ),
  }),
  coverage: z.array(
    z.object({
      code: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      path: directionPathSchema,
      from: coverageStateSchema.nullable(),
      to: coverageStateSchema.nullable(),
    }),
  ),
});
export type SnapshotComparison = z.infer<typeof snapshotComparisonSchema>;

import { z } from 'zod';
import { isoDateSchema } from './common.ts';
import { directionSuggestionSchema } from './framework.ts';
import { bilingual } from './messages.ts';

/**
 * Bulk import (PRODUCT.md §8): a dry run reports what each spreadsheet row would do; a commit applies
 * all rows in one transaction or none. The same report shape answers both.
 */

/** The columns of a standards spreadsheet: `key` is the English header, `zh` the Chinese one. */
export const standardImportColumns = [
  { key: 'number', zh: '标准号' },
  { key: 'title_zh', zh: '标准名称' },
  { key: 'title_en', zh: '英文名称' },
  { key: 'directions', zh: '研制方向' },
  { key: 'published_on', zh: '发布日期' },
  { key: 'implemented_on', zh: '实施日期' },
  { key: 'withdrawn_on', zh: '废止日期' },
  { key: 'approved_on', zh: '立项日期' },
  { key: 'draft_on', zh: '征求意见日期' },
  { key: 'submitted_on', zh: '报批日期' },
  { key: 'plan_number', zh: '计划号' },
  { key: 'plan_issued_on', zh: '计划下达日期' },
  { key: 'plan_period_months', zh: '项目周期（月）' },
  { key: 'committee', zh: '归口单位' },
  { key: 'international', zh: '采用国际标准' },
  { key: 'kind', zh: '制修订' },
  { key: 'replaces', zh: '代替标准' },
  { key: 'drafting_organisations', zh: '起草单位' },
  { key: 'tags', zh: '标签' },
  { key: 'notes', zh: '备注' },
] as const;
export type StandardImportColumnKey = (typeof standardImportColumns)[number]['key'];

/**
 * The columns of an adoptions spreadsheet (贯标记录): one row per enterprise and standard. The
 * enterprise is matched by its credit code, or created from the row; the standard by its number.
 */
export const adoptionImportColumns = [
  { key: 'enterprise', zh: '企业名称' },
  { key: 'credit_code', zh: '统一社会信用代码' },
  { key: 'industry', zh: '行业' },
  { key: 'province', zh: '省份' },
  { key: 'size', zh: '企业规模' },
  { key: 'standard_number', zh: '标准号' },
  { key: 'adopted_on', zh: '实施日期' },
  { key: 'evidence', zh: '证明类型' },
  { key: 'reference', zh: '证明材料' },
  { key: 'stages', zh: '应用环节' },
  { key: 'assessment_body', zh: '评估机构' },
  { key: 'assessment_result', zh: '评估结果' },
  { key: 'notes', zh: '备注' },
] as const;
export type AdoptionImportColumnKey = (typeof adoptionImportColumns)[number]['key'];

/** The columns of a 宣贯 event's attendee list: one row per attending enterprise. */
export const attendeeImportColumns = [
  { key: 'enterprise', zh: '企业名称' },
  { key: 'credit_code', zh: '统一社会信用代码' },
  { key: 'participants', zh: '参会人数' },
  { key: 'notes', zh: '备注' },
] as const;
export type AttendeeImportColumnKey = (typeof attendeeImportColumns)[number]['key'];

export const importKinds = ['standards', 'adoptions', 'attendees'] as const;
export const importKindSchema = z.enum(importKinds);
export type ImportKind = (typeof importKinds)[number];

export const importActionSchema = z.enum(['create', 'update', 'unchanged', 'error']);
export type ImportAction = z.infer<typeof importActionSchema>;

/** One problem of one row; `column` is the column's key (e.g. `published_on`), null for the row as a whole. */
export const importRowErrorSchema = z.object({
  column: z.string().nullable(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** A field an update changes (or a create sets), in the API's field names and values. */
export const importChangeSchema = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export type ImportChange = z.infer<typeof importChangeSchema>;

/** A column of the file: its header as written, its 0-based position, and the key it was matched to (null: ignored). */
export const importColumnSchema = z.object({
  index: z.number().int(),
  header: z.string(),
  key: z.string().nullable(),
});
export type ImportColumn = z.infer<typeof importColumnSchema>;

/** The enterprise an adoption row names: registered (matched by credit code) or new (created by the commit). */
export const importRowEnterpriseSchema = z.object({
  /** Null until a commit creates a new enterprise. */
  id: z.number().int().nullable(),
  creditCode: z.string(),
  /** The registered name, or (new) the name the file gives; null when no row gives one. */
  name: z.string().nullable(),
  isNew: z.boolean(),
});
export type ImportRowEnterprise = z.infer<typeof importRowEnterpriseSchema>;

export const importRowSchema = z.object({
  /** The spreadsheet's own row number: the header is row 1 (or wherever it stands). */
  row: z.number().int(),
  /** The normalised standard number (or plan number) the row is about, when it could be read. */
  number: z.string().nullable(),
  /** For adoptions: what happens to the adoption of that standard by the row's enterprise. */
  action: importActionSchema,
  errors: z.array(importRowErrorSchema),
  changes: z.array(importChangeSchema),
  /** Standards: the record the row updates, leaves unchanged or (after a commit) created. Adoptions: the standard adopted. */
  standardId: z.number().int().nullable(),
  /** The row's cells as text, one per entry of `columns`. */
  cells: z.array(z.string()),
  /** Things worth a look that do not stop the import (adoptions: a name differing from the registered one; standards: an earlier edition of a number recorded as new). */
  warnings: z.array(importRowErrorSchema).optional(),
  /** Standards: directions the import suggested for an empty 研制方向 cell ("suggested — check"); a commit needs them confirmed. */
  suggested: z.array(z.string()).optional(),
  /** Adoptions only: the enterprise, when the row's credit code could be read. */
  enterprise: importRowEnterpriseSchema.nullable().optional(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importTotalsSchema = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  error: z.number().int(),
  /** Adoptions only: the enterprises the import creates (distinct new credit codes on rows without errors). */
  newEnterprises: z.number().int().optional(),
});
export type ImportTotals = z.infer<typeof importTotalsSchema>;

export const importReportSchema = z.object({
  /** What the file holds (which endpoint was called). */
  kind: importKindSchema,
  /** Set when a commit was attempted (and recorded), whether it was applied or refused. */
  importId: z.number().int().optional(),
  dryRun: z.boolean(),
  committed: z.boolean(),
  fileName: z.string(),
  /** The worksheet read (XLSX only), and all worksheets of the workbook to choose from. */
  sheet: z.string().optional(),
  sheets: z.array(z.string()).optional(),
  /** The row holding the headers (1 unless title rows stand above it). */
  headerRow: z.number().int(),
  /** Standards: the edition (framework key) whose direction codes and names the file was read in. */
  framework: z.string().optional(),
  totals: importTotalsSchema,
  columns: z.array(importColumnSchema),
  /** Headers that match no known column: reported, and ignored. */
  unknownColumns: z.array(z.string()),
  rows: z.array(importRowSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

const booleanText = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'], { error: bilingual('应为 true 或 false', 'must be true or false') })
    .default(fallback)
    .transform((value) => value === 'true');

/**
 * `dryRun` defaults to true: nothing is written unless asked; `format=xlsx` returns the report as a workbook;
 * `confirmSuggested=true` accepts every suggested direction of the rows (else a commit with any is refused).
 */
export const importQuerySchema = z.strictObject({
  dryRun: booleanText('true'),
  confirmSuggested: booleanText('false'),
  sheet: z.string().trim().min(1).max(100).optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});
/**
 * A standards import may name the edition its directions column is written in (`framework=<key>`): codes
 * and names resolve there only, another edition's codes refused per cell. Omitted: names resolve in the
 * default edition first, and codes of any loaded edition are read (codes are unique across editions).
 */
export const standardsImportQuerySchema = importQuerySchema.extend({
  framework: z.string().trim().min(1).max(100).optional(),
});
export type ImportQuery = z.infer<typeof standardsImportQuerySchema>;

/** An attendee list names the event it adds to. */
export const attendeeImportQuerySchema = importQuerySchema.extend({
  event: z.coerce
    .number({ error: bilingual('请指定活动 event', 'Name the event (event=<id>)') })
    .int()
    .positive(),
});
export type AttendeeImportQuery = z.infer<typeof attendeeImportQuerySchema>;

/** The upload limit (also checked by the client before sending). */
export const IMPORT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The most data rows one file may hold. */
export const IMPORT_MAX_ROWS = 20_000;

/** `POST /imports/announcement/read`: the text copied from an announcement, and the edition to suggest from. */
export const announcementReadInputSchema = z.strictObject({
  text: z.string(bilingual('请粘贴公告中的标准列表', 'paste the announcement’s table of standards')),
  framework: z.string().trim().min(1).max(100).optional(),
});
export type AnnouncementReadInput = z.infer<typeof announcementReadInputSchema>;

/** One row of a pasted announcement as read: what it says, how cloud-related it is, and suggested directions. */
export const announcementRowSchema = z.object({
  /** The line of the pasted text the row starts on. */
  line: z.number().int(),
  sequence: z.number().int().nullable(),
  number: z.string().nullable(),
  numberText: z.string(),
  titleZh: z.string(),
  replaces: z.array(z.string()),
  inForceOn: z.string().nullable(),
  errors: z.array(importRowErrorSchema),
  /** 0–1: how likely a cloud standard (云 words, cloud technologies, a very similar registered standard). */
  relevance: z.number(),
  relevanceWords: z.array(z.string()),
  /** Pre-selected: relevant and readable. */
  selected: z.boolean(),
  suggestions: z.array(directionSuggestionSchema),
});
export type AnnouncementRow = z.infer<typeof announcementRowSchema>;

export const announcementReadingSchema = z.object({
  framework: z.string(),
  rows: z.array(announcementRowSchema),
  totals: z.object({ rows: z.number().int(), selected: z.number().int(), errors: z.number().int() }),
});
export type AnnouncementReading = z.infer<typeof announcementReadingSchema>;

/** A chosen row, as the editor leaves it: `suggested` when its directions are the unchecked suggestion. */
export const announcementImportRowSchema = z.strictObject({
  line: z.number().int().min(1),
  number: z.string().trim().min(1).max(100),
  titleZh: z.string().trim().max(500),
  replaces: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  inForceOn: z.string().trim().max(30).nullable().default(null),
  directions: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
  suggested: z.boolean().default(false),
});

/** `POST /imports/announcement?dryRun=&confirmSuggested=`: the chosen rows and the announcement's date. */
export const announcementImportInputSchema = z.strictObject({
  publishedOn: isoDateSchema,
  framework: z.string().trim().min(1).max(100).optional(),
  rows: z
    .array(announcementImportRowSchema)
    .min(1, bilingual('请至少选择一行', 'choose at least one row'))
    .max(IMPORT_MAX_ROWS),
});
export type AnnouncementImportInput = z.infer<typeof announcementImportInputSchema>;

export const announcementImportQuerySchema = importQuerySchema.pick({ dryRun: true, confirmSuggested: true });

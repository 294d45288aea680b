import { standardImportColumns, type StandardImportColumnKey } from '@cloudstd/shared/schemas/import';
import type { CreateStandardInput } from '@cloudstd/shared/schemas/standard';
import type { ColumnSpec } from './spreadsheet/columns.ts';

/** How a column's cells are read, what the template shows, and which field of a standard it fills. */
export interface StandardColumn extends ColumnSpec {
  readonly key: StandardImportColumnKey;
  readonly field: keyof CreateStandardInput;
  readonly cell: 'text' | 'date' | 'months' | 'list' | 'organisations' | 'directions' | 'kind' | 'international';
  readonly example: string;
  readonly hintZh: string;
  readonly hintEn: string;
  readonly width: number;
}

const details: Record<StandardImportColumnKey, Omit<StandardColumn, 'key' | 'zh'>> = {
  number: {
    field: 'number',
    cell: 'text',
    aliases: ['标准编号', '标准代号', 'standard number', 'standard no', 'std no'],
    example: 'GB/T 32400-2015',
    hintZh: '已发布标准必填；写法不限，如 gb/t 32400—2015',
    hintEn: 'Required once published; any common spelling',
    width: 20,
  },
  title_zh: {
    field: 'titleZh',
    cell: 'text',
    aliases: ['中文名称', '标准中文名称', '名称', 'title', 'chinese title'],
    example: '信息技术 云计算 概览与词汇',
    hintZh: '新建时必填',
    hintEn: 'Required for a new standard',
    width: 36,
  },
  title_en: {
    field: 'titleEn',
    cell: 'text',
    aliases: ['英文标准名称', 'english title'],
    example: 'Information technology—Cloud computing—Overview and vocabulary',
    hintZh: '',
    hintEn: '',
    width: 36,
  },
  directions: {
    field: 'directions',
    cell: 'directions',
    aliases: ['方向', '所属研制方向', 'direction', 'research directions'],
    example: '01.1',
    hintZh: '新建时必填；编码或名称，多个用 ; 或 、 分隔；“其它”须写编码或如“部署模型/其它”',
    hintEn: 'Required for a new standard; codes or names separated by ; or 、; “其它” needs its code or part',
    width: 18,
  },
  published_on: {
    field: 'publishedOn',
    cell: 'date',
    aliases: ['发布时间', 'published'],
    example: '2015-12-31',
    hintZh: '日期如 2025-10-09、2025/10/9、2025年10月9日',
    hintEn: 'Dates as 2025-10-09, 2025/10/9 or 2025年10月9日',
    width: 14,
  },
  implemented_on: {
    field: 'inForceOn',
    cell: 'date',
    aliases: ['实施时间', 'in force', 'in_force_on', 'inforceon'],
    example: '2017-01-01',
    hintZh: '',
    hintEn: '',
    width: 14,
  },
  withdrawn_on: {
    field: 'withdrawnOn',
    cell: 'date',
    aliases: ['废止时间', 'withdrawn'],
    example: '',
    hintZh: '',
    hintEn: '',
    width: 14,
  },
  approved_on: {
    field: 'approvedOn',
    cell: 'date',
    aliases: ['立项时间', '下达日期', 'approved'],
    example: '',
    hintZh: '',
    hintEn: '',
    width: 14,
  },
  draft_on: {
    field: 'draftOn',
    cell: 'date',
    aliases: ['征求意见时间', 'draft for comment'],
    example: '',
    hintZh: '',
    hintEn: '',
    width: 14,
  },
  submitted_on: {
    field: 'submittedOn',
    cell: 'date',
    aliases: ['报批时间', 'submitted'],
    example: '',
    hintZh: '',
    hintEn: '',
    width: 14,
  },
  plan_number: {
    field: 'planNumber',
    cell: 'text',
    aliases: ['项目计划号', '计划编号', 'plan no', 'plan'],
    example: '',
    hintZh: '未发布的项目可只填计划号',
    hintEn: 'A project not yet published may have only its plan number',
    width: 18,
  },
  plan_issued_on: {
    field: 'planIssuedOn',
    cell: 'date',
    aliases: ['计划下达时间', 'plan issued', 'plan issued on'],
    example: '',
    hintZh: '与项目周期一起算出计划完成期限',
    hintEn: 'With the period, gives the plan’s due date',
    width: 14,
  },
  plan_period_months: {
    field: 'planPeriodMonths',
    cell: 'months',
    aliases: ['项目周期', '计划周期', 'plan period', 'plan period months', 'period months'],
    example: '',
    hintZh: '整月数，如 18 或 18个月',
    hintEn: 'Whole months, e.g. 18',
    width: 12,
  },
  committee: {
    field: 'committee',
    cell: 'text',
    aliases: ['归口', '技术归口', '归口技术委员会', '技术委员会', 'tc'],
    example: 'TC28',
    hintZh: '',
    hintEn: '',
    width: 14,
  },
  international: {
    field: 'international',
    cell: 'international',
    aliases: ['采标情况', '采用国际标准号', '国际标准', 'international adoption'],
    example: 'ISO/IEC 17788:2014 IDT',
    hintZh: '国际标准号加采用程度 IDT、MOD 或 NEQ',
    hintEn: 'The international number and the degree IDT, MOD or NEQ',
    width: 26,
  },
  kind: {
    field: 'kind',
    cell: 'kind',
    aliases: ['制修订类型', '制定/修订', '类型', 'new or revision'],
    example: '制定',
    hintZh: '制定或修订；填了代替标准而未填此列时按修订处理',
    hintEn: 'New (制定) or revision (修订); with replaced numbers and no kind, a revision',
    width: 10,
  },
  replaces: {
    field: 'replaces',
    cell: 'list',
    aliases: ['代替标准号', '被代替标准', '代替', 'replaced'],
    example: '',
    hintZh: '多个用 ; 分隔',
    hintEn: 'Several separated by ;',
    width: 20,
  },
  drafting_organisations: {
    field: 'draftingOrganisations',
    cell: 'organisations',
    aliases: ['主要起草单位', '起草单位名称', 'drafters', 'drafting organisations', 'drafting organizations'],
    example: '中国电子技术标准化研究院',
    hintZh: '多个用 ; 或 、 分隔',
    hintEn: 'Several separated by ; or 、',
    width: 30,
  },
  tags: {
    field: 'tags',
    cell: 'list',
    aliases: ['标记', 'tag'],
    example: '术语',
    hintZh: '多个用 ; 分隔',
    hintEn: 'Several separated by ;',
    width: 14,
  },
  notes: {
    field: 'notes',
    cell: 'text',
    aliases: ['说明', 'note', 'remarks'],
    example: '',
    hintZh: '',
    hintEn: '',
    width: 30,
  },
};

/** The standards import's columns, in template order. */
export const standardColumns: readonly StandardColumn[] = standardImportColumns.map((column) => ({
  ...column,
  ...details[column.key],
}));

export const standardColumnByKey = new Map(standardColumns.map((column) => [column.key, column]));

/** Field of a standard (as in API errors, e.g. `publishedOn`, `directions.2`) → the column it comes from. */
export function columnOfField(field: string): StandardImportColumnKey | null {
  const head = field.split('.')[0] ?? '';
  return standardColumns.find((column) => column.field === head)?.key ?? null;
}

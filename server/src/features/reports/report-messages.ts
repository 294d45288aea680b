import { committeeLabel } from '@cloudstd/shared/domain/committees';
import { parseStandardNumber } from '@cloudstd/shared/domain/standard-number';
import {
  standardKindLabels,
  standardLevelLabels,
  standardStatusLabels,
  type Bilingual,
} from '@cloudstd/shared/domain/labels';
import type { ReportLang, ReportStandard } from '@cloudstd/shared/schemas/report';

/*
 * The words of the reports that are their own: title, file names, column headers, the workbook's
 * sheets and indicators. The product's vocabulary (levels, statuses, kinds, progress status, coverage
 * state, sizes, yes/no) is shared/src/domain/labels.ts, so exports say what the dashboard says.
 */

export const reportTitle: Bilingual = {
  zh: '云计算标准化工作进展报告',
  en: 'Cloud Computing Standardisation Progress Report',
};

/**
 * File names: `云计算标准进展报告_2026-11-21.pdf`, the CSVs with their edition's key
 * (`标准清单_cloud-computing-2025_2026-11-21.csv`); the ASCII one is the fallback for old clients.
 */
export function reportFileName(
  base: 'progress' | 'standards' | 'coverage' | 'plans' | 'reviews',
  date: string,
  ext: string,
) {
  const zh = {
    progress: '云计算标准进展报告',
    standards: '标准清单',
    coverage: '研制方向覆盖',
    plans: '计划跟踪',
    reviews: '复审清单',
  }[base];
  return { utf8: `${zh}_${date}.${ext}`, ascii: `cloudstd-${base}-${date}.${ext}` };
}

/** The standards' columns of the CSV and the XLSX, headed as the import reads them back (PRODUCT.md §8). */
export const standardColumns = [
  { key: 'number', zh: '标准号', en: 'Number', width: 22, kind: 'code' },
  { key: 'planNumber', zh: '计划号', en: 'Plan number', width: 18, kind: 'code' },
  { key: 'titleZh', zh: '标准名称', en: 'Title (Chinese)', width: 48, kind: 'text' },
  { key: 'titleEn', zh: '英文名称', en: 'Title (English)', width: 48, kind: 'text' },
  { key: 'level', zh: '级别', en: 'Level', width: 10, kind: 'text' },
  { key: 'kind', zh: '制修订', en: 'Kind', width: 8, kind: 'text' },
  { key: 'replaces', zh: '代替标准', en: 'Replaces', width: 22, kind: 'code' },
  { key: 'directions', zh: '研制方向', en: 'Directions', width: 16, kind: 'code' },
  { key: 'status', zh: '状态', en: 'Status', width: 10, kind: 'text' },
  { key: 'approvedOn', zh: '立项日期', en: 'Approved on', width: 12, kind: 'date' },
  { key: 'draftOn', zh: '征求意见日期', en: 'Draft on', width: 12, kind: 'date' },
  { key: 'submittedOn', zh: '报批日期', en: 'Submitted on', width: 12, kind: 'date' },
  { key: 'publishedOn', zh: '发布日期', en: 'Published on', width: 12, kind: 'date' },
  { key: 'inForceOn', zh: '实施日期', en: 'In force on', width: 12, kind: 'date' },
  { key: 'withdrawnOn', zh: '废止日期', en: 'Withdrawn on', width: 12, kind: 'date' },
  { key: 'committee', zh: '归口单位', en: 'Committee', width: 14, kind: 'text' },
  { key: 'province', zh: '省份', en: 'Province', width: 10, kind: 'text' },
  { key: 'international', zh: '采用国际标准', en: 'International standard', width: 26, kind: 'code' },
  { key: 'draftingOrganisations', zh: '起草单位', en: 'Drafting organisations', width: 40, kind: 'text' },
  { key: 'tags', zh: '标签', en: 'Tags', width: 14, kind: 'text' },
  { key: 'notes', zh: '备注', en: 'Notes', width: 30, kind: 'text' },
] as const;
export type StandardColumnKey = (typeof standardColumns)[number]['key'];

/** A local standard's province (`DB11/T …` → 北京 / Beijing), else null. */
function provinceName(number: string | null, lang: ReportLang): string | null {
  const parsed = number === null ? null : parseStandardNumber(number);
  const province = parsed?.ok ? parsed.value.province : null;
  if (!province) return null;
  return lang === 'zh' ? province.nameZh : province.nameEn;
}

/** One standard's cells for the standards columns: dates stay `YYYY-MM-DD` strings, lists join with `;`. */
export function standardCells(standard: ReportStandard, lang: ReportLang): Record<StandardColumnKey, string | null> {
  return {
    number: standard.number,
    planNumber: standard.planNumber,
    titleZh: standard.titleZh,
    titleEn: standard.titleEn,
    level: standardLevelLabels[standard.level][lang],
    kind: standardKindLabels[standard.kind][lang],
    replaces: standard.replaces.join(';') || null,
    directions: standard.directions.join(';'),
    status: standardStatusLabels[standard.status][lang],
    approvedOn: standard.approvedOn,
    draftOn: standard.draftOn,
    submittedOn: standard.submittedOn,
    publishedOn: standard.publishedOn,
    inForceOn: standard.inForceOn,
    withdrawnOn: standard.withdrawnOn,
    committee: standard.committee === null ? null : committeeLabel(standard.committee, lang),
    province: provinceName(standard.number, lang),
    international: standard.international ? `${standard.international.ref} ${standard.international.degree}` : null,
    draftingOrganisations: standard.draftingOrganisations.join('、') || null,
    tags: standard.tags.join(';') || null,
    notes: standard.notes,
  };
}

/** The 计划跟踪 export's columns. */
export const planColumns = [
  { zh: '计划号', en: 'Plan number' },
  { zh: '标准号', en: 'Number' },
  { zh: '标准名称', en: 'Title (Chinese)' },
  { zh: '级别', en: 'Level' },
  { zh: '归口单位', en: 'Committee' },
  { zh: '下达日期', en: 'Issued on' },
  { zh: '项目周期（月）', en: 'Period (months)' },
  { zh: '延期次数', en: 'Extensions' },
  { zh: '应完成日期', en: 'Due on' },
  { zh: '超期', en: 'Overdue' },
  { zh: '超期天数', en: 'Days overdue' },
  { zh: '所处阶段', en: 'Stage' },
  { zh: '阶段起始日期', en: 'Stage since' },
  { zh: '阶段已历时（月）', en: 'Months in stage' },
  { zh: '阶段时限（月）', en: 'Stage norm (months)' },
  { zh: '超出时限（月）', en: 'Months over the norm' },
] as const;

/** The 复审 export's columns. */
export const reviewColumns = [
  { zh: '标准号', en: 'Number' },
  { zh: '标准名称', en: 'Title (Chinese)' },
  { zh: '级别', en: 'Level' },
  { zh: '归口单位', en: 'Committee' },
  { zh: '实施日期', en: 'In force on' },
  { zh: '应复审日期', en: 'Review due on' },
  { zh: '上次复审结论', en: 'Last review outcome' },
  { zh: '上次复审日期', en: 'Last reviewed on' },
] as const;

/** The coverage columns, shared by coverage.csv and the 研制方向覆盖 sheet. */
export const coverageColumns = [
  { key: 'partCode', zh: '部分', en: 'Part', width: 8 },
  { key: 'partName', zh: '部分名称', en: 'Part name', width: 16 },
  { key: 'code', zh: '研制方向编码', en: 'Direction code', width: 14 },
  { key: 'name', zh: '研制方向', en: 'Direction', width: 24 },
  { key: 'national', zh: '国家标准', en: 'National', width: 10 },
  { key: 'industry', zh: '行业标准', en: 'Industry', width: 10 },
  { key: 'group', zh: '团体标准', en: 'Group', width: 10 },
  { key: 'local', zh: '地方标准（不计入）', en: 'Local (not counted)', width: 12 },
  { key: 'pipeline', zh: '在研', en: 'Pipeline', width: 8 },
  { key: 'state', zh: '状态', en: 'State', width: 14 },
] as const;

/**
 * The columns the CSVs add after their shared ones: the edition every row follows (a column, so the file
 * stays one table any CSV reader parses), and for standards their directions' `group › leaf` paths.
 */
export const csvEditionColumns = {
  standards: [
    { zh: '研制方向名称', en: 'Direction names' },
    { zh: '标准体系', en: 'Framework' },
  ],
  coverage: [{ zh: '标准体系', en: 'Framework' }],
} as const;

/** The overview's words, the same in the PDF and the workbook. */
export const overviewMessages = {
  asOf: { zh: '截至日期', en: 'As of' },
  window: { zh: '统计窗口', en: 'Window' },
  targetSet: { zh: '目标集', en: 'Target set' },
  framework: { zh: '标准体系', en: 'Framework' },
  indicator: { zh: '指标', en: 'Indicator' },
  value: { zh: '数值', en: 'Value' },
  goal: { zh: '目标', en: 'Goal' },
  status: { zh: '状态', en: 'Status' },
  expectedOnLine: { zh: '按直线进度应达到', en: 'Expected on the straight line' },
  adoptingEnterprises: { zh: '贯标企业', en: 'Adopting enterprises' },
  directionsCovered: { zh: '已覆盖研制方向', en: 'Directions covered' },
  partsCovered: { zh: '已覆盖部分', en: 'Parts covered' },
  forecastAtEnd: { zh: '窗口结束时预计', en: 'Forecast at the window’s end' },
  expectedToMeet: { zh: '预计达成', en: 'Expected to meet' },
  expectedToFallShort: { zh: '预计未达成', en: 'Expected to fall short' },
  internationalShare: { zh: '国家标准采用国际标准比例', en: 'National standards adopting international ones' },
  milestonesMet: { zh: '已完成里程碑', en: 'Milestones met' },
} as const;

export const xlsxMessages = {
  ...overviewMessages,
  sheets: {
    overview: { zh: '概览', en: 'Overview' },
    coverage: { zh: '研制方向覆盖', en: 'Direction coverage' },
    standards: { zh: '标准清单', en: 'Standards' },
    enterprises: { zh: '贯标企业', en: 'Enterprises' },
    events: { zh: '宣贯活动', en: 'Events' },
  },
  reachTrainedOnly: { zh: '其中：仅参加宣贯', en: 'of which: trained only' },
  reachImplementing: { zh: '其中：实施（未认证/评估）', en: 'of which: implementing (not certified or assessed)' },
  reachCertified: { zh: '其中：已认证或评估', en: 'of which: certified or assessed' },
  funnelTrained: { zh: '参加宣贯的企业', en: 'Enterprises trained' },
  funnelImplementing: { zh: '其中已实施', en: 'of which implementing' },
  eventColumns: [
    { zh: '开始日期', en: 'Starts', width: 12 },
    { zh: '结束日期', en: 'Ends', width: 12 },
    { zh: '活动名称', en: 'Title', width: 40 },
    { zh: '类型', en: 'Kind', width: 12 },
    { zh: '形式', en: 'Mode', width: 10 },
    { zh: '主办单位', en: 'Organiser', width: 28 },
    { zh: '地点', en: 'Place', width: 14 },
    { zh: '涵盖标准', en: 'Standards covered', width: 36 },
    { zh: '参会企业数', en: 'Attending enterprises', width: 12 },
    { zh: '参会人数', en: 'Participants', width: 10 },
  ],
  noEvents: (asOf: string): Bilingual => ({
    zh: `截至 ${asOf} 尚无宣贯活动记录`,
    en: `No 宣贯 events recorded as of ${asOf}`,
  }),
  since: { zh: '新发布标准统计起始日', en: 'Published since' },
  progressStatus: { zh: '进展状态', en: 'Progress status' },
  snapshot: { zh: '报告快照', en: 'Snapshot' },
  snapshotPublished: { zh: '快照发布时间', en: 'Snapshot published' },
  snapshotPublishedBy: { zh: '快照发布人', en: 'Snapshot published by' },
  generatedAt: { zh: '生成时间', en: 'Generated at' },
  generatedBy: { zh: '生成人', en: 'Generated by' },
  countedStandards: { zh: '计入目标的标准', en: 'Counted standards' },
  directionsGroupOnly: { zh: '仅团体标准覆盖的方向', en: 'Directions with group standards only' },
  gapDirections: { zh: '空白方向', en: 'Gap directions' },
  forecastRule: { zh: '预测规则', en: 'Forecast rule' },
  counted: { zh: '计入目标', en: 'Counted' },
  enterpriseColumns: [
    { zh: '企业名称', en: 'Enterprise', width: 36 },
    { zh: '统一社会信用代码', en: 'Unified social credit code', width: 22 },
    { zh: '行业', en: 'Industry', width: 14 },
    { zh: '地区', en: 'Region', width: 12 },
    { zh: '规模', en: 'Size', width: 8 },
    { zh: '首次贯标日期', en: 'First adoption', width: 14 },
    { zh: '贯标标准数', en: 'Standards adopted', width: 12 },
    { zh: '贯标标准', en: 'Standards', width: 48 },
    { zh: '首次参加宣贯日期', en: 'First trained', width: 14 },
  ],
  noEnterprises: (asOf: string): Bilingual => ({
    zh: `截至 ${asOf} 尚无贯标企业记录`,
    en: `No adopting enterprises recorded as of ${asOf}`,
  }),
} as const;

import { standardLevelLabels, standardStatusLabels } from '@cloudstd/shared/domain/labels';
import type { CoverageState } from '@cloudstd/shared/schemas/dashboard';
import type { ReportLang, ReportStandard } from '@cloudstd/shared/schemas/report';

export interface Bilingual {
  zh: string;
  en: string;
}

export const say = (text: Bilingual, lang: ReportLang): string => text[lang];

export const reportTitle: Bilingual = {
  zh: '云计算标准化工作进展报告',
  en: 'Cloud Computing Standardisation Progress Report',
};

/** File names: `云计算标准进展报告_2026-11-21.pdf`; the ASCII one is the fallback for old clients. */
export function reportFileName(base: 'progress' | 'standards' | 'coverage', date: string, ext: string) {
  const zh = { progress: '云计算标准进展报告', standards: '标准清单', coverage: '研制方向覆盖' }[base];
  return { utf8: `${zh}_${date}.${ext}`, ascii: `cloudstd-${base}-${date}.${ext}` };
}

/** `attachment` with the RFC 5987 UTF-8 name (Chinese) and an ASCII fallback. */
export function contentDisposition(name: { utf8: string; ascii: string }): string {
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`;
}

export const kindLabels = {
  new: { zh: '制定', en: 'New' },
  revision: { zh: '修订', en: 'Revision' },
} as const satisfies Record<ReportStandard['kind'], Bilingual>;

export const coverageStateLabels = {
  covered: { zh: '已覆盖', en: 'Covered' },
  'group-only': { zh: '仅团体标准', en: 'Group standards only' },
  gap: { zh: '空白', en: 'Gap' },
} as const satisfies Record<CoverageState, Bilingual>;

export const progressStatusLabels = {
  achieved: { zh: '已达成', en: 'Achieved' },
  on_track: { zh: '按计划推进', en: 'On track' },
  behind: { zh: '进度滞后', en: 'Behind' },
  at_risk: { zh: '存在风险', en: 'At risk' },
} as const satisfies Record<string, Bilingual>;

export const enterpriseSizeLabels: Record<string, Bilingual> = {
  large: { zh: '大型', en: 'Large' },
  medium: { zh: '中型', en: 'Medium' },
  small: { zh: '小型', en: 'Small' },
  micro: { zh: '微型', en: 'Micro' },
};

export const yesNo = { yes: { zh: '是', en: 'Yes' }, no: { zh: '否', en: 'No' } } as const;

export { standardLevelLabels, standardStatusLabels };

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
  { key: 'international', zh: '采用国际标准', en: 'International standard', width: 26, kind: 'code' },
  { key: 'tags', zh: '标签', en: 'Tags', width: 14, kind: 'text' },
  { key: 'notes', zh: '备注', en: 'Notes', width: 30, kind: 'text' },
] as const;
export type StandardColumnKey = (typeof standardColumns)[number]['key'];

/** One standard's cells for the standards columns: dates stay `YYYY-MM-DD` strings, lists join with `;`. */
export function standardCells(standard: ReportStandard, lang: ReportLang): Record<StandardColumnKey, string | null> {
  return {
    number: standard.number,
    planNumber: standard.planNumber,
    titleZh: standard.titleZh,
    titleEn: standard.titleEn,
    level: standardLevelLabels[standard.level][lang],
    kind: kindLabels[standard.kind][lang],
    replaces: standard.replaces.join(';') || null,
    directions: standard.directions.join(';'),
    status: standardStatusLabels[standard.status][lang],
    approvedOn: standard.approvedOn,
    draftOn: standard.draftOn,
    submittedOn: standard.submittedOn,
    publishedOn: standard.publishedOn,
    inForceOn: standard.inForceOn,
    withdrawnOn: standard.withdrawnOn,
    committee: standard.committee,
    international: standard.international ? `${standard.international.ref} ${standard.international.degree}` : null,
    tags: standard.tags.join(';') || null,
    notes: standard.notes,
  };
}

/** The coverage columns, shared by coverage.csv and the 研制方向覆盖 sheet. */
export const coverageColumns = [
  { key: 'partCode', zh: '部分', en: 'Part', width: 8 },
  { key: 'partName', zh: '部分名称', en: 'Part name', width: 16 },
  { key: 'code', zh: '研制方向编码', en: 'Direction code', width: 14 },
  { key: 'name', zh: '研制方向', en: 'Direction', width: 24 },
  { key: 'national', zh: '国家标准', en: 'National', width: 10 },
  { key: 'industry', zh: '行业标准', en: 'Industry', width: 10 },
  { key: 'group', zh: '团体标准', en: 'Group', width: 10 },
  { key: 'pipeline', zh: '在研', en: 'Pipeline', width: 8 },
  { key: 'state', zh: '状态', en: 'State', width: 14 },
] as const;

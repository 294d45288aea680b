import type { Bilingual } from '@cloudstd/shared/domain/labels';

/** The words of the PDF's enterprise-goal page (宣贯 and implementation). */
export const enterpriseReportMessages = {
  heading: { zh: '七、企业宣贯与实施', en: '7. Enterprises reached by 宣贯 and implementation' },
  intro: (asOf: string, windowStart: string): Bilingual => ({
    zh: `截至 ${asOf}，按目标集的计入规则统计的企业（每家企业只计一次）；宣贯活动自 ${windowStart}（目标窗口开始）起计。`,
    en: `Enterprises counted by the target set's rule as of ${asOf}, each once; 宣贯 events count from ${windowStart}, when the window opened.`,
  }),
  counting: { zh: '计入规则', en: 'Counting rule' },
  countedLine: (counted: number, goal: number | null): Bilingual => ({
    zh: `计入目标的企业 ${counted} 家${goal === null ? '' : `，目标 ${goal} 家`}`,
    en: `${counted} enterprises counted${goal === null ? '' : ` of a goal of ${goal}`}`,
  }),
  split: { zh: '已触达企业构成', en: 'Enterprises reached, split' },
  reached: { zh: '已触达企业合计', en: 'Enterprises reached, total' },
  share: { zh: '占比', en: 'Share' },
  funnel: { zh: '宣贯到实施', en: 'From training to implementation' },
  funnelLine: (trained: number, implementing: number): Bilingual => ({
    zh: `参加宣贯的企业 ${trained} 家，其中已实施 ${implementing} 家${trained > 0 ? `（${((implementing / trained) * 100).toFixed(1)}%）` : ''}。`,
    en: `${trained} enterprises trained, of which ${implementing} implementing${trained > 0 ? ` (${((implementing / trained) * 100).toFixed(1)}%)` : ''}.`,
  }),
  events: { zh: '目标窗口内举办的宣贯活动', en: '宣贯 events held in the window' },
  eventsLine: (count: number, attendees: number): Bilingual => ({
    zh: `共 ${count} 场，参会企业合计 ${attendees} 家次。`,
    en: `${count} events, ${attendees} enterprise attendances in all.`,
  }),
  noEvents: { zh: '目标窗口内尚无宣贯活动。', en: 'No 宣贯 event held in the window yet.' },
  moreEvents: (count: number): Bilingual => ({
    zh: `另有 ${count} 场较早的活动未列出（见报告工作簿“宣贯活动”表）。`,
    en: `${count} earlier events not listed (see the workbook's Events sheet).`,
  }),
  eventColumns: [
    { zh: '日期', en: 'Date' },
    { zh: '活动名称', en: 'Title' },
    { zh: '主办单位', en: 'Organiser' },
    { zh: '参会企业', en: 'Attending' },
  ],
  byProvince: { zh: '计入企业按省份（前 10）', en: 'Counted enterprises by province (top 10)' },
  byIndustry: { zh: '计入企业按行业（前 10）', en: 'Counted enterprises by industry (top 10)' },
  province: { zh: '省份', en: 'Province' },
  industry: { zh: '行业', en: 'Industry' },
  enterprises: { zh: '企业数', en: 'Enterprises' },
  notStated: { zh: '未填写', en: 'Not stated' },
  others: (count: number): Bilingual => ({ zh: `其他（${count} 项）`, en: `Others (${count})` }),
  noEnterprises: { zh: '尚无计入目标的企业。', en: 'No enterprise counted yet.' },
  notRecorded: {
    zh: '该快照发布时尚未记录宣贯活动，也未区分仅宣贯、实施与认证/评估；以下仅有当时计入的实施企业。',
    en: 'This snapshot was published before 宣贯 events were recorded and kept no split of the enterprises reached; only the implementing enterprises counted then are shown.',
  },
} as const;

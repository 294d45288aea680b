import { internationalStageLabels, type Bilingual } from '@cloudstd/shared/domain/labels';

/** The words of the reports' international section (PDF page and the 国际标准 sheet). */
export const internationalReportMessages = {
  sheet: { zh: '国际标准', en: 'International' },
  heading: { zh: '八、国际标准化工作', en: '8. International standardisation work' },
  intro: (asOf: string, windowStart: string): Bilingual => ({
    zh: `截至 ${asOf} 已进入任一阶段的国际标准化项目，按当时所处阶段列出；我国牵头发布的国际标准和转化国际标准的国家标准均自 ${windowStart}（目标窗口开始）起计。`,
    en: `International items that reached a stage by ${asOf}, by the stage they were at; the China-led publications and converted national standards count from ${windowStart}, when the window opened.`,
  }),
  byStage: { zh: '按阶段的项目', en: 'Items by stage' },
  stageCount: (stage: Bilingual, count: number): Bilingual => ({
    zh: `${stage.zh}（${count} 项）`,
    en: `${stage.en} (${count})`,
  }),
  noItems: { zh: '尚无国际标准化项目。', en: 'No international item yet.' },
  led: { zh: '我国牵头发布的国际标准', en: 'International standards published with China leading' },
  noLed: {
    zh: '目标窗口内尚无我国牵头发布的国际标准。',
    en: 'None published with China leading since the window opened.',
  },
  converted: { zh: '转化国际标准的国家标准', en: 'National standards converted from international ones' },
  noConverted: {
    zh: '目标窗口内尚无计入的转化国家标准。',
    en: 'No counted national standard converted since the window opened.',
  },
  notRecorded: {
    zh: '该快照发布时尚未登记国际标准化项目。',
    en: 'International items were not yet recorded when this snapshot was published.',
  },
  columns: {
    body: { zh: '国际组织', en: 'Body', width: 14 },
    committee: { zh: '技术委员会', en: 'Committee', width: 20 },
    reference: { zh: '项目号/标准号', en: 'Reference', width: 20 },
    titleEn: { zh: '英文名称', en: 'English title', width: 40 },
    titleZh: { zh: '中文名称', en: 'Chinese title', width: 30 },
    stage: { zh: '所处阶段', en: 'Stage', width: 18 },
    chinaRole: { zh: '我国角色', en: 'China’s role', width: 10 },
    experts: { zh: '编辑/专家', en: 'Editors and experts', width: 20 },
    relatedStandard: { zh: '对应国家标准', en: 'Chinese standard', width: 18 },
    publishedOn: { zh: '发布日期', en: 'Published', width: 12 },
    number: { zh: '国家标准号', en: 'National standard', width: 18 },
    international: { zh: '采用的国际标准', en: 'Adopts', width: 24 },
  },
  stageLabels: internationalStageLabels,
} as const;

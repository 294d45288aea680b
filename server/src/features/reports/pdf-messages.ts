import { coverageStateLabels, type Bilingual } from '@cloudstd/shared/domain/labels';
import { overviewMessages } from './report-messages.ts';

/*
 * The words of the committee's PDF report that are its own (headings, indicators, explanations); the
 * product's vocabulary (statuses, states, levels, yes/no) comes from shared/src/domain/labels.ts.
 */

const { covered, gap } = coverageStateLabels;
const groupOnly = coverageStateLabels['group-only'];

export const pdfMessages = {
  ...overviewMessages,
  snapshotNote: (name: string, publishedAt: { zh: string; en: string }, by: string | null): Bilingual => ({
    zh: `报告快照 ${name}：发布于 ${publishedAt.zh}${by ? `，发布人 ${by}` : ''}。以下数字为发布时冻结的数字。`,
    en: `Snapshot ${name}, published ${publishedAt.en}${by ? ` by ${by}` : ''}. The figures below are those frozen at publication.`,
  }),
  progressLine: (status: Bilingual, counted: number, expected: number, goal: number): Bilingual => ({
    zh: `进展状态：${status.zh}（已计入 ${counted} 项，按直线进度应达到 ${expected} 项，最低目标 ${goal} 项）`,
    en: `Progress: ${status.en} (${counted} counted; ${expected} expected on the straight line; minimum goal ${goal})`,
  }),

  keyFigures: { zh: '一、主要指标', en: '1. Key figures' },
  countedStandards: { zh: '计入目标的国家和行业标准', en: 'Counted national and industry standards' },
  pace: (perMonth: string): Bilingual => ({ zh: `每月还需 ${perMonth} 项`, en: `${perMonth} a month still needed` }),
  coverageRest: (groupOnlyCount: number, gaps: number): Bilingual => ({
    zh: `${groupOnly.zh} ${groupOnlyCount}，${gap.zh} ${gaps}`,
    en: `${groupOnly.en} ${groupOnlyCount}, ${gap.en} ${gaps}`,
  }),
  forecastRule: { zh: '预测规则：', en: 'Forecast rule: ' },

  cumulativeProgress: { zh: '二、累计进展', en: '2. Cumulative progress' },
  minimumGoal: (goal: number): Bilingual => ({ zh: `最低目标 ${goal}`, en: `Minimum goal ${goal}` }),
  stretchGoal: (goal: number): Bilingual => ({ zh: `争取目标 ${goal}`, en: `Stretch goal ${goal}` }),
  asOfMarker: (date: string): Bilingual => ({ zh: `截至 ${date}`, en: `As of ${date}` }),
  legendCounted: { zh: '已计入标准（累计）', en: 'Counted standards (cumulative)' },
  legendTrajectory: { zh: '直线进度', en: 'Straight-line trajectory' },
  legendForecast: { zh: '预测', en: 'Forecast' },
  legendGoalBand: { zh: '目标区间', en: 'Goal band' },
  legendAsOf: { zh: '截至日期', en: 'As-of date' },

  coverage: { zh: '三、研制方向覆盖', en: '3. Coverage by part and direction' },
  coverageExplained: {
    zh: `${covered.zh}：有现行国家或行业标准；${groupOnly.zh}：只有团体标准；${gap.zh}：尚无现行标准。数字为截至日期现行的标准数，“在研”为已立项、征求意见或报批而未发布的项目。`,
    en: `${covered.en}: a national or industry standard in force; ${groupOnly.en}: only group standards; ${gap.en}: no standard in force. Counts are standards in force at the as-of date; pipeline counts projects approved, out for comment or submitted but not yet published.`,
  },
  coverageHeaders: [
    { zh: '编码', en: 'Code' },
    { zh: '研制方向', en: 'Direction' },
    { zh: '国家', en: 'Nat.' },
    { zh: '行业', en: 'Ind.' },
    { zh: '团体', en: 'Group' },
    { zh: '在研', en: 'Pipe.' },
    { zh: '状态', en: 'State' },
  ],
  partCovered: (name: Bilingual, coveredCount: number, total: number): Bilingual => ({
    zh: `${name.zh}（已覆盖 ${coveredCount}/${total}）`,
    en: `${name.en} (covered ${coveredCount}/${total})`,
  }),

  gaps: { zh: '四、空白方向', en: '4. Gaps' },
  noGaps: { zh: '所有研制方向均已有现行标准。', en: 'Every direction has a standard in force.' },
  gapsIntro: (count: number): Bilingual => ({
    zh: `共 ${count} 个研制方向尚无现行标准；括号内为该方向的在研项目数。`,
    en: `${count} directions have no standard in force; in brackets, the projects under way in each.`,
  }),
  gapHeaders: [
    { zh: '部分', en: 'Part' },
    { zh: '空白方向', en: 'Gap directions' },
    { zh: '在研项目', en: 'Pipeline' },
  ],

  published: (since: string, asOf: string): Bilingual => ({
    zh: `五、新发布标准（${since} 至 ${asOf}）`,
    en: `5. Published from ${since} to ${asOf}`,
  }),
  nonePublished: { zh: '此期间没有发布标准。', en: 'No standard was published in this period.' },
  publishedHeaders: [
    { zh: '标准号', en: 'Number' },
    { zh: '标准名称', en: 'Title' },
    { zh: '级别', en: 'Level' },
    { zh: '发布日期', en: 'Published' },
    { zh: '研制方向', en: 'Directions' },
    { zh: '计入目标', en: 'Counted' },
  ],

  milestones: { zh: '六、里程碑', en: '6. Milestones' },
  milestoneHeaders: [
    { zh: '里程碑', en: 'Milestone' },
    { zh: '截止', en: 'Due' },
    { zh: '方向', en: 'Directions' },
    { zh: '完成情况', en: 'Met by' },
  ],
  notMet: { zh: '未完成', en: 'Not met' },

  product: { zh: '云标看板', en: 'Cloud Standards Tracker' },
  generated: { zh: '生成时间', en: 'Generated' },
  by: { zh: '生成人', en: 'by' },
  snapshot: { zh: '快照', en: 'Snapshot' },
  page: (page: number, pages: number): Bilingual => ({
    zh: `第 ${page} 页 / 共 ${pages} 页`,
    en: `Page ${page} of ${pages}`,
  }),
} as const;

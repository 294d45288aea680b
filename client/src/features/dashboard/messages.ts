import type { Bilingual } from '../../lib/i18n.tsx';

export const dashboardMessages = {
  pageTitle: { zh: '仪表盘', en: 'Dashboard' },
  subtitle: {
    zh: '{set} · 目标期 {start} 至 {end} · 截至 {asOf}',
    en: '{set} · window {start} to {end} · as of {asOf}',
  },
  subtitleLoading: { zh: '截至 {asOf}', en: 'As of {asOf}' },

  // Controls
  controlsLabel: { zh: '仪表盘视图', en: 'Dashboard view' },
  asOf: { zh: '截至日期', en: 'As-of date' },
  asOfHelp: { zh: '默认今天（北京时间）', en: 'Today (Beijing time) by default' },
  targetSet: { zh: '目标集', en: 'Target set' },
  defaultSet: { zh: '{name}（默认）', en: '{name} (default)' },
  print: { zh: '打印', en: 'Print' },
  unknownTargetSet: {
    zh: '链接中的目标集“{key}”不存在，下面显示的是默认目标集。',
    en: 'The link names a target set “{key}” that does not exist; the default set is shown instead.',
  },

  // Chart cards
  viewAs: { zh: '显示方式：{title}', en: 'Show {title} as' },
  viewChart: { zh: '图表', en: 'Chart' },
  viewTable: { zh: '表格', en: 'Table' },
  sectionFailed: { zh: '这一部分无法显示', en: 'This part cannot be shown' },
  sectionFailedDetail: {
    zh: '其余部分不受影响。可以重试，或稍后刷新页面。',
    en: 'The rest of the dashboard is unaffected. Try again, or reload the page later.',
  },

  // KPI cards
  kpiLabel: { zh: '关键指标', en: 'Key figures' },
  kpiStandards: { zh: '计入目标的标准', en: 'Standards counted' },
  kpiStretch: { zh: '（力争 {stretch}）', en: ' (stretch {stretch})' },
  kpiExpected: { zh: '按进度应达 {expected} 项', en: '{expected} expected by now' },
  kpiPace: { zh: '每月需 {pace} 项', en: '{pace} a month needed' },
  kpiPaceDone: { zh: '已达最低目标', en: 'Minimum goal reached' },
  kpiWindowClosed: { zh: '目标期已结束', en: 'The window has closed' },
  kpiForecast: { zh: '期末预测', en: 'Forecast at the window’s end' },
  kpiForecastValue: { zh: '{projected} 项', en: '{projected}' },
  kpiForecastDetail: {
    zh: '已计入 {counted} 项 + 在研预计 {expected} 项，截至 {end}',
    en: '{counted} counted + {expected} expected from the pipeline, by {end}',
  },
  forecastReaches: { zh: '预计可达目标', en: 'Expected to reach the goal' },
  forecastFalls: { zh: '预计达不到目标', en: 'Expected to fall short' },
  kpiEnterprises: { zh: '宣贯与贯标企业', en: 'Enterprises reached' },
  kpiEnterprisesSplit: {
    zh: '{trainedOnlyLabel} {trainedOnly} · {implementingLabel} {implementing} · {certifiedLabel} {certified}',
    en: '{trainedOnlyLabel} {trainedOnly} · {implementingLabel} {implementing} · {certifiedLabel} {certified}',
  },
  kpiEnterprisesFunnel: {
    zh: '漏斗：参加宣贯 {trained} 家，其中已实施 {implementing} 家',
    en: 'Funnel: {trained} trained, of which {implementing} implementing',
  },
  kpiEnterprisesNoGoal: { zh: '本目标集未设企业目标', en: 'This set has no enterprise goal' },
  kpiEnterprisesPending: {
    zh: '贯标企业登记上线后开始统计',
    en: 'Counted once adoption tracking is available',
  },
  kpiDirections: { zh: '已覆盖研制方向', en: 'Directions covered' },
  // {groupOnlyLabel} and {gapLabel} are the coverage states' words (shared/src/domain/labels.ts).
  kpiDirectionsDetail: {
    zh: '{groupOnlyLabel} {groupOnly} · {gapLabel} {gaps}',
    en: '{groupOnlyLabel}: {groupOnly} · {gapLabel}: {gaps}',
  },
  kpiParts: { zh: '已覆盖部分', en: 'Parts covered' },
  kpiPartsDetail: { zh: '任一研制方向覆盖即计入', en: 'A part counts once any direction is covered' },
  kpiInternational: { zh: '国际标准转化率', en: 'International adoption' },
  kpiInternationalDetail: {
    zh: '{national} 项国家标准中 {adopting} 项采用国际标准',
    en: '{adopting} of {national} national standards adopt an international one',
  },
  kpiInternationalNone: { zh: '尚无计入的国家标准', en: 'No national standard counted yet' },

  // Progress status
  statusPrefix: { zh: '进展状态：', en: 'Progress: ' },

  // Cumulative chart
  cumulativeTitle: { zh: '累计标准数', en: 'Standards counted over time' },
  seriesCounted: { zh: '已计入', en: 'Counted' },
  seriesTrajectory: { zh: '目标进度线', en: 'Goal trajectory' },
  seriesForecast: { zh: '预测', en: 'Forecast' },
  goalLine: { zh: '目标 {goal}', en: 'Goal {goal}' },
  stretchLine: { zh: '力争 {stretch}', en: 'Stretch {stretch}' },
  asOfMarker: { zh: '截至 {asOf}', en: 'As of {asOf}' },
  forecastRule: { zh: '预测规则：', en: 'Forecast rule: ' },
  month: { zh: '月份', en: 'Month' },
  cumulativeCaption: {
    zh: '各月末累计计入的标准数、目标进度线与预测',
    en: 'Standards counted at each month’s end, the goal trajectory and the forecast',
  },

  // Coverage
  coverageTitle: { zh: '研制方向覆盖', en: 'Coverage of the research directions' },
  coverageCaption: {
    zh: '6 个部分的研制方向覆盖情况（国家标准 / 行业标准 / 团体标准 / 在研）',
    en: 'Coverage of each part’s directions (national / industry / group / pipeline)',
  },
  stateCoveredHelp: { zh: '有现行的国家或行业标准', en: 'A national or industry standard is published' },
  stateGroupOnlyHelp: { zh: '只有团体标准', en: 'Only group standards' },
  stateGapHelp: { zh: '尚无已发布的标准', en: 'No published standard yet' },
  legend: { zh: '图例', en: 'Legend' },
  cellCounts: { zh: '国{national} 行{industry} 团{group}', en: 'N{national} I{industry} G{group}' },
  countsLegend: {
    zh: '格中数字：国 = 国家标准，行 = 行业标准，团 = 团体标准',
    en: 'In each cell: N = national, I = industry, G = group standards',
  },
  cellLabel: {
    zh: '{code} {name}：{state}，国家标准 {national} 项，行业标准 {industry} 项，团体标准 {group} 项，在研 {pipeline} 项',
    en: '{code} {name}: {state}; {national} national, {industry} industry, {group} group, {pipeline} in the pipeline',
  },
  tooltipCounts: {
    zh: '国家标准 {national} · 行业标准 {industry} · 团体标准 {group} · 在研 {pipeline}',
    en: '{national} national · {industry} industry · {group} group · {pipeline} in the pipeline',
  },
  tooltipOpen: { zh: '点击查看该方向的标准', en: 'Click to list its standards' },
  part: { zh: '部分', en: 'Part' },
  partLabel: { zh: '第 {code} 部分', en: 'Part {code}' },
  code: { zh: '编码', en: 'Code' },
  direction: { zh: '研制方向', en: 'Direction' },
  pipeline: { zh: '在研', en: 'Pipeline' },
  state: { zh: '状态', en: 'State' },

  // Gaps
  gapsTitle: { zh: '空白方向', en: 'Gap directions' },
  gapsCount: { zh: '{count} 个', en: '{count}' },
  gapsNone: { zh: '所有研制方向都已有标准', en: 'Every direction has a standard' },
  gapPipeline: { zh: '在研 {count} 项', en: '{count} in the pipeline' },
  gapsHelp: {
    zh: '尚无已发布标准的研制方向，以及各自在研（已立项、征求意见、已报批）的项目数。',
    en: 'Directions without a published standard, with the standards in their pipeline (approved, for comment, submitted).',
  },

  // Breakdowns
  breakdownLevel: { zh: '按级别', en: 'By level' },
  breakdownStatus: { zh: '按状态', en: 'By status' },
  breakdownCommittee: { zh: '按归口单位', en: 'By committee' },
  breakdownCaption: { zh: '截至 {asOf} 的标准数：{title}', en: 'Standards as of {asOf}: {title}' },
  count: { zh: '数量', en: 'Count' },
  dimensionLevel: { zh: '级别', en: 'Level' },
  dimensionStatus: { zh: '状态', en: 'Status' },
  dimensionCommittee: { zh: '归口单位', en: 'Committee' },
  noCommittee: { zh: '未记录', en: 'Not recorded' },
  otherCommittees: { zh: '其他 {count} 个', en: '{count} others' },
  breakdownEmpty: { zh: '暂无标准', en: 'No standards yet' },

  // Levels and statuses (the standards feature's labels, kept here: features do not import each other)

  // Milestones
  milestonesTitle: { zh: '重点任务', en: 'Priority milestones' },
  milestonesProgress: { zh: '已完成 {met} / {total}', en: '{met} of {total} met' },
  milestoneMet: { zh: '已完成', en: 'Met' },
  milestoneNotMet: { zh: '未完成', en: 'Not met' },
  milestoneMetBy: { zh: '完成标准：', en: 'Met by ' },
  milestonePublished: { zh: '（{date} 发布）', en: ' (published {date})' },
  milestoneDirections: { zh: '研制方向 {codes}', en: 'directions {codes}' },
  milestoneDue: { zh: '截止 {date}', en: 'due {date}' },
  milestoneOverdue: { zh: '已逾期', en: 'overdue' },

  // Empty registry
  emptyTitle: { zh: '还没有登记任何标准', en: 'No standard has been recorded yet' },
  emptyEditor: {
    zh: '先在“标准”页登记已发布的标准（也可以登记在研项目），仪表盘会据此计算进展、覆盖和预测。',
    en: 'Start by recording the published standards on the Standards page (pipeline projects too); the dashboard computes progress, coverage and the forecast from them.',
  },
  emptyViewer: {
    zh: '秘书处在“标准”页登记标准后，这里会显示进展、覆盖和预测。',
    en: 'Progress, coverage and the forecast appear here once the secretariat records standards on the Standards page.',
  },
  emptyAddFirst: { zh: '登记第一项标准', en: 'Record the first standard' },
  emptyOpenStandards: { zh: '前往标准页', en: 'Go to the Standards page' },
} as const satisfies Record<string, Bilingual>;

import { DashboardOutlined } from '@ant-design/icons';
import { ComingSoon } from '../../../components/coming-soon.tsx';
import type { Bilingual } from '../../../lib/i18n.tsx';

const title: Bilingual = { zh: '仪表盘', en: 'Dashboard' };
const summary: Bilingual = {
  zh: '一屏读懂 2027 年目标的进展：标准数量、贯标企业、50 个研制方向与 6 个部分的覆盖，可选任意“截至日期”。',
  en: 'Progress toward the 2027 goals at a glance: standards, adopting enterprises, and coverage of the 50 directions and 6 parts, as of any date.',
};
const capabilities: readonly Bilingual[] = [
  {
    zh: '指标卡：标准数与目标（最低 30、力争 50）、贯标企业数与 1,000 家目标、已覆盖研制方向 x/50、已覆盖部分 x/6、进展状态',
    en: 'KPI cards: standards against the goal (30 minimum, 50 stretch), enterprises against 1,000, directions covered x/50, parts covered x/6, progress status',
  },
  {
    zh: '累计标准数曲线：目标线、所需进度与基于在研项目的预测',
    en: 'Cumulative standards over time with the goal line, the required pace and a forecast from the pipeline',
  },
  {
    zh: '6 个部分 × 研制方向的覆盖热力图（已覆盖 / 仅团体标准 / 空白），以及空白方向清单与其在研项目',
    en: 'A coverage heatmap of the 6 parts × their directions (covered / group-only / gap), and the gap list with the pipeline in each gap',
  },
  {
    zh: '按级别、状态、归口单位的分布；贯标企业按时间、行业、地区的分布；2025 年重点任务',
    en: 'Breakdowns by level, status and committee; adoption over time, by industry and region; the 2025 milestones',
  },
  {
    zh: '每张图表旁附数据表，点击图表元素即可打开对应的标准清单；截至日期与目标集写入链接，便于分享',
    en: 'Every chart has its data as a table and opens the standards behind it on click; the as-of date and target set live in the link',
  },
];

export function DashboardPage() {
  return <ComingSoon title={title} summary={summary} capabilities={capabilities} icon={<DashboardOutlined />} />;
}

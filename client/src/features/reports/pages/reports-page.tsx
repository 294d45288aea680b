import { BarChartOutlined } from '@ant-design/icons';
import { ComingSoon } from '../../../components/coming-soon.tsx';
import type { Bilingual } from '../../../lib/i18n.tsx';

const title: Bilingual = { zh: '报表', en: 'Reports' };
const summary: Bilingual = {
  zh: '为标准化委员会生成报告与导出文件，使用与看板相同的截至日期、目标集和筛选条件。',
  en: 'Reports and exports for the committee, with the same as-of date, target set and filters as the view they come from.',
};
const capabilities: readonly Bilingual[] = [
  {
    zh: 'CSV：带 BOM 的 UTF-8，中文版 Excel 直接打开不乱码，并防范公式注入',
    en: 'CSV: UTF-8 with BOM so Excel on Chinese Windows opens it cleanly, safe against formula injection',
  },
  {
    zh: 'Excel：概览、研制方向覆盖、标准清单、贯标企业四个工作表',
    en: 'Excel: sheets for the overview, direction coverage, the standards list and the enterprises',
  },
  {
    zh: 'PDF：A4 委员会报告，含指标、进展图、覆盖表、空白清单和新发布标准',
    en: 'PDF: an A4 committee report with KPIs, the progress chart, the coverage table, the gap list and what was published since a chosen date',
  },
  {
    zh: '每张图表可下载为 SVG 和 PNG',
    en: 'Every chart downloadable as SVG and PNG',
  },
  {
    zh: '报告快照：发布后数字冻结并编号（如 2026-Q3），可引用、可比较两期差异',
    en: 'Report snapshots: published figures are frozen under a number (e.g. 2026-Q3), citable, and two snapshots can be compared',
  },
];

export function ReportsPage() {
  return <ComingSoon title={title} summary={summary} capabilities={capabilities} icon={<BarChartOutlined />} />;
}

import { ImportOutlined } from '@ant-design/icons';
import { ComingSoon } from '../../../components/coming-soon.tsx';
import type { Bilingual } from '../../../lib/i18n.tsx';

const title: Bilingual = { zh: '导入', en: 'Import' };
const summary: Bilingual = {
  zh: '从 Excel 或 CSV 批量导入标准与贯标记录，例如一份标准化管理委员会或工业和信息化部的公告。',
  en: 'Bulk import of standards and adoptions from Excel or CSV, for example a whole SAC or MIIT announcement.',
};
const capabilities: readonly Bilingual[] = [
  {
    zh: '支持 XLSX 与 CSV；自动识别编码（带 BOM 的 UTF-8、UTF-8、GB18030）',
    en: 'XLSX and CSV; the encoding is detected (UTF-8 with BOM, UTF-8, GB18030)',
  },
  {
    zh: '表头可用中文或英文（标准号/number、标准名称/title_zh、研制方向/directions …），提供下载模板',
    en: 'Headers in Chinese or English (标准号/number, 标准名称/title_zh, 研制方向/directions …), with a downloadable template',
  },
  {
    zh: '日期可写作 2025-10-09、2025/10/9 或 2025年10月9日',
    en: 'Dates as 2025-10-09, 2025/10/9 or 2025年10月9日',
  },
  {
    zh: '试运行：逐行显示新建 / 更新 / 无变化 / 错误（含行号、列名和中英文说明），不写入数据',
    en: 'A dry run shows every row’s outcome — create, update, unchanged or error with row, column and message in both languages — without writing',
  },
  {
    zh: '正式导入在一个事务中完成，要么全部成功，要么全部不生效；重复导入同一文件不会产生变化',
    en: 'A commit applies all rows in one transaction or none; importing the same file again changes nothing',
  },
];

export function ImportPage() {
  return <ComingSoon title={title} summary={summary} capabilities={capabilities} icon={<ImportOutlined />} />;
}

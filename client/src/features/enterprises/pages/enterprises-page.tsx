import { BankOutlined } from '@ant-design/icons';
import { ComingSoon } from '../../../components/coming-soon.tsx';
import type { Bilingual } from '../../../lib/i18n.tsx';

const title: Bilingual = { zh: '贯标企业', en: 'Enterprises' };
const summary: Bilingual = {
  zh: '登记实施云计算标准的企业及其贯标记录，跟踪到 2027 年 1,000 家企业的目标。',
  en: 'The enterprises implementing the cloud computing standards and their adoption records, toward the goal of 1,000 enterprises by 2027.',
};
const capabilities: readonly Bilingual[] = [
  {
    zh: '企业名称、统一社会信用代码（18 位，按 GB 32100-2015 校验）、行业、省份/地区、规模',
    en: 'Name, unified social credit code (18 characters, check character verified per GB 32100-2015), industry, province or region, size',
  },
  {
    zh: '贯标记录：企业、标准、日期与证明材料（证书、评估、自我声明等）',
    en: 'Adoption records: enterprise, standard, date and evidence (certificate, assessment, self-declaration …)',
  },
  {
    zh: '无论贯标多少项标准，每家企业只计一次',
    en: 'Each enterprise counts once, however many standards it adopts',
  },
  {
    zh: '按时间、行业和地区统计贯标企业',
    en: 'Adopting enterprises over time, by industry and by region',
  },
];

export function EnterprisesPage() {
  return <ComingSoon title={title} summary={summary} capabilities={capabilities} icon={<BankOutlined />} />;
}

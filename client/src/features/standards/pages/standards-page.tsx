import { FileTextOutlined } from '@ant-design/icons';
import { ComingSoon } from '../../../components/coming-soon.tsx';
import type { Bilingual } from '../../../lib/i18n.tsx';

const title: Bilingual = { zh: '标准', en: 'Standards' };
const summary: Bilingual = {
  zh: '标准登记簿：记录每项国家标准、行业标准和团体标准，从立项到发布、实施直至废止。',
  en: 'The standards registry: every national, industry and group standard, from approval through publication and entry into force to withdrawal.',
};
const capabilities: readonly Bilingual[] = [
  {
    zh: '标准号自动规范化（如 GB/T 32400-2015）并查重；未发布项目使用计划号',
    en: 'Standard numbers normalised on entry (e.g. GB/T 32400-2015) and kept unique; plan numbers for unpublished projects',
  },
  {
    zh: '由标准号前缀自动判断级别：国家标准、行业标准（YD/T、SJ/T 等）、团体标准（T/…）',
    en: 'Level derived from the number’s prefix: national, industry (YD/T, SJ/T …) or group (T/…)',
  },
  {
    zh: '中英文名称、制定/修订及代替标准、所属研制方向、归口单位、采用国际标准（IDT/MOD/NEQ）、标签',
    en: 'Chinese and English titles, new or revision and the standards replaced, research directions, committee, international adoption (IDT/MOD/NEQ), tags',
  },
  {
    zh: '生命周期：立项、征求意见、报批、发布、实施、废止；任意日期的状态均可计算',
    en: 'Lifecycle: approved, draft for comment, submitted, published, in force, withdrawn — the status on any date',
  },
  {
    zh: '按关键字、级别、状态、研制方向、部分筛选；并发修改保护；删除后可恢复',
    en: 'Filter by keyword, level, status, direction and part; protection against conflicting edits; deleted records can be restored',
  },
];

export function StandardsPage() {
  return <ComingSoon title={title} summary={summary} capabilities={capabilities} icon={<FileTextOutlined />} />;
}

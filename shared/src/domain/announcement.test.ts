import { describe, expect, it } from 'vitest';
import { parseAnnouncement } from './announcement.ts';

// The cloud rows are real standards (GB/T 37734-2019, GB/T 37736-2019, GB/T 31167-2023 replacing
// GB/T 31167-2014, GB/T 44158-2024); the "GB/T 9990x" rows are invented non-cloud fillers for layout only.
const expected = [
  { number: 'GB/T 37734-2019', titleZh: '信息技术 云计算 云服务采购指南', replaces: [], inForceOn: '2020-03-01' },
  { number: 'GB/T 99901-2026', titleZh: '示例填充标准 纺织品 色牢度试验', replaces: [], inForceOn: '2026-07-01' },
  {
    number: 'GB/T 31167-2023',
    titleZh: '信息安全技术 云计算服务安全指南',
    replaces: ['GB/T 31167-2014'],
    inForceOn: '2023-12-01',
  },
  {
    number: 'GB/T 44158-2024',
    titleZh: '信息技术 云计算 面向云原生的应用支撑平台功能要求',
    replaces: [],
    inForceOn: '2025-01-01',
  },
];
const essentials = (text: string) =>
  parseAnnouncement(text).map(({ number, titleZh, replaces, inForceOn, errors }) => {
    expect(errors).toEqual([]);
    return { number, titleZh, replaces, inForceOn };
  });

describe('reading a pasted announcement', () => {
  it('reads a web page’s table (tab-separated, header, — as empty cell)', () => {
    const text = [
      '国家标准批准发布公告（示例）',
      '序号\t标准编号\t标准名称\t代替标准号\t实施日期',
      '1\tGB/T 37734—2019\t信息技术 云计算 云服务采购指南\t—\t2020-03-01',
      '2\tGB/T 99901-2026\t示例填充标准 纺织品 色牢度试验\t\t2026-07-01',
      '3\tGB/T 31167－2023\t信息安全技术 云计算服务安全指南\tGB/T 31167-2014\t2023-12-01',
      '4\tGB/T 44158-2024\t信息技术 云计算 面向云原生的应用支撑平台功能要求\t\t2025-01-01',
    ].join('\r\n');
    expect(essentials(text)).toEqual(expected);
    expect(parseAnnouncement(text).map((row) => [row.line, row.sequence])).toEqual([
      [3, 1],
      [4, 2],
      [5, 3],
      [6, 4],
    ]);
  });

  it('reads Word’s space-aligned columns with titles wrapped onto the next line, in full-width characters', () => {
    const text = [
      '序号  标准编号            标准名称                      代替标准号          实施日期',
      '１    ＧＢ／Ｔ　３７７３４—２０１９  信息技术 云计算 云服务                         ２０２０－０３－０１',
      '                          采购指南',
      '2     GB/T 99901-2026     示例填充标准 纺织品 色牢度                            2026年7月1日',
      '                          试验',
      '3     GB/T 31167-2023     信息安全技术 云计算服务安全   GB/T 31167-2014     2023-12-01',
      '                          指南',
      '4     GB/T 44158-2024     信息技术 云计算 面向云原生                         2025/1/1',
      '                          的应用支撑平台功能要求',
    ].join('\n');
    expect(essentials(text)).toEqual(expected);
  });

  it('reads a PDF copy: cells on lines of their own, titles broken, page headers and footers repeated', () => {
    const text = [
      '序号',
      '标准编号',
      '标准名称',
      '代替标准号',
      '实施日期',
      '1',
      'GB/T 37734-2019',
      '信息技术 云计算 云服务采购',
      '指南',
      '2020-03-01',
      '2',
      'GB/T 99901-2026',
      '示例填充标准 纺织品 色牢度试验',
      '2026-07-01',
      '— 1 —',
      '序号 标准编号 标准名称 代替标准号 实施日期',
      '3',
      'GB/T 31167-2023',
      '信息安全技术 云计算服务',
      '安全指南',
      'GB/T 31167-2014',
      '2023-12-01',
      '4 GB/T 44158-2024',
      '信息技术 云计算 面向云原生的',
      '应用支撑平台功能要求',
      '2025-01-01',
    ].join('\n');
    expect(essentials(text)).toEqual(expected);
  });

  it('gives each bad row its own message and keeps the others', () => {
    const rows = parseAnnouncement(
      [
        '1\tGB/T 37734-2019\t信息技术 云计算 云服务采购指南\t\t2020-03-01',
        '2\tXX/T 99902-2026\t示例填充标准 未知前缀\t\t2026-07-01',
        '3\tGB/T 99903\t示例填充标准 缺少年份\t\t2026-07-01',
        '4\tGB/T 99904-2026\t示例填充标准 日期有误\t\t2026-02-30',
        '5\tGB/T 99905-2026\t\t\t2026-07-01',
      ].join('\n'),
    );
    expect(rows.map((row) => [row.sequence, row.errors.map((error) => error.column)])).toEqual([
      [1, []],
      [2, ['number']],
      [3, ['number']],
      [4, ['implemented_on']],
      [5, ['title_zh']],
    ]);
    expect(rows[1]?.errors[0]?.messageZh).toContain('XX/T');
    expect(rows[2]).toMatchObject({ number: null, numberText: 'GB/T 99903', titleZh: '示例填充标准 缺少年份' });
    for (const row of rows) for (const error of row.errors) expect(error.messageEn).not.toBe('');
  });

  it('finds no rows in text that is not a table, and reads rows without 序号 by their numbers', () => {
    expect(parseAnnouncement('国家市场监督管理总局 国家标准化管理委员会 批准以下国家标准')).toEqual([]);
    expect(parseAnnouncement('')).toEqual([]);
    const rows = parseAnnouncement(
      'GB/T 37734-2019 信息技术 云计算 云服务采购指南 2020-03-01\nGB/T 99901-2026 示例填充标准 纺织品 色牢度试验 2026-07-01',
    );
    expect(rows.map((row) => [row.number, row.sequence, row.titleZh])).toEqual([
      ['GB/T 37734-2019', null, '信息技术 云计算 云服务采购指南'],
      ['GB/T 99901-2026', null, '示例填充标准 纺织品 色牢度试验'],
    ]);
  });
});

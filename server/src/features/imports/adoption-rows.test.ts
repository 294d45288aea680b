import { describe, expect, it } from 'vitest';
import { readAdoptionRow, readEvidence, readSize } from './adoption-rows.ts';
import type { MatchedColumn } from './spreadsheet/columns.ts';

const columns: MatchedColumn[] = [
  { index: 0, header: '企业名称', key: 'enterprise' },
  { index: 1, header: '统一社会信用代码', key: 'credit_code' },
  { index: 2, header: '标准号', key: 'standard_number' },
  { index: 3, header: '实施日期', key: 'adopted_on' },
  { index: 4, header: '证明类型', key: 'evidence' },
  { index: 5, header: '证明材料', key: 'reference' },
  { index: 6, header: '负责人', key: null },
];

describe('reading an adoption row', () => {
  it('reads the evidence and the size in Chinese or English, any width or case', () => {
    expect(readEvidence('证书')).toBe('certificate');
    expect(readEvidence(' Certificate ')).toBe('certificate');
    expect(readEvidence('评估报告')).toBe('assessment');
    expect(readEvidence('Self-Declaration')).toBe('self_declaration');
    expect(readEvidence('self declaration')).toBe('self_declaration');
    expect(readEvidence('ＯＴＨＥＲ')).toBe('other');
    expect(readEvidence('其它')).toBe('other');
    expect(readEvidence('营业执照')).toBeNull();
    expect(readSize('中型企业')).toBe('medium');
    expect(readSize('Micro')).toBe('micro');
    expect(readSize('巨型')).toBeNull();
  });

  it('normalises the code and the number, and keeps a failing check character for the registry to judge', () => {
    const reading = readAdoptionRow(
      {
        row: 7,
        cells: [
          ' 某某 有限公司 ',
          '９１３５ ０１００ ｍ０００ １００ｙ ４３',
          'gb/t 32400—2015',
          { date: '2024-06-30' },
          '评估',
          '',
          'x',
        ],
      },
      columns,
    );
    expect(reading).toMatchObject({
      row: 7,
      errors: [],
      values: {
        name: '某某 有限公司',
        creditCode: '91350100M000100Y43',
        standardNumber: 'GB/T 32400-2015',
        adoptedOn: '2024-06-30',
        evidence: 'assessment',
      },
    });
    expect(reading.values).not.toHaveProperty('reference');
    expect(reading.checksumError).toBeUndefined();

    const failing = readAdoptionRow({ row: 8, cells: ['x', '91350100M000100Y44'] }, columns);
    expect(failing.values.creditCode).toBe('91350100M000100Y44');
    expect(failing.errors).toEqual([]);
    expect(failing.checksumError?.messageZh).toContain('“3”');
  });

  it('reports each bad cell on its column, through the API’s own limits', () => {
    const reading = readAdoptionRow(
      { row: 9, cells: ['名'.repeat(201), 'ABC', 'XX/T 1-2020', '2024年2月30日', '执照', 'r'.repeat(501)] },
      columns,
    );
    expect(reading.errors.map((error) => error.column)).toEqual([
      'enterprise',
      'credit_code',
      'standard_number',
      'adopted_on',
      'evidence',
      'reference',
    ]);
    expect(reading.errors[0]?.messageZh).toContain('200');
    expect(reading.errors[1]?.messageZh).toContain('18 位');
    expect(reading.values).toEqual({});
  });
});

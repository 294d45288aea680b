import { readFileSync } from 'node:fs';
import { draftFrameworkPath, parseFrameworkFile } from '@cloudstd/db/seeds/load-framework';
import { flattenFrameworkTree } from '@cloudstd/shared/domain/framework-tree';
import { describe, expect, it } from 'vitest';
import { DirectionNames } from './direction-names.ts';
import type { MatchedColumn } from './spreadsheet/columns.ts';
import { readInternational, readStandardRow } from './standards-rows.ts';

const directions = new DirectionNames(
  flattenFrameworkTree(parseFrameworkFile(readFileSync(draftFrameworkPath, 'utf8'), 'draft')),
);
const keys = ['number', 'title_zh', 'directions', 'published_on', 'international', 'kind', 'replaces', 'tags', null];
const columns: MatchedColumn[] = keys.map((key, index) => ({ index, header: key ?? '负责人', key }));

describe('reading one row of a standards sheet', () => {
  it('reads international adoption written in the common ways', () => {
    const ref = 'ISO/IEC 17788:2014';
    for (const text of [`${ref} IDT`, `${ref}，IDT`, `${ref}(IDT)`, `IDT ${ref}`, `${ref}（等同采用）`, `${ref} idt`]) {
      expect(readInternational(text), text).toEqual({ ok: true, value: { ref, degree: 'IDT' } });
    }
    expect(readInternational('ISO/IEC 19941:2017 MOD')).toMatchObject({ ok: true, value: { degree: 'MOD' } });
    expect(readInternational('ISO/IEC 19086-1:2016，非等效')).toMatchObject({ ok: true, value: { degree: 'NEQ' } });
    expect(readInternational(ref)).toMatchObject({ ok: false });
  });

  it('turns cells into the fields of a create request, normalised by the API’s own schema', () => {
    const reading = readStandardRow(
      {
        row: 7,
        cells: [
          'gb/t 32400—2015',
          ' 信息技术 云计算 概览与词汇 ',
          '术语；01.2',
          { date: '2015-12-31' },
          'ISO/IEC 17788:2014 IDT',
          '',
          'GB/T 1-2000、gb/t 2-2001',
          '术语;基础',
          '张三',
        ],
      },
      columns,
      directions,
    );
    expect(reading).toEqual({
      row: 7,
      cells: [
        'gb/t 32400—2015',
        ' 信息技术 云计算 概览与词汇 ',
        '术语；01.2',
        '2015-12-31',
        'ISO/IEC 17788:2014 IDT',
        '',
        'GB/T 1-2000、gb/t 2-2001',
        '术语;基础',
        '张三',
      ],
      values: {
        number: 'GB/T 32400-2015',
        titleZh: '信息技术 云计算 概览与词汇',
        directions: ['01.1', '01.2'],
        publishedOn: '2015-12-31',
        international: { ref: 'ISO/IEC 17788:2014', degree: 'IDT' },
        // Replacing other standards makes it a revision when the kind is not given.
        kind: 'revision',
        replaces: ['GB/T 1-2000', 'GB/T 2-2001'],
        tags: ['术语', '基础'],
      },
      errors: [],
      warnings: [],
    });
  });

  it('maps every problem to its column, once, and still reads the number', () => {
    const reading = readStandardRow(
      {
        row: 3,
        cells: ['GB/T 5-2020', 'x'.repeat(501), '其它', '2020-13-01', 'ISO 1', '改编', 'XX/T 1-2020', '', ''],
      },
      columns,
      directions,
    );
    expect(reading.values).toEqual({ number: 'GB/T 5-2020' });
    expect(reading.errors.map((error) => error.column)).toEqual([
      'directions',
      'published_on',
      'international',
      'kind',
      'title_zh',
      'replaces',
    ]);
    expect(reading.errors.find((error) => error.column === 'replaces')?.messageZh).toContain('XX/T');
  });
});

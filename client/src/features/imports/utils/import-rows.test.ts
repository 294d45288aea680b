import type { ImportColumn, ImportRow } from '@cloudstd/shared/schemas/import';
import { describe, expect, it } from 'vitest';
import {
  formatImportValue,
  importReadiness,
  importReportFileName,
  splitErrors,
  splitWarnings,
  visibleRows,
  warningCount,
  writableCount,
} from './import-rows.ts';

const row = (overrides: Partial<ImportRow>): ImportRow => ({
  row: 2,
  number: 'GB/T 1-2020',
  action: 'create',
  errors: [],
  changes: [],
  standardId: null,
  cells: [],
  ...overrides,
});

const columns: ImportColumn[] = [
  { index: 0, header: '标准号', key: 'number' },
  { index: 1, header: '发布日期', key: 'published_on' },
  { index: 2, header: '负责人', key: null },
];

describe('the import preview', () => {
  it('filters to the rows with errors', () => {
    const rows = [row({ row: 2 }), row({ row: 3, action: 'error' }), row({ row: 4, action: 'unchanged' })];
    expect(visibleRows(rows, false)).toHaveLength(3);
    expect(visibleRows(rows, true).map((r) => r.row)).toEqual([3]);
  });

  it('puts errors in the cells of the file, and the others on the row', () => {
    const { byColumn, rowLevel } = splitErrors(
      row({
        errors: [
          { column: 'published_on', messageZh: '日期不存在', messageEn: 'no such date' },
          { column: 'published_on', messageZh: '另一个', messageEn: 'another' },
          { column: 'title_zh', messageZh: '新建标准须填写标准名称', messageEn: 'title needed' },
          { column: null, messageZh: '与第 2 行指向同一项标准', messageEn: 'same record' },
        ],
      }),
      columns,
    );
    expect(byColumn.get('published_on')?.map((error) => error.messageEn)).toEqual(['no such date', 'another']);
    expect(rowLevel.map((error) => error.column)).toEqual(['title_zh', null]);
  });

  it('puts warnings in their cells too, and counts the rows with any', () => {
    const noted = row({
      warnings: [
        { column: 'number', messageZh: '名称不同', messageEn: 'another name' },
        { column: 'province', messageZh: '省份不同', messageEn: 'another province' },
      ],
    });
    const { byColumn, rowLevel } = splitWarnings(noted, columns);
    expect(byColumn.get('number')?.map((warning) => warning.messageEn)).toEqual(['another name']);
    expect(rowLevel.map((warning) => warning.column)).toEqual(['province']);
    expect(splitWarnings(row({}), columns).rowLevel).toEqual([]);
    expect(warningCount([noted, row({}), row({ warnings: [] })])).toBe(1);
  });

  it('counts what a commit would write and formats changed values', () => {
    expect(writableCount({ totals: { rows: 5, create: 2, update: 1, unchanged: 2, error: 0 } })).toBe(3);
    expect(formatImportValue(null)).toBe('—');
    expect(formatImportValue([])).toBe('—');
    expect(formatImportValue(['02.2.4', '03.1'])).toBe('02.2.4、03.1');
    expect(formatImportValue({ ref: 'ISO/IEC 17788:2014', degree: 'IDT' })).toBe('ISO/IEC 17788:2014 IDT');
    expect(formatImportValue('2025-10-09')).toBe('2025-10-09');
  });
});

describe('what a checked file allows', () => {
  const totals = (create: number, update: number, error: number) => ({
    totals: { rows: create + update + error + 1, create, update, unchanged: 1, error },
  });

  it('is blocked by any error, even beside rows to write', () => {
    expect(importReadiness(totals(3, 1, 1))).toBe('errors');
  });

  it('is ready when rows would be written, and has nothing to do otherwise', () => {
    expect(importReadiness(totals(0, 1, 0))).toBe('ready');
    expect(importReadiness(totals(0, 0, 0))).toBe('nothing');
  });

  it('names the check workbook after the uploaded file', () => {
    expect(importReportFileName('标准清单.xlsx')).toBe('标准清单-导入检查.xlsx');
    expect(importReportFileName('a.b.csv')).toBe('a.b-导入检查.xlsx');
    expect(importReportFileName('noextension')).toBe('noextension-导入检查.xlsx');
  });
});

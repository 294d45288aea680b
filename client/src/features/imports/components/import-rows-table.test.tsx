// @vitest-environment happy-dom
import type { ImportReport, ImportRow } from '@cloudstd/shared/schemas/import';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../../testing/render.tsx';
import { importMessages as m } from '../messages.ts';
import { ImportRowsTable } from './import-rows-table.tsx';

const row = (overrides: Partial<ImportRow> & Pick<ImportRow, 'row' | 'cells'>): ImportRow => ({
  number: null,
  action: 'create',
  errors: [],
  changes: [],
  standardId: null,
  ...overrides,
});

/** An adoptions file: a good row, a row with a cell error and a row-level error, a row with a warning. */
const report: ImportReport = {
  kind: 'adoptions',
  dryRun: true,
  committed: false,
  fileName: 'adoptions.xlsx',
  headerRow: 1,
  totals: { rows: 3, create: 2, update: 0, unchanged: 0, error: 1 },
  columns: [
    { index: 0, header: '企业', key: 'enterprise' },
    { index: 1, header: '信用代码', key: 'credit_code' },
    { index: 2, header: '备用', key: null },
  ],
  unknownColumns: ['备用'],
  rows: [
    row({ row: 2, cells: ['甲云计算有限公司', '91350100M000100Y43', 'x'] }),
    row({
      row: 3,
      action: 'error',
      cells: ['乙公司', '123', ''],
      errors: [
        { column: 'credit_code', messageZh: '信用代码应为 18 位', messageEn: 'Must be 18 characters' },
        { column: 'standard_number', messageZh: '缺少标准号', messageEn: 'Standard number missing' },
      ],
    }),
    row({
      row: 4,
      cells: ['丙公司（简称）', '91350100M000100Y43', ''],
      warnings: [{ column: 'enterprise', messageZh: '名称与登记的不同', messageEn: 'Name differs' }],
    }),
  ],
};

const rowOf = (number: number) => {
  const cell = screen.getAllByRole('cell').find((candidate) => candidate.textContent === String(number));
  const tableRow = cell?.closest('tr');
  if (!tableRow) throw new Error(`row ${String(number)} is not shown`);
  return tableRow;
};

describe('the import rows table', () => {
  it('marks the cell with an error and says what is wrong there, in Chinese', () => {
    renderInApp(<ImportRowsTable report={report} errorsOnly={false} label="rows" />);
    const cell = within(rowOf(3)).getByText('信用代码应为 18 位').closest('td');
    expect(cell?.className).toContain('import-cell-error');
    expect(cell?.textContent).toContain('123');
    expect(cell?.textContent).toContain(m.cellError.zh);
  });

  it('puts a problem about a column the file lacks under the row’s outcome, named by that column', () => {
    renderInApp(<ImportRowsTable report={report} errorsOnly={false} label="rows" />);
    const item = within(rowOf(3)).getByText(/缺少标准号/);
    expect(item.textContent).toBe('标准号：缺少标准号');
    expect(item.closest('td')?.className ?? '').not.toContain('import-cell-error');
  });

  it('marks a warning’s cell apart from errors, and leaves clean cells unmarked', () => {
    renderInApp(<ImportRowsTable report={report} errorsOnly={false} label="rows" />);
    const warned = within(rowOf(4)).getByText('名称与登记的不同').closest('td');
    expect(warned?.className).toContain('import-cell-warning');
    expect(warned?.className).not.toContain('import-cell-error');
    expect(within(rowOf(2)).getByText('甲云计算有限公司').closest('td')?.className).not.toMatch(/import-cell-/);
  });

  it('shows a column it ignores as ignored, and a matched column under its own header', () => {
    renderInApp(<ImportRowsTable report={report} errorsOnly={false} label="rows" />);
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toContain(`备用${m.ignoredColumn.zh}`);
    expect(headers).toContain('信用代码统一社会信用代码');
  });

  it('shows only the rows with errors when asked', () => {
    renderInApp(<ImportRowsTable report={report} errorsOnly label="rows" />);
    expect(rowOf(3)).toBeTruthy();
    expect(screen.queryByText('甲云计算有限公司')).toBeNull();
    expect(screen.queryByText('丙公司（简称）')).toBeNull();
  });

  it('shows the standards import’s warnings: a local number on its cell, a suspected revision under the row', () => {
    const standards: ImportReport = {
      ...report,
      kind: 'standards',
      fileName: 'standards.csv',
      totals: { rows: 2, create: 2, update: 0, unchanged: 0, error: 0 },
      columns: [
        { index: 0, header: '标准号', key: 'number' },
        { index: 1, header: '归口单位', key: 'committee' },
      ],
      unknownColumns: [],
      rows: [
        row({
          row: 2,
          cells: ['DB11/T 4591-2025', ''],
          warnings: [
            { column: 'number', messageZh: '地方标准（北京）：登记，但不计入目标', messageEn: 'A local standard' },
          ],
        }),
        row({
          row: 3,
          cells: ['GB/T 32399-2024', 'SAC/TC 28/SC 38'],
          warnings: [
            { column: 'kind', messageZh: 'GB/T 32399-2015 已登记：应是它的修订版', messageEn: 'Looks like a revision' },
            { column: 'committee', messageZh: '归口单位按 TC28/SC38 登记', messageEn: 'Recorded as TC28/SC38' },
          ],
        }),
      ],
    };
    renderInApp(<ImportRowsTable report={standards} errorsOnly={false} label="rows" />);
    const local = within(rowOf(2))
      .getByText(/不计入目标/)
      .closest('td');
    expect(local?.className).toContain('import-cell-warning');
    expect(
      within(rowOf(3))
        .getByText(/应是它的修订版/)
        .closest('td')?.className ?? '',
    ).not.toContain('import-cell');
    expect(within(rowOf(3)).getByText('归口单位按 TC28/SC38 登记').closest('td')?.className).toContain(
      'import-cell-warning',
    );
  });
});

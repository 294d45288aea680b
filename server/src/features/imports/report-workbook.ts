import ExcelJS from 'exceljs';
import type { ImportAction, ImportReport } from '@cloudstd/shared/schemas/import';
import { standardColumnByKey, type StandardColumn } from './standards-columns.ts';

const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFCCC7' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FF' } };

const actionLabels: Record<ImportAction, string> = {
  create: '新建 create',
  update: '更新 update',
  unchanged: '无变化 unchanged',
  error: '错误 error',
};

/** The column added to the file: the check's outcome per row (ignored when the file is uploaded again). */
export const RESULT_HEADER = '导入检查结果 import check';

/**
 * The dry-run report as a workbook to fix and upload again: the file's columns at their original
 * positions and every row at its original row number, each erroneous cell filled red with the
 * message as a note, and a last column stating each row's outcome and problems in zh and en.
 */
export async function buildReportWorkbook(report: ImportReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(report.sheet ?? '导入检查 Import check', {
    views: [{ state: 'frozen', ySplit: report.headerRow }],
  });
  const resultColumn = Math.max(0, ...report.columns.map((column) => column.index)) + 2;
  const specOf = (key: string | null): StandardColumn | undefined =>
    key === null ? undefined : standardColumnByKey.get(key as StandardColumn['key']);

  for (const column of report.columns) {
    const spec = specOf(column.key);
    const cell = sheet.getCell(report.headerRow, column.index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    sheet.getColumn(column.index + 1).width = spec?.width ?? 16;
  }
  const resultHeader = sheet.getCell(report.headerRow, resultColumn);
  resultHeader.value = RESULT_HEADER;
  resultHeader.font = { bold: true };
  resultHeader.fill = HEADER_FILL;
  sheet.getColumn(resultColumn).width = 60;

  for (const row of report.rows) {
    report.columns.forEach((column, position) => {
      const text = row.cells[position] ?? '';
      if (text === '') return;
      const cell = sheet.getCell(row.row, column.index + 1);
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (specOf(column.key)?.cell === 'date' && iso) {
        cell.value = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
        cell.numFmt = 'yyyy-mm-dd';
      } else {
        cell.value = text;
        cell.numFmt = '@';
      }
    });
    for (const error of row.errors) {
      const column = report.columns.find((candidate) => candidate.key === error.column);
      if (!column) continue;
      const cell = sheet.getCell(row.row, column.index + 1);
      cell.fill = ERROR_FILL;
      const previous = typeof cell.note === 'string' ? `${cell.note}\n` : '';
      cell.note = `${previous}${error.messageZh}\n${error.messageEn}`;
    }
    const result = sheet.getCell(row.row, resultColumn);
    const headerOf = (key: string | null) =>
      report.columns.find((column) => column.key === key)?.header ?? specOf(key)?.zh ?? key ?? '';
    result.value = [
      actionLabels[row.action],
      ...row.errors.map((error) =>
        [error.column ? `${headerOf(error.column)}：` : '', error.messageZh, ' / ', error.messageEn].join(''),
      ),
    ].join('\n');
    result.alignment = { wrapText: true, vertical: 'top' };
    if (row.action === 'error') result.fill = ERROR_FILL;
  }
  sheet.autoFilter = {
    from: { row: report.headerRow, column: 1 },
    to: { row: report.headerRow, column: resultColumn },
  };

  const summary = workbook.addWorksheet('汇总 Summary');
  summary.getColumn(1).width = 28;
  summary.getColumn(2).width = 60;
  const lines: [string, string | number][] = [
    ['文件 file', report.fileName],
    ['工作表 sheet', report.sheet ?? '—'],
    ['数据行 rows', report.totals.rows],
    ['新建 create', report.totals.create],
    ['更新 update', report.totals.update],
    ['无变化 unchanged', report.totals.unchanged],
    ['错误 error', report.totals.error],
    ['未识别的列 unknown columns', report.unknownColumns.join('、') || '—'],
  ];
  for (const line of lines) summary.addRow(line);
  summary.getColumn(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

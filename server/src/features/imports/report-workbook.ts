import ExcelJS from 'exceljs';
import { calendarDate } from '@cloudstd/shared/domain/spreadsheet-date';
import type { ImportAction, ImportReport } from '@cloudstd/shared/schemas/import';
import { adoptionColumnByKey } from './adoption-columns.ts';
import { attendeeColumnByKey } from './attendee-columns.ts';
import type { ColumnSpec } from './spreadsheet/columns.ts';
import { standardColumnByKey } from './standards-columns.ts';

const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFCCC7' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FF' } };
const WARNING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF1B8' } };

/** What the workbook needs of a column: its Chinese name, width, and whether it holds dates. */
type ReportColumnSpec = ColumnSpec & { width: number; cell: string };

const specsByKind: Record<ImportReport['kind'], ReadonlyMap<string, ReportColumnSpec>> = {
  standards: standardColumnByKey,
  adoptions: adoptionColumnByKey,
  attendees: attendeeColumnByKey,
};

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
 * message as a note (a cell with only a warning filled yellow), and a last column stating each row's
 * outcome, problems and warnings in zh and en.
 */
export async function buildReportWorkbook(report: ImportReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(report.sheet ?? '导入检查 Import check', {
    views: [{ state: 'frozen', ySplit: report.headerRow }],
  });
  const resultColumn = Math.max(0, ...report.columns.map((column) => column.index)) + 2;
  const specs = specsByKind[report.kind];
  const specOf = (key: string | null): ReportColumnSpec | undefined => (key === null ? undefined : specs.get(key));

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
    const flagged = new Set(row.errors.map((error) => error.column));
    report.columns.forEach((column, position) => {
      const text = row.cells[position] ?? '';
      if (text === '') return;
      const cell = sheet.getCell(row.row, column.index + 1);
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      // Only a real date the check accepted becomes a date cell: 2025-02-30 as a spreadsheet date would be
      // 2025-03-02, which uploaded again would pass as valid. A flagged cell keeps exactly what was typed.
      const realDate = iso && calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) === text;
      if (specOf(column.key)?.cell === 'date' && realDate && !flagged.has(column.key ?? '')) {
        cell.value = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
        cell.numFmt = 'yyyy-mm-dd';
      } else {
        cell.value = text;
        cell.numFmt = '@';
      }
    });
    const warnings = row.warnings ?? [];
    for (const [problem, fill] of [
      ...warnings.map((warning) => [warning, WARNING_FILL] as const),
      ...row.errors.map((error) => [error, ERROR_FILL] as const),
    ]) {
      const column = report.columns.find((candidate) => candidate.key === problem.column);
      if (!column) continue;
      const cell = sheet.getCell(row.row, column.index + 1);
      cell.fill = fill;
      const previous = typeof cell.note === 'string' ? `${cell.note}\n` : '';
      cell.note = `${previous}${problem.messageZh}\n${problem.messageEn}`;
    }
    const result = sheet.getCell(row.row, resultColumn);
    const headerOf = (key: string | null) =>
      report.columns.find((column) => column.key === key)?.header ?? specOf(key)?.zh ?? key ?? '';
    const line = (problem: { column: string | null; messageZh: string; messageEn: string }, prefix = '') =>
      [prefix, problem.column ? `${headerOf(problem.column)}：` : '', problem.messageZh, ' / ', problem.messageEn].join(
        '',
      );
    result.value = [
      actionLabels[row.action],
      ...row.errors.map((error) => line(error)),
      ...warnings.map((warning) => line(warning, '提示 notice：')),
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

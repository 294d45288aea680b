import ExcelJS from 'exceljs';
import type { ColumnSpec } from './spreadsheet/columns.ts';

/** A column as its import template shows it. */
export interface TemplateColumn extends ColumnSpec {
  readonly cell: string;
  readonly example: string;
  readonly hintZh: string;
  readonly hintEn: string;
  readonly width: number;
}

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FF' } };
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF595959' }, italic: true };

/** The template's rows that get drop-downs (the header, then as many rows as anyone fills in by hand). */
export const VALIDATED_ROWS = 2000;

function utcDate(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export function newTemplateWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '云标看板 Cloud Standards Tracker';
  return workbook;
}

/**
 * The sheet to fill in: every column with its Chinese and English header (each with a note on what
 * to enter; date columns are date cells, the rest text cells) and one example row, noted as such.
 */
export function addColumnsSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly TemplateColumn[],
  exampleNote: string,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: `${column.zh}\n${column.key}`,
    key: column.key,
    width: column.width,
    style: { numFmt: column.cell === 'date' ? 'yyyy-mm-dd' : '@' },
  }));
  const header = sheet.getRow(1);
  header.height = 34;
  header.eachCell((cell, position) => {
    const column = columns[position - 1];
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    if (column && (column.hintZh || column.hintEn)) cell.note = `${column.hintZh}\n${column.hintEn}`.trim();
  });
  const example = sheet.addRow(
    Object.fromEntries(
      columns.map((column) => [
        column.key,
        column.cell === 'date' && column.example ? utcDate(column.example) : column.example,
      ]),
    ),
  );
  example.eachCell((cell) => {
    cell.font = EXAMPLE_FONT;
  });
  example.getCell(1).note = exampleNote;
  return sheet;
}

/** A drop-down of `choices` (Chinese, comma-separated) on the column `key`'s cells below the header. */
export function addChoiceList(
  sheet: ExcelJS.Worksheet,
  columns: readonly TemplateColumn[],
  key: string,
  choices: string,
  error: string,
): void {
  const index = columns.findIndex((column) => column.key === key);
  const column = columns[index];
  if (!column) throw new Error(`no column ${key}`);
  for (let row = 2; row <= VALIDATED_ROWS; row++) {
    sheet.getCell(row, index + 1).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices}"`],
      showErrorMessage: true,
      errorTitle: column.zh,
      error,
    };
  }
}

/** The instructions sheet: a bold title line, then the rules, one wrapped line each. */
export function addInstructionsSheet(workbook: ExcelJS.Workbook, lines: readonly string[]): void {
  const help = workbook.addWorksheet('说明 Instructions');
  help.getColumn(1).width = 110;
  lines.forEach((line, index) => {
    const cell = help.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true };
    if (index === 0) cell.font = { bold: true, size: 13 };
  });
}

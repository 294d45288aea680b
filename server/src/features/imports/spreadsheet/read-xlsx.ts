import ExcelJS from 'exceljs';
import { utcDateToCalendarDate } from '@cloudstd/shared/domain/spreadsheet-date';
import { AppError } from '../../../http/errors.ts';
import { serialDate, type CellValue, type SheetRow } from './cells.ts';
import { zipEntries } from './zip-entries.ts';

export interface XlsxLimits {
  maxRows: number;
  maxColumns: number;
  /** What the archive may unpack to: a 20,000-row sheet is a few tens of MB of XML. */
  maxUncompressedBytes: number;
}

function unreadable(zh: string, en: string, cause?: unknown): AppError {
  return new AppError('IMPORT_UNREADABLE_FILE', { detail: { zh, en }, cause });
}

/** Any exceljs cell value as ours: rich text and hyperlinks as their text, formulas as their result. */
function toCell(value: ExcelJS.CellValue | undefined, date1904: boolean, isDateFormat: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return isDateFormat ? serialDate(value, date1904) : value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const date = utcDateToCalendarDate(value);
    return date === null ? null : { date };
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    return toCell(value.result, date1904, isDateFormat);
  }
  if ('text' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    return toCell(text as ExcelJS.CellValue, date1904, isDateFormat);
  }
  return null;
}

function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  // Date formats use y/m/d outside quoted literals and brackets ([Red], [$-804]).
  const bare = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]|m(?!.*s)/i.test(bare) && !/^[#0.,%\s]+$/.test(bare);
}

/**
 * Reads one worksheet (the first, or the one named) with exceljs. The archive's table of contents is
 * checked first, so a renamed file or a decompression bomb is refused before anything is unpacked.
 */
export async function readXlsx(
  bytes: Buffer,
  options: { sheet?: string | undefined },
  limits: XlsxLimits,
): Promise<{ rows: SheetRow[]; sheet: string; sheets: string[] }> {
  const entries = zipEntries(bytes);
  if (entries === null || !entries.names.some((name) => name.startsWith('xl/'))) {
    throw unreadable(
      '这不是有效的 XLSX 文件（可能是改了扩展名的其他文件）。请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”或 CSV',
      'This is not a valid XLSX file (perhaps another file renamed). Save it from Excel as “Excel Workbook (*.xlsx)” or as CSV',
    );
  }
  if (entries.uncompressedBytes > limits.maxUncompressedBytes) {
    throw unreadable(
      `XLSX 解压后超过 ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB，请拆分后分批导入`,
      `The XLSX unpacks to more than ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB; split it and import the parts`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw unreadable(
      'XLSX 文件已损坏或格式不受支持，请在 Excel 中重新保存后再试',
      'The XLSX file is damaged or in an unsupported form; save it again from Excel and retry',
      error,
    );
  }
  const sheets = workbook.worksheets.map((worksheet) => worksheet.name);
  const worksheet =
    options.sheet === undefined
      ? (workbook.worksheets.find((candidate) => candidate.state === 'visible') ?? workbook.worksheets[0])
      : workbook.worksheets.find((candidate) => candidate.name === options.sheet);
  if (worksheet === undefined) {
    if (options.sheet === undefined) throw new AppError('IMPORT_EMPTY_FILE');
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'sheet',
          messageZh: `没有名为“${options.sheet}”的工作表；可选：${sheets.join('、')}`,
          messageEn: `There is no worksheet named “${options.sheet}”; the workbook has: ${sheets.join(', ')}`,
        },
      ],
    });
  }
  if (worksheet.actualRowCount > limits.maxRows + 20) {
    throw new AppError('IMPORT_TOO_MANY_ROWS', {
      detail: {
        zh: `工作表“${worksheet.name}”有 ${worksheet.actualRowCount.toLocaleString('zh-CN')} 行，超过 ${limits.maxRows.toLocaleString('zh-CN')} 行`,
        en: `Worksheet “${worksheet.name}” has ${worksheet.actualRowCount.toLocaleString('en')} rows, more than ${limits.maxRows.toLocaleString('en')}`,
      },
    });
  }
  const date1904 = workbook.properties.date1904;
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    const last = Math.min(row.cellCount, limits.maxColumns);
    for (let column = 1; column <= last; column++) {
      const cell = row.getCell(column);
      cells.push(toCell(cell.value, date1904, isDateFormat(cell.numFmt)));
    }
    rows.push({ row: rowNumber, cells });
  });
  return { rows, sheet: worksheet.name, sheets };
}

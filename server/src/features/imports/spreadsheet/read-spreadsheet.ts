import { AppError } from '../../../http/errors.ts';
import { columnLetter, type SheetRow } from './cells.ts';
import { decodeText, type TextEncoding } from './decode-text.ts';
import { readCsv, type Delimiter } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';

export interface SpreadsheetLimits {
  maxRows: number;
  maxColumns: number;
  maxRecordChars: number;
  maxUncompressedBytes: number;
}

export const defaultSpreadsheetLimits: SpreadsheetLimits = {
  maxRows: 20_000,
  maxColumns: 200,
  maxRecordChars: 100_000,
  // 20,000 rows of 17 columns unpack to about 15 MB of XML, which exceljs holds in ~150 MB of memory.
  maxUncompressedBytes: 50 * 1024 * 1024,
};

/** What a file holds: its rows with their spreadsheet row numbers, and how it was read. */
export type Spreadsheet =
  | { format: 'xlsx'; rows: SheetRow[]; sheet: string; sheets: string[] }
  | { format: 'csv'; rows: SheetRow[]; encoding: TextEncoding; delimiter: Delimiter };

function startsWith(bytes: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads an uploaded spreadsheet: XLSX (by its ZIP signature or extension) through exceljs, anything
 * else as CSV text with detected encoding and delimiter. Old binary .xls and non-text files are
 * refused with a reason, never a crash.
 */
export async function readSpreadsheet(
  file: { bytes: Buffer; name: string },
  options: { sheet?: string | undefined } = {},
  limits: SpreadsheetLimits = defaultSpreadsheetLimits,
): Promise<Spreadsheet> {
  const { bytes, name } = file;
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) {
    throw new AppError('IMPORT_EMPTY_FILE', {
      detail: { zh: '文件是空的（0 字节）', en: 'The file is empty (0 bytes)' },
    });
  }
  if (startsWith(bytes, OLE) || extension === 'xls') {
    throw new AppError('IMPORT_UNREADABLE_FILE', {
      detail: {
        zh: '不支持旧版 Excel 97-2003 (.xls) 格式，请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”或 CSV',
        en: 'The old Excel 97-2003 (.xls) format is not supported; save it from Excel as “Excel Workbook (*.xlsx)” or as CSV',
      },
    });
  }
  if (startsWith(bytes, ZIP) || extension === 'xlsx' || extension === 'xlsm') {
    const xlsx = await readXlsx(bytes, options, limits);
    refuseControlCharacters(xlsx.rows);
    return { format: 'xlsx', ...xlsx };
  }
  const decoded = decodeText(bytes);
  if (decoded === null) {
    throw new AppError('IMPORT_UNREADABLE_FILE', {
      detail: {
        zh: '这不是文本格式的 CSV 文件，请上传 XLSX 或 CSV 表格',
        en: 'This is not a text (CSV) file; upload an XLSX or CSV spreadsheet',
      },
    });
  }
  const { rows, delimiter } = readCsv(decoded.text, limits);
  refuseControlCharacters(rows);
  return { format: 'csv', rows, encoding: decoded.encoding, delimiter };
}

// C0 controls but tab and line breaks (LF, CRLF) inside cells, DEL, and a CR without its LF (a spreadsheet
// would start a new row there): PostgreSQL cannot store a NUL, and the others are no one's data. The
// file is refused naming the first such cell.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\r(?!\n)/;

function refuseControlCharacters(rows: readonly SheetRow[]): void {
  for (const { row, cells } of rows) {
    const column = cells.findIndex((cell) => typeof cell === 'string' && CONTROL_CHARACTER.test(cell));
    if (column === -1) continue;
    const cell = `${columnLetter(column)}${row}`;
    throw new AppError('IMPORT_UNREADABLE_FILE', {
      detail: {
        zh: `单元格 ${cell} 含有控制字符（如 NUL），请删除后重新上传`,
        en: `Cell ${cell} holds a control character (such as NUL); remove it and upload again`,
      },
    });
  }
}

import { parse } from 'csv-parse/sync';
import { AppError } from '../../../http/errors.ts';
import type { SheetRow } from './cells.ts';

export type Delimiter = ',' | ';' | '\t';

export interface CsvLimits {
  /** Data rows beyond this are refused (checked while parsing, so a huge file stops early). */
  maxRows: number;
  /** Characters in one record: a legitimate row is a few thousand at most. */
  maxRecordChars: number;
  maxColumns: number;
}

/**
 * The delimiter of a CSV file: whichever of comma, semicolon (European Excel) and tab (Excel's
 * "text" export) occurs most often outside quotes in the first line; comma on a tie or none.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 100_000; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  const best = (['\t', ';', ','] as const).reduce((a, b) => (counts[b] >= counts[a] ? b : a), ',');
  return counts[best] > 0 ? best : ',';
}

function unreadable(zh: string, en: string, cause?: unknown): AppError {
  return new AppError('IMPORT_UNREADABLE_FILE', { detail: { zh, en }, cause });
}

/** Parses CSV text with csv-parse (RFC 4180 quoting, stray quotes tolerated); each record keeps its row number. */
export function readCsv(text: string, limits: CsvLimits): { rows: SheetRow[]; delimiter: Delimiter } {
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: limits.maxRecordChars,
      on_record: (record: string[], context) => {
        if (record.length > limits.maxColumns) {
          throw new AppError('IMPORT_UNREADABLE_FILE', {
            detail: {
              zh: `第 ${context.records} 行有 ${record.length} 列，超过上限 ${limits.maxColumns} 列`,
              en: `Row ${context.records} has ${record.length} columns, more than the ${limits.maxColumns} allowed`,
            },
          });
        }
        // The header and a few title rows may stand above the data.
        if (context.records > limits.maxRows + 20) {
          throw new AppError('IMPORT_TOO_MANY_ROWS', {
            detail: {
              zh: `文件超过 ${limits.maxRows.toLocaleString('zh-CN')} 行`,
              en: `The file has more than ${limits.maxRows.toLocaleString('en')} rows`,
            },
          });
        }
        return record;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    const { code, lines } = error as { code?: string; lines?: number };
    if (code === 'CSV_MAX_RECORD_SIZE') {
      throw unreadable(
        `第 ${lines ?? '?'} 行过长（超过 ${limits.maxRecordChars.toLocaleString('zh-CN')} 个字符），这不像一份标准清单`,
        `Line ${lines ?? '?'} is too long (over ${limits.maxRecordChars.toLocaleString('en')} characters) for a list of standards`,
        error,
      );
    }
    throw unreadable(
      `CSV 格式有误（第 ${lines ?? '?'} 行附近），请检查引号是否成对`,
      `The CSV is malformed near line ${lines ?? '?'}; check that quotes are paired`,
      error,
    );
  }
  return { rows: records.map((cells, index) => ({ row: index + 1, cells })), delimiter };
}

import { AppError } from '../../../http/errors.ts';
import { cellText, columnLetter, isBlankCell, type SheetRow } from './cells.ts';

/** A column an import understands: its key (the English header), Chinese header and other accepted spellings. */
export interface ColumnSpec {
  readonly key: string;
  readonly zh: string;
  readonly aliases?: readonly string[];
}

/** A column of the file, matched to a spec's key or (null) not understood. */
export interface MatchedColumn {
  readonly index: number;
  readonly header: string;
  readonly key: string | null;
}

export interface MatchedSheet {
  readonly headerRow: number;
  readonly columns: readonly MatchedColumn[];
  readonly unknownColumns: readonly string[];
  /** The rows below the header that hold anything. */
  readonly dataRows: readonly SheetRow[];
}

/**
 * A header as compared: Unicode-compatibility folded (full-width → ASCII), lower case, without spaces,
 * underscores, hyphens, required-markers (`*`, `（必填）`) and a trailing colon.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\((?:必填|选填|可选|required|optional)\)/g, '')
    .replace(/[\s_\-*:]+/g, '');
}

function headerIndex(specs: readonly ColumnSpec[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const spec of specs) {
    for (const name of [spec.key, spec.zh, ...(spec.aliases ?? [])]) index.set(normaliseHeader(name), spec.key);
  }
  return index;
}

/** The key of one header: an exact (normalised) name, or a bilingual pair such as `标准号/number`, `标准号 number` or `标准号\nnumber`. */
export function matchHeader(header: string, index: Map<string, string>): string | null {
  const whole = index.get(normaliseHeader(header));
  if (whole !== undefined) return whole;
  // Split at spaces and slashes first, so a name with brackets (`项目周期（月）\nplan_period_months`) stays whole.
  return pairKey(header, /[/|\s]+/, index) ?? pairKey(header, /[/|()\s]+/, index);
}

function pairKey(header: string, separator: RegExp, index: Map<string, string>): string | null {
  const parts = header
    .normalize('NFKC')
    .split(separator)
    .map(normaliseHeader)
    .filter((part) => part !== '');
  if (parts.length < 2) return null;
  const keys = new Set(parts.map((part) => index.get(part) ?? null));
  const [only] = keys;
  return keys.size === 1 && only !== undefined ? only : null;
}

/** The keys of `specs` that these headers match (to tell what else a file might be). */
export function keysOfHeaders(headers: readonly string[], specs: readonly ColumnSpec[]): Set<string> {
  const index = headerIndex(specs);
  return new Set(headers.map((header) => matchHeader(header, index)).filter((key) => key !== null));
}

/** Title rows may stand above the header (an announcement's heading): it is the first row naming two known columns. */
const HEADER_SEARCH_ROWS = 20;

/**
 * Finds the header row, matches each header to a column key, and returns the data rows below it.
 * Unknown headers are reported, and ignored; `ignoredHeaders` (columns we add ourselves) are skipped
 * silently; a key claimed by two columns is refused.
 */
export function matchColumns(
  rows: readonly SheetRow[],
  specs: readonly ColumnSpec[],
  options: { ignoredHeaders?: readonly string[] } = {},
): MatchedSheet {
  const index = headerIndex(specs);
  const ignored = new Set((options.ignoredHeaders ?? []).map(normaliseHeader));
  const nonBlank = rows.filter((row) => row.cells.some((cell) => !isBlankCell(cell)));
  if (nonBlank.length === 0) throw new AppError('IMPORT_EMPTY_FILE');
  const header = nonBlank.slice(0, HEADER_SEARCH_ROWS).find((row) => {
    const keys = new Set(row.cells.map((cell) => matchHeader(cellText(cell), index)).filter((key) => key !== null));
    return keys.size >= 2;
  });
  if (header === undefined) {
    const first = nonBlank[0]?.cells.map((cell) => cellText(cell).trim()).filter(Boolean) ?? [];
    const expected = specs.slice(0, 4);
    throw new AppError('IMPORT_BAD_HEADER', {
      detail: {
        zh: `前 ${HEADER_SEARCH_ROWS} 行中没有找到表头。表头应包含如 ${expected.map((s) => s.zh).join('、')} 等列（中文或英文均可）；第一行是：${first.slice(0, 8).join('、') || '（空）'}`,
        en: `No header row in the first ${HEADER_SEARCH_ROWS} rows. Headers such as ${expected.map((s) => s.key).join(', ')} are expected (Chinese or English); the first row holds: ${first.slice(0, 8).join(', ') || '(nothing)'}`,
      },
    });
  }

  const columns: MatchedColumn[] = [];
  const unknownColumns: string[] = [];
  const seen = new Map<string, number>();
  header.cells.forEach((cell, position) => {
    const text = cellText(cell).trim();
    if (text === '' || ignored.has(normaliseHeader(text))) return;
    const key = matchHeader(text, index);
    if (key !== null) {
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        throw new AppError('IMPORT_BAD_HEADER', {
          detail: {
            zh: `第 ${columnLetter(earlier)} 列和第 ${columnLetter(position)} 列都是“${text}”，请只保留一列`,
            en: `Columns ${columnLetter(earlier)} and ${columnLetter(position)} are both “${text}”; keep only one`,
          },
        });
      }
      seen.set(key, position);
    } else {
      unknownColumns.push(text);
    }
    columns.push({ index: position, header: text, key });
  });

  const dataRows = rows.filter(
    (row) => row.row > header.row && columns.some((column) => !isBlankCell(row.cells[column.index])),
  );
  return { headerRow: header.row, columns, unknownColumns, dataRows };
}

import {
  parseSpreadsheetDate,
  spreadsheetSerialToDate,
  type SpreadsheetDateResult,
} from '@cloudstd/shared/domain/spreadsheet-date';

/** A cell as read from a file: empty, text, a number, or a calendar date (XLSX date cells only). */
export type CellValue = null | string | number | { readonly date: string };

/** One row of a sheet with its number as the spreadsheet shows it (CSV: the record's number). */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/** The cell as text, as a person would read it in the spreadsheet (dates as YYYY-MM-DD). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  return value.date;
}

export function isBlankCell(value: CellValue | undefined): boolean {
  return cellText(value).trim() === '';
}

/**
 * A date cell: an XLSX date cell as its calendar day, text in the accepted formats, or an 8-digit
 * number read as YYYYMMDD. Null when the cell is empty. Plain numbers are refused rather than guessed
 * at as serials, since a number could as well be a typo.
 */
export function cellDate(value: CellValue | undefined): SpreadsheetDateResult | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return { ok: true, value: value.date };
  const text = cellText(value).trim();
  if (text === '') return null;
  return parseSpreadsheetDate(text);
}

/** An XLSX date serial (for number cells a library did not already turn into dates). */
export function serialDate(serial: number, date1904 = false): CellValue {
  const date = spreadsheetSerialToDate(serial, date1904);
  return date === null ? serial : { date };
}

/** Splits a multi-value cell on `;` `；` `、` `,` `，` and line breaks; blanks are dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[;；、,，\r\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

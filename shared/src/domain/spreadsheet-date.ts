/**
 * Dates as people type them into spreadsheets, read as calendar dates (`YYYY-MM-DD`), never as
 * instants: no time zone can move them a day. Used by the imports on the server and by the client.
 */

/** The outcome of reading a date cell: a calendar date, or why the text is not one (zh and en). */
export type SpreadsheetDateResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly messageZh: string; readonly messageEn: string };

const FORMATS_ZH = '2025-10-09、2025/10/9、2025.10.9 或 2025年10月9日';
const FORMATS_EN = '2025-10-09, 2025/10/9, 2025.10.9 or 2025年10月9日';

// Year, month and day with one separator used throughout (-, / or .), or the Chinese 年月日 form.
const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function quote(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` when year, month and day name a day that exists (1000–9999), else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Reads a text date: `2025-10-09`, `2025-1-9`, `2025/10/9`, `2025.10.9`, `2025年10月9日` (full-width
 * digits and spaces are fine), and `20251009`. A trailing midnight time (`2025-10-09 00:00:00`, as some
 * tools export) is ignored. A day that does not exist (2025-02-30) is refused with the reason.
 */
export function parseSpreadsheetDate(input: string): SpreadsheetDateResult {
  const text = input
    .normalize('NFKC')
    .trim()
    .replace(/[T\s]+0{1,2}:00(?::00(?:\.0+)?)?(?:Z)?$/i, '');
  const match = SEPARATED.exec(text);
  const parts: [string, string, string] | null = match
    ? [match[1] ?? '', match[3] ?? '', match[4] ?? '']
    : (() => {
        const other = CHINESE.exec(text) ?? COMPACT.exec(text);
        return other ? [other[1] ?? '', other[2] ?? '', other[3] ?? ''] : null;
      })();
  if (parts === null) {
    return {
      ok: false,
      messageZh: `无法识别日期“${quote(input.trim())}”，请写作 ${FORMATS_ZH}`,
      messageEn: `“${quote(input.trim())}” is not a date; write it as ${FORMATS_EN}`,
    };
  }
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const value = calendarDate(year, month, day);
  if (value === null) {
    return {
      ok: false,
      messageZh: `日期“${quote(input.trim())}”不存在`,
      messageEn: `The date “${quote(input.trim())}” does not exist`,
    };
  }
  return { ok: true, value };
}

/** Serial 25569 is 1970-01-01 in the 1900 date system (Excel's phantom 1900-02-29 lies before it). */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904_OFFSET = 1462;

/**
 * The calendar day of a spreadsheet date serial (days since 1899-12-30; since 1904-01-01 in the
 * 1904 system). The time of day, if any, is dropped; serials before 1900-03-01 are refused, because
 * Excel counts a 29 February 1900 that never was.
 */
export function spreadsheetSerialToDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial + 1e-9) + (date1904 ? DAYS_1904_OFFSET : 0);
  if (days < 61) return null;
  const date = new Date((days - UNIX_EPOCH_SERIAL) * 86_400_000);
  return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The calendar day a spreadsheet library gives as a `Date` at UTC midnight (plus any time of day). */
export function utcDateToCalendarDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

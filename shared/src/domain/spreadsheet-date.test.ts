import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  parseSpreadsheetDate,
  spreadsheetSerialToDate,
  utcDateToCalendarDate,
} from './spreadsheet-date.ts';

function read(text: string): string {
  const result = parseSpreadsheetDate(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to be a date: ${result.messageEn}`);
  return result.value;
}

describe('text dates from spreadsheets', () => {
  it('reads every accepted way of writing 9 October 2025', () => {
    for (const text of [
      '2025-10-09',
      '2025-10-9',
      '2025/10/9',
      '2025/10/09',
      '2025.10.9',
      '2025年10月9日',
      '2025 年 10 月 9 日',
      '２０２５年１０月９日',
      '２０２５－１０－０９',
      ' 2025-10-09 ',
      '20251009',
      '2025-10-09 00:00:00',
      '2025-10-09T00:00:00Z',
      '2025/10/9 0:00',
    ]) {
      expect(read(text), text).toBe('2025-10-09');
    }
  });

  it('refuses days that do not exist, with the reason in both languages', () => {
    for (const text of ['2025-02-30', '2023-02-29', '2025/13/1', '2025年4月31日', '2025-00-10']) {
      const result = parseSpreadsheetDate(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.messageZh).toContain('不存在');
        expect(result.messageEn).toContain('does not exist');
      }
    }
    expect(read('2024-02-29')).toBe('2024-02-29');
  });

  it('refuses text that is not a date, naming the accepted formats', () => {
    for (const text of ['', '十月九日', '2025-10', '09/10/2025', '2025-10/09', '2025-10-09 12:30', 'n/a', '45939']) {
      const result = parseSpreadsheetDate(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.messageZh).toMatch(/无法识别日期/);
    }
  });

  it('reads back any real date written in any accepted format (property)', () => {
    const day = fc
      .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
      .map((date) => ({
        iso: date.toISOString().slice(0, 10),
        y: date.getUTCFullYear(),
        m: date.getUTCMonth() + 1,
        d: date.getUTCDate(),
      }));
    fc.assert(
      fc.property(day, fc.constantFrom('-', '/', '.', '年'), ({ iso, y, m, d }, separator) => {
        const text = separator === '年' ? `${y}年${m}月${d}日` : [y, m, d].join(separator);
        expect(read(text)).toBe(iso);
      }),
    );
  });
});

describe('date serials and cell dates', () => {
  it('turns serials into calendar days in the 1900 and 1904 systems, ignoring the time of day', () => {
    expect(spreadsheetSerialToDate(45939)).toBe('2025-10-09');
    expect(spreadsheetSerialToDate(45939.99)).toBe('2025-10-09');
    expect(spreadsheetSerialToDate(61)).toBe('1900-03-01');
    expect(spreadsheetSerialToDate(60)).toBeNull();
    expect(spreadsheetSerialToDate(44477, true)).toBe('2025-10-09');
    expect(spreadsheetSerialToDate(Number.NaN)).toBeNull();
  });

  it('reads a library’s UTC-midnight Date as that day, whatever the process’s zone', () => {
    expect(utcDateToCalendarDate(new Date(Date.UTC(2025, 9, 9)))).toBe('2025-10-09');
    expect(utcDateToCalendarDate(new Date(Date.UTC(2025, 9, 9, 23, 59)))).toBe('2025-10-09');
    expect(utcDateToCalendarDate(new Date(Number.NaN))).toBeNull();
  });

  it('builds only dates that exist', () => {
    expect(calendarDate(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarDate(2025, 2, 29)).toBeNull();
    expect(calendarDate(999, 1, 1)).toBeNull();
  });
});

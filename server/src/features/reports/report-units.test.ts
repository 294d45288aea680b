import { defaultReportSince as defaultSince } from '@cloudstd/shared/domain/report-period';
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './csv.ts';
import { formatGeneratedAt } from './render-meta.ts';
import { contentDisposition } from '../../http/download.ts';
import { reportFileName } from './report-messages.ts';
import { excelDate } from './xlsx.ts';

describe('report helpers', () => {
  it('starts "published since" a quarter before the as-of date', () => {
    expect(defaultSince('2026-06-30')).toBe('2026-04-01');
    expect(defaultSince('2026-09-30')).toBe('2026-07-01');
    expect(defaultSince('2026-12-31')).toBe('2026-10-01');
    expect(defaultSince('2026-03-31')).toBe('2026-01-01');
    expect(defaultSince('2026-11-21')).toBe('2026-08-22');
    expect(defaultSince('2026-01-15')).toBe('2025-10-16');
    // 30 May − 3 months has no 30 February: its last day, then the day after.
    expect(defaultSince('2026-05-30')).toBe('2026-03-01');
  });

  it('neutralises text that a spreadsheet would run, never numbers', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', ' =1', '\u200b=1', '＝1']) {
      expect(neutraliseCell(text)).toBe(`'${text}`);
    }
    // Every line that starts like a formula, since a bare CR ends a row for Excel.
    expect(neutraliseCell('\r=1')).toBe("'\r'=1");
    expect(neutraliseCell('a\r+1+1\nb\r\n-2')).toBe("a\r'+1+1\nb\r\n'-2");
    expect(neutraliseCell(-1)).toBe(-1);
    expect(neutraliseCell(0)).toBe(0);
    expect(neutraliseCell('GB/T 32400-2015')).toBe('GB/T 32400-2015');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(null)).toBe('');
  });

  it('turns calendar dates into UTC midnights (whole Excel serials, no zone shift)', () => {
    expect(excelDate('2026-01-31')?.toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(excelDate(null)).toBeNull();
  });

  it('names downloads in Chinese with an ASCII fallback (RFC 5987)', () => {
    expect(contentDisposition(reportFileName('progress', '2026-11-21', 'pdf'))).toBe(
      `attachment; filename="cloudstd-progress-2026-11-21.pdf"; filename*=UTF-8''%E4%BA%91%E8%AE%A1%E7%AE%97%E6%A0%87%E5%87%86%E8%BF%9B%E5%B1%95%E6%8A%A5%E5%91%8A_2026-11-21.pdf`,
    );
    // A snapshot's name goes into both: the fallback stays a valid header, the UTF-8 name keeps every character.
    expect(contentDisposition(reportFileName('progress', '第"3"季度(草稿)_2026-09-30', 'xlsx'))).toBe(
      `attachment; filename="cloudstd-progress-__3___(__)_2026-09-30.xlsx"; filename*=UTF-8''%E4%BA%91%E8%AE%A1%E7%AE%97%E6%A0%87%E5%87%86%E8%BF%9B%E5%B1%95%E6%8A%A5%E5%91%8A_%E7%AC%AC%223%22%E5%AD%A3%E5%BA%A6%28%E8%8D%89%E7%A8%BF%29_2026-09-30.xlsx`,
    );
  });

  it('states the generation time in Beijing time', () => {
    expect(formatGeneratedAt(new Date('2026-11-21T16:30:00Z'), 'zh')).toBe('2026-11-22 00:30（北京时间）');
    expect(formatGeneratedAt(new Date('2026-11-21T16:30:00Z'), 'en')).toBe('2026-11-22 00:30 (Beijing time)');
  });
});

import { PassThrough } from 'node:stream';
import { testDatabaseDrivers } from '@cloudstd/db/testing';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryParser } from '../../testing/binary-parser.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';
import { writeCsv } from './csv.ts';

/** Formula prefixes, line breaks and tabs in every position, quotes, separators and Unicode look-alikes. */
const hostileString = fc
  .array(
    fc.oneof(
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '\r\r', '\n\r'),
      fc.constantFrom(' ', '"', ',', ';', "'", '\u00a0', '\u200b', '\u2060', '\ufeff', '＝', '＋', '－', '＠'),
      fc.constantFrom('1+1', 'SUM(A1)', 'HYPERLINK("http://x")', "cmd|' /C calc'!A0", '云计算', 'GB/T 1-2020', 'x'),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const hostileStrings = fc.sample(hostileString, { numRuns: 10_000, seed: 20261203 });

/**
 * Rows as Excel reads a CSV: a quoted field runs to its closing quote (`""` is a quote) whatever it
 * holds; outside quotes a comma ends a field and CR, LF or CRLF each end a row.
 */
function excelRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i] ?? '';
    if (char === '"' && field === '') {
      for (i++; i < text.length; i++) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else break;
        } else field += text[i] ?? '';
      }
      i++;
      continue;
    }
    if (char === ',') endField();
    else if (char === '\r') {
      endRow();
      if (text[i + 1] === '\n') i++;
    } else if (char === '\n') endRow();
    else field += char;
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** A cell (or any line of it a reader might split off) that a spreadsheet would evaluate. */
const LIVE_FORMULA = /(?:^|[\r\n])[\s\u200b-\u200d\u2060\ufeff]*[=+\-@＝＋－＠]/;

describe('CSV exports against hostile text', () => {
  it('checks its Excel reader: bare CR, LF and CRLF end rows outside quotes only', () => {
    expect(excelRows('a,b\rc\nd\r\n"e\rf",g\r\n')).toEqual([['a', 'b'], ['c'], ['d'], ['e\rf', 'g']]);
    expect(LIVE_FORMULA.test('x\r+1')).toBe(true);
    expect(LIVE_FORMULA.test("x\r'+1")).toBe(false);
  });

  it('writes 10,000 generated strings with 0 live formulas and 0 split rows', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const records = hostileStrings.map((text, index) => [index, text, `${text}|${text}`]);
    await writeCsv(out, ['n', 'text', 'twice'], [records]);
    const rows = excelRows(Buffer.concat(chunks).subarray(3).toString('utf8'));
    expect(rows).toHaveLength(hostileStrings.length + 1);
    const live = rows.slice(1).filter((row, index) => {
      expect(row).toHaveLength(3);
      expect(row[0]).toBe(String(index));
      return row.slice(1).some((cell) => LIVE_FORMULA.test(cell));
    });
    expect(live).toEqual([]);
  });
});

describe.each(testDatabaseDrivers())('exports of hostile records on %s', (driver) => {
  let ctx: TestContext;
  const AS_OF = '2026-06-30';
  beforeAll(async () => {
    ctx = await createTestContext(driver);
    // Records as an older version or a direct database load could have stored them.
    for (let start = 0; start < hostileStrings.length; start += 1000) {
      await ctx.handle.db
        .insertInto('standard')
        .values(
          hostileStrings.slice(start, start + 1000).map((text, offset) => ({
            number: `T/HX ${start + offset + 1}-2025`,
            level: 'group' as const,
            kind: 'new' as const,
            title_zh: text,
            title_en: text,
            published_on: '2026-01-01',
            replaces: [],
            tags: [],
          })),
        )
        .execute();
    }
  }, 120_000);
  afterAll(() => ctx.close());

  const download = async (path: string) => {
    const res = await (await ctx.signedIn('viewer')).get(path).buffer(true).parse(binaryParser);
    expect(res.status).toBe(200);
    return res.body as Buffer;
  };

  it('standards.csv: every record one row, 0 live formulas', async () => {
    const rows = excelRows(
      (await download(`/api/v1/reports/standards.csv?asOf=${AS_OF}`)).subarray(3).toString('utf8'),
    );
    expect(rows).toHaveLength(hostileStrings.length + 1);
    const width = rows[0]?.length;
    expect(rows.every((row) => row.length === width)).toBe(true);
    expect(rows.filter((row) => row.some((cell) => LIVE_FORMULA.test(cell)))).toEqual([]);
  }, 60_000);

  it('progress.xlsx: every record one row, no cell a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await download(`/api/v1/reports/progress.xlsx?asOf=${AS_OF}`)).buffer);
    const formulas: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.type === ExcelJS.ValueType.SharedString) {
            formulas.push(cell.address);
          }
        }),
      );
    }
    expect(formulas).toEqual([]);
    const list = workbook.getWorksheet('标准清单');
    expect(list?.rowCount).toBe(hostileStrings.length + 1);
  }, 60_000);
});

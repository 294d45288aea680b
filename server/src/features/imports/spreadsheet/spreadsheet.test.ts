import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../http/errors.ts';
import { cellDate, cellText, columnLetter, splitList } from './cells.ts';
import { matchColumns, matchHeader, normaliseHeader } from './columns.ts';
import { decodeText } from './decode-text.ts';
import { detectDelimiter, readCsv } from './read-csv.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';
import { zipEntries } from './zip-entries.ts';

const limits = { maxRows: 100, maxColumns: 20, maxRecordChars: 1000, maxUncompressedBytes: 10 * 1024 * 1024 };

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<AppError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('decoding text files', () => {
  const text = '标准号,标准名称\nGB/T 32400-2015,信息技术 云计算 概览与词汇\n';

  it('follows a BOM, else takes valid UTF-8, else reads GB18030', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'utf-8-bom',
    });
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
    // 𠮷 is outside GBK: GB18030 has it as a four-byte sequence.
    expect(decodeText(iconv.encode('𠮷,云', 'gb18030'))?.text).toBe('𠮷,云');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({
      text,
      encoding: 'utf-16le',
    });
  });

  it('refuses binary content', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toBeNull();
  });
});

describe('reading CSV', () => {
  it('detects the delimiter from the header line, ignoring quoted text', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('a;b;c\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"x;y;z",b\n')).toBe(',');
    expect(detectDelimiter('只有一列\n')).toBe(',');
  });

  it('keeps each record’s row number, quoted line breaks included, as Excel numbers them', () => {
    const { rows } = readCsv('a,b\n\n"多行\n备注",x\nc,"d ""引号"""\n', limits);
    expect(rows.map((row) => [row.row, row.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['']],
      [3, ['多行\n备注', 'x']],
      [4, ['c', 'd "引号"']],
    ]);
  });

  it('refuses over-long records, too many columns and too many rows', async () => {
    expect((await refusal(() => readCsv(`a\n${'x'.repeat(5000)}\n`, limits))).code).toBe('IMPORT_UNREADABLE_FILE');
    expect((await refusal(() => readCsv(`a\n${','.repeat(30)}\n`, limits))).options.detail?.en).toContain('31 columns');
    expect((await refusal(() => readCsv('a\n'.repeat(200), limits))).code).toBe('IMPORT_TOO_MANY_ROWS');
  });
});

describe('reading XLSX', () => {
  it('reads text, numbers, date cells, rich text, formulas and hyperlinks as cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('清单');
    sheet.addRow(['标准号', '发布日期', '备注', '计算', '链接']);
    sheet.addRow([
      'GB/T 1-2020',
      new Date(Date.UTC(2020, 11, 31)),
      { richText: [{ text: '富' }, { text: '文本' }] },
      { formula: '1+1', result: 2 },
      { text: '官网', hyperlink: 'https://www.sac.gov.cn' },
    ]);
    sheet.getCell('B2').numFmt = 'yyyy/m/d';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(zipEntries(bytes)?.names).toContain('xl/workbook.xml');
    const read = await readSpreadsheet({ bytes, name: '清单.xlsx' }, {}, limits);
    expect(read).toMatchObject({ format: 'xlsx', sheet: '清单', sheets: ['清单'] });
    expect(read.rows[1]?.cells).toEqual(['GB/T 1-2020', { date: '2020-12-31' }, '富文本', 2, '官网']);
  });

  it('refuses a renamed file, an old .xls and a workbook that unpacks too large', async () => {
    expect(zipEntries(Buffer.from('not a zip at all, just text'))).toBeNull();
    const renamed = await refusal(readSpreadsheet({ bytes: Buffer.from('%PDF-1.4 …'), name: 'a.xlsx' }, {}, limits));
    expect(renamed.code).toBe('IMPORT_UNREADABLE_FILE');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('s').addRow(['x'.repeat(1000)]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const bomb = await refusal(
      readSpreadsheet({ bytes, name: 'a.xlsx' }, {}, { ...limits, maxUncompressedBytes: 1000 }),
    );
    expect(bomb.options.detail?.zh).toContain('解压后超过');
  });
});

describe('matching headers', () => {
  const specs = [
    { key: 'number', zh: '标准号', aliases: ['标准编号'] },
    { key: 'title_zh', zh: '标准名称' },
    { key: 'published_on', zh: '发布日期' },
  ];
  const index = new Map([
    ['标准号', 'number'],
    ['number', 'number'],
    ['标准编号', 'number'],
    ['标准名称', 'title_zh'],
    ['titlezh', 'title_zh'],
    ['发布日期', 'published_on'],
    ['publishedon', 'published_on'],
    ['项目周期(月)', 'plan_period_months'],
    ['planperiodmonths', 'plan_period_months'],
  ]);

  it('ignores case, width, spaces, underscores and required marks, and reads bilingual headers', () => {
    expect(normaliseHeader(' Title_ZH ')).toBe('titlezh');
    expect(normaliseHeader('ＴＩＴＬＥ－ＺＨ')).toBe('titlezh');
    expect(normaliseHeader('标准号*')).toBe('标准号');
    expect(normaliseHeader('标准号（必填）')).toBe('标准号');
    for (const header of [
      '标准号',
      'Number',
      'NUMBER',
      '标准号/number',
      '标准号\nnumber',
      '标准号 (number)',
      '标准编号',
    ]) {
      expect(matchHeader(header, index), header).toBe('number');
    }
    expect(matchHeader('Published On', index)).toBe('published_on');
    expect(matchHeader('标准号/标准名称', index)).toBeNull();
    // A name with brackets stays whole in a bilingual pair (the template's own header).
    expect(matchHeader('项目周期（月）\nplan_period_months', index)).toBe('plan_period_months');
    expect(matchHeader('项目周期(月)/plan_period_months', index)).toBe('plan_period_months');
    expect(matchHeader('负责人', index)).toBeNull();
  });

  it('finds the header below title rows and reports unknown columns', () => {
    const matched = matchColumns(
      [
        { row: 1, cells: ['2025年第1号公告'] },
        { row: 3, cells: ['序号', '标准编号', '标准名称', null, '发布日期'] },
        { row: 4, cells: [1, 'GB/T 1-2020', '一', 'x', null] },
        { row: 5, cells: [null, '', ' ', 'only an unheaded cell', null] },
      ],
      specs,
    );
    expect(matched.headerRow).toBe(3);
    expect(matched.columns).toEqual([
      { index: 0, header: '序号', key: null },
      { index: 1, header: '标准编号', key: 'number' },
      { index: 2, header: '标准名称', key: 'title_zh' },
      { index: 4, header: '发布日期', key: 'published_on' },
    ]);
    expect(matched.unknownColumns).toEqual(['序号']);
    expect(matched.dataRows.map((row) => row.row)).toEqual([4]);
  });

  it('refuses a sheet without a header and a column given twice', async () => {
    expect((await refusal(() => matchColumns([{ row: 1, cells: ['a', 'b'] }], specs))).code).toBe('IMPORT_BAD_HEADER');
    const twice = await refusal(() => matchColumns([{ row: 1, cells: ['标准号', 'number', '标准名称'] }], specs));
    expect(twice.options.detail?.zh).toContain('第 A 列和第 B 列');
    expect((await refusal(() => matchColumns([{ row: 1, cells: ['', null] }], specs))).code).toBe('IMPORT_EMPTY_FILE');
  });
});

describe('cells', () => {
  it('turns cells into text and dates, splits lists and names columns', () => {
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText({ date: '2025-10-09' })).toBe('2025-10-09');
    expect(cellDate(20251009)).toEqual({ ok: true, value: '2025-10-09' });
    expect(cellDate('  ')).toBeNull();
    expect(cellDate(45939)?.ok).toBe(false);
    expect(splitList('02.2.4；云原生、 03.1\n03.2;;')).toEqual(['02.2.4', '云原生', '03.1', '03.2']);
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

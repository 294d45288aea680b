import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { coverageStateLabels, progressStatusLabels } from '@cloudstd/shared/domain/labels';
import { coverageResponseSchema, dashboardSummarySchema } from '@cloudstd/shared/schemas/dashboard';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';
import { binaryParser } from '../../testing/binary-parser.ts';
import { extractPdfText } from './testing.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;
const AS_OF = '2026-06-30';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/*
 * Fixture (default set: new national + industry standards published 2025-10-09 … 2027-12-31), as of 2026-06-30:
 *   GB/T 60001-2025  national, 2025-11-01, 01.2; a title with a comma, quotes and a line break   counted
 *   YD/T 60002-2026  industry, 2026-02-01, 03.4; title `=HYPERLINK(…)`                             counted
 *   T/CESA 60003-2026 group,   2026-03-01, 04.2; title `-2+3 …`                                    group only
 *   GB/T 60004-2026  national, 2026-04-01, withdrawn 2026-05-01, 05.1.1; title `@SUM(1) …`          not counted
 *   plan 20260001-T-469, approved 2026-01-10, 06.1.1; title `+cmd …`                                pipeline
 * and one enterprise (an all-digit credit code) adopting GB/T 60001-2025 on 2026-05-01.
 */
const awkwardTitle = '云计算 参考架构, 第 1 部分："总则"\n附录';
const fixtures = [
  { number: 'GB/T 60001-2025', directions: ['01.2'], publishedOn: '2025-11-01', titleZh: awkwardTitle },
  { number: 'YD/T 60002-2026', directions: ['03.4'], publishedOn: '2026-02-01', titleZh: '=HYPERLINK("http://x")' },
  { number: 'T/CESA 60003-2026', directions: ['04.2'], publishedOn: '2026-03-01', titleZh: '-2+3 云化行业应用' },
  {
    number: 'GB/T 60004-2026',
    directions: ['05.1.1'],
    publishedOn: '2026-04-01',
    withdrawnOn: '2026-05-01',
    titleZh: '@SUM(1) 服务目录',
  },
  {
    number: null,
    planNumber: '20260001-T-469',
    directions: ['06.1.1'],
    publishedOn: null,
    approvedOn: '2026-01-10',
    titleZh: '+cmd 云安全术语',
  },
];

describe.each(testDatabaseDrivers())('reports and exports on %s', (driver) => {
  let ctx: TestContext;
  let viewer: Agent;
  const download = async (path: string, status = 200) => {
    const res = await viewer.get(path).buffer(true).parse(binaryParser);
    expect(res.status, `${path}: ${res.status === 200 ? '' : String(res.body)}`).toBe(status);
    return res;
  };
  const readCsv = (body: Buffer): string[][] => parse(body.subarray(3));

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    viewer = await ctx.signedIn('viewer');
    const editor = await ctx.signedIn('editor');
    for (const fixture of fixtures) {
      const res = await editor.post('/api/v1/standards').send(buildStandard({ inForceOn: null, ...fixture }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const standard = await ctx.handle.db
      .selectFrom('standard')
      .select('id')
      .where('number', '=', 'GB/T 60001-2025')
      .executeTakeFirstOrThrow();
    const enterprise = await ctx.handle.db
      .insertInto('enterprise')
      .values({ name: '云端测试科技有限公司', credit_code: '123456789012345678', industry: '制造', province: '北京' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.handle.db
      .insertInto('adoption')
      .values({
        enterprise_id: enterprise.id,
        standard_id: standard.id,
        adopted_on: '2026-05-01',
        evidence: 'certificate',
      })
      .execute();
  });
  afterAll(() => ctx.close());

  describe('standards.csv', () => {
    it('is UTF-8 with a BOM and no sep= line, Chinese headers by default, a download with the Chinese file name', async () => {
      const res = await download(`/api/v1/reports/standards.csv?asOf=${AS_OF}`);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="cloudstd-standards-cloud-computing-2025_${AS_OF}.csv"; filename*=UTF-8''${encodeURIComponent(`标准清单_cloud-computing-2025_${AS_OF}.csv`)}`,
      );
      const body = res.body as Buffer;
      expect(body.subarray(0, 3).equals(BOM)).toBe(true);
      expect(body.subarray(3, 10).toString('utf8')).not.toMatch(/^sep=/i);
      const [header, ...rows] = readCsv(body);
      expect(header?.slice(0, 3)).toEqual(['标准号', '计划号', '标准名称']);
      expect(rows).toHaveLength(5);
    });

    it('quotes commas, quotes and line breaks (RFC 4180) and reads back to the same title', async () => {
      const body = (await download(`/api/v1/reports/standards.csv?asOf=${AS_OF}`)).body as Buffer;
      expect(body.toString('utf8')).toContain('"云计算 参考架构, 第 1 部分：""总则""\n附录"');
      const rows = readCsv(body);
      expect(rows.find((row) => row[0] === 'GB/T 60001-2025')?.[2]).toBe(awkwardTitle);
      expect(body.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFF标准号,/);
    });

    it('neutralises text cells that start a formula, and leaves numbers and codes intact', async () => {
      const rows = readCsv((await download(`/api/v1/reports/standards.csv?asOf=${AS_OF}`)).body as Buffer);
      const titles = rows.slice(1).map((row) => row[2]);
      expect(titles).toEqual(
        expect.arrayContaining([
          `'=HYPERLINK("http://x")`,
          `'-2+3 云化行业应用`,
          `'@SUM(1) 服务目录`,
          `'+cmd 云安全术语`,
        ]),
      );
      const plan = rows.find((row) => row[1] === '20260001-T-469');
      expect(plan?.[0]).toBe('');
      expect(rows.find((row) => row[0] === 'GB/T 60004-2026')?.[14]).toBe('2026-05-01');
    });

    it('applies the list’s filters and sort, and English headers with lang=en', async () => {
      const rows = readCsv(
        (
          await download(
            `/api/v1/reports/standards.csv?asOf=${AS_OF}&level=national,industry&sort=number&order=desc&lang=en`,
          )
        ).body as Buffer,
      );
      expect(rows[0]?.slice(0, 3)).toEqual(['Number', 'Plan number', 'Title (Chinese)']);
      expect(rows.slice(1).map((row) => row[0])).toEqual(['YD/T 60002-2026', 'GB/T 60004-2026', 'GB/T 60001-2025', '']);
      expect(rows[1]?.[4]).toBe('Industry');
    });
  });

  describe('coverage.csv', () => {
    it('lists the final edition’s 53 directions by default, and any edition on request', async () => {
      const [, ...rows] = readCsv((await download(`/api/v1/reports/coverage.csv?asOf=${AS_OF}`)).body as Buffer);
      expect(rows).toHaveLength(53);
      expect(rows[0]?.slice(0, 4)).toEqual(['A', '基础标准', 'A.1', '术语']);
      expect(rows.find((row) => row[2] === 'C.4')?.[9]).toBe('已覆盖');
      const unknown = await viewer.get('/api/v1/reports/coverage.csv?framework=nope').expect(404);
      expect(unknown.body).toMatchObject({ code: 'NOT_FOUND', framework: 'nope' });
    });

    it('lists all 50 directions of the draft with the dashboard’s counts, zeros included, numbers as numbers', async () => {
      const body = (await download(`/api/v1/reports/coverage.csv?asOf=${AS_OF}&framework=cloud-computing-draft`))
        .body as Buffer;
      expect(body.subarray(0, 3).equals(BOM)).toBe(true);
      const [header, ...rows] = readCsv(body);
      expect(header).toEqual([
        '部分',
        '部分名称',
        '研制方向编码',
        '研制方向',
        '国家标准',
        '行业标准',
        '团体标准',
        '地方标准（不计入）',
        '在研',
        '状态',
        '标准体系',
      ]);
      const coverage = coverageResponseSchema.parse(
        (await viewer.get(`/api/v1/dashboard/coverage?asOf=${AS_OF}&framework=cloud-computing-draft`)).body,
      );
      expect(rows).toHaveLength(50);
      for (const item of coverage.items) {
        const row = rows.find((r) => r[2] === item.code);
        expect(row?.slice(4, 9)).toEqual(
          [item.national, item.industry, item.group, item.local, item.pipeline].map(String),
        );
      }
      expect(rows.find((row) => row[2] === '03.4')?.[9]).toBe('已覆盖');
      expect(rows.find((row) => row[2] === '04.2')?.[9]).toBe('仅团体标准');
      expect(rows.find((row) => row[2] === '02.1.1')?.slice(4, 10)).toEqual(['0', '0', '0', '0', '0', '空白']);
      // Codes such as 01.1 are text, never reformatted as numbers.
      expect(rows[0]?.[2]).toBe('01.1');
    });
  });

  describe('progress.xlsx', () => {
    let workbook: ExcelJS.Workbook;
    beforeAll(async () => {
      const res = await download(`/api/v1/reports/progress.xlsx?asOf=${AS_OF}`);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent(`云计算标准进展报告_${AS_OF}.xlsx`)}`,
      );
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(res.body as Buffer).buffer);
    });
    const sheet = (name: string) => {
      const found = workbook.getWorksheet(name);
      if (!found) throw new Error(`no sheet ${name}`);
      return found;
    };

    it('has the four sheets, each with a frozen header row', () => {
      expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
        '概览',
        '研制方向覆盖',
        '标准清单',
        '贯标企业',
        '宣贯活动',
        '国际标准',
      ]);
      for (const ws of workbook.worksheets) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });

    it('shows the dashboard API’s numbers in 概览 and 研制方向覆盖', async () => {
      const summary = dashboardSummarySchema.parse((await viewer.get(`/api/v1/dashboard/summary?asOf=${AS_OF}`)).body);
      const coverage = coverageResponseSchema.parse(
        (await viewer.get(`/api/v1/dashboard/coverage?asOf=${AS_OF}`)).body,
      );
      const overview = sheet('概览');
      const valueOf = (label: string) => {
        let found: ExcelJS.CellValue;
        overview.eachRow((row) => {
          if (row.getCell(1).value === label) found = row.getCell(2).value;
        });
        return found;
      };
      expect(summary.standards.counted).toBe(2);
      expect(valueOf('计入目标的标准')).toBe(summary.standards.counted);
      expect(valueOf('已覆盖研制方向')).toBe(summary.coverage.covered);
      expect(valueOf('空白方向')).toBe(summary.coverage.gaps);
      expect(valueOf('贯标企业')).toBe(summary.enterprises.counted);
      expect(valueOf('截至日期')).toEqual(new Date(Date.UTC(2026, 5, 30)));
      expect(valueOf('标准体系')).toBe('云计算综合标准化体系建设指南（2025版）');

      const directions = sheet('研制方向覆盖');
      expect(directions.rowCount).toBe(54);
      coverage.items.forEach((item, index) => {
        const row = directions.getRow(index + 2);
        expect(row.getCell(3).value).toBe(item.code);
        expect([4, 5, 6, 7, 8, 9].map((c) => row.getCell(c + 1).value)).toEqual([
          item.national,
          item.industry,
          item.group,
          item.local,
          item.pipeline,
          { covered: '已覆盖', 'group-only': '仅团体标准', gap: '空白' }[item.state],
        ]);
      });
    });

    it('lists every standard with real date cells (no time) and numbers and codes as text', () => {
      const list = sheet('标准清单');
      expect(list.rowCount).toBe(6);
      const header = list.getRow(1).values as ExcelJS.CellValue[];
      expect(header).toContain('发布日期');
      const published = (header as unknown[]).indexOf('发布日期');
      let national: ExcelJS.Row | undefined;
      list.eachRow((row) => {
        if (row.getCell(1).value === 'GB/T 60001-2025') national = row;
      });
      if (!national) throw new Error('GB/T 60001-2025 missing');
      const date = national.getCell(published);
      expect(date.type).toBe(ExcelJS.ValueType.Date);
      expect(date.value).toEqual(new Date(Date.UTC(2025, 10, 1)));
      expect(date.numFmt).toBe('yyyy-mm-dd');
      expect(national.getCell(1).type).toBe(ExcelJS.ValueType.String);
      expect(national.getCell(3).value).toBe(awkwardTitle);
      // The last column says whether it counts toward the goal.
      expect(national.getCell(national.cellCount).value).toBe('是');
      // Formula-looking titles stay plain text in a workbook (a cell's type decides, not its first character).
      const cells: ExcelJS.CellValue[] = [];
      list.eachRow((row) => cells.push(row.getCell(3).value));
      expect(cells).toContain('=HYPERLINK("http://x")');
      list.eachRow((row) => expect(row.getCell(3).type).not.toBe(ExcelJS.ValueType.Formula));
    });

    it('lists the adopting enterprises with the credit code as text', () => {
      const adopters = sheet('贯标企业');
      expect(adopters.rowCount).toBe(2);
      const row = adopters.getRow(2);
      expect(row.getCell(1).value).toBe('云端测试科技有限公司');
      expect(row.getCell(2).value).toBe('123456789012345678');
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(6).value).toEqual(new Date(Date.UTC(2026, 4, 1)));
      expect(row.getCell(8).value).toBe('GB/T 60001-2025');
    });
  });

  describe('progress.pdf', () => {
    it('is an A4 committee report whose Chinese text reads back: title, directions, KPI figures, page numbers', async () => {
      const res = await download(`/api/v1/reports/progress.pdf?asOf=${AS_OF}&since=2026-01-01`);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent(`云计算标准进展报告_${AS_OF}.pdf`)}`,
      );
      const body = res.body as Buffer;
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(body.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
      const pages = await extractPdfText(body);
      const text = pages.join('\n');
      expect(text).toContain('云计算标准化工作进展报告');
      expect(text).toContain(`截至日期：${AS_OF}`);
      expect(text).toContain('已计入 2 项');
      expect(text).toContain('参考架构');
      expect(text).toContain('人工智能即服务');
      // Standards published since the chosen date, with their numbers.
      expect(text).toContain('YD/T 60002-2026');
      expect(text).toContain('T/CESA 60003-2026');
      expect(text).not.toContain('GB/T 60001-2025 ');
      expect(pages[0]).toContain(`第 1 页 / 共 ${pages.length} 页`);
      expect(pages.at(-1)).toContain(`第 ${pages.length} 页 / 共 ${pages.length} 页`);
    });

    it('says what the dashboard says: the progress status and coverage state words of shared/domain/labels', async () => {
      const summary = dashboardSummarySchema.parse(
        (await viewer.get(`/api/v1/dashboard/summary?asOf=${AS_OF}`).expect(200)).body,
      );
      for (const lang of ['zh', 'en'] as const) {
        const pdf = await download(`/api/v1/reports/progress.pdf?asOf=${AS_OF}&lang=${lang}`);
        // pdf.js may break a line inside a table cell; spaces do not carry meaning here.
        const text = (await extractPdfText(pdf.body)).join('').replace(/\s+/g, '');
        const word = (label: { zh: string; en: string }) => label[lang].replace(/\s+/g, '');
        expect(text).toContain(word(progressStatusLabels[summary.standards.status]));
        expect(text).toContain(word(coverageStateLabels['group-only']));
        expect(text).toContain(word(coverageStateLabels.covered));
      }
    });

    it('names the edition it follows, the final one by default and the draft on request', async () => {
      const text = async (query: string) =>
        (await extractPdfText((await download(`/api/v1/reports/progress.pdf?asOf=${AS_OF}${query}`)).body))
          .join('')
          .replace(/\s+/g, '');
      expect(await text('')).toContain('标准体系：云计算综合标准化体系建设指南（2025版）');
      expect(await text('&framework=cloud-computing-draft')).toContain(
        '标准体系：云计算综合标准化体系建设指南（征求意见稿）',
      );
      await viewer.get(`/api/v1/reports/progress.pdf?asOf=${AS_OF}&framework=nope`).expect(404);
    });

    it('reads in English with lang=en', async () => {
      const pages = await extractPdfText((await download(`/api/v1/reports/progress.pdf?asOf=${AS_OF}&lang=en`)).body);
      expect(pages[0]).toContain('Cloud Computing Standardisation Progress Report');
      expect(pages[0]).toContain(`As of: ${AS_OF}`);
      expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    });
  });

  describe('bad input', () => {
    const problem = async (path: string, status: number) => {
      const res = await viewer.get(path);
      expect(res.status, path).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      return res.body as { code: string; errors?: { field: string }[] };
    };

    it('refuses an unknown format, invalid dates, since after asOf, an unknown target set or language', async () => {
      expect((await problem('/api/v1/reports/progress.docx', 400)).errors?.[0]?.field).toBe('format');
      expect((await problem('/api/v1/reports/progress.pdf?asOf=2026-02-30', 400)).errors?.[0]?.field).toBe('asOf');
      expect((await problem('/api/v1/reports/standards.csv?asOf=yesterday', 400)).errors?.[0]?.field).toBe('asOf');
      expect(
        (await problem('/api/v1/reports/progress.xlsx?asOf=2026-01-01&since=2026-02-01', 400)).errors?.[0]?.field,
      ).toBe('since');
      expect((await problem('/api/v1/reports/progress.pdf?targetSet=nope', 400)).errors?.[0]?.field).toBe('targetSet');
      expect((await problem('/api/v1/reports/coverage.csv?lang=fr', 400)).errors?.[0]?.field).toBe('lang');
      await problem('/api/v1/reports/progress.csv', 400);
      await problem('/api/v1/reports/enterprises.csv', 404);
    });
  });
});

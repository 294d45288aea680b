import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { importReportSchema } from '@cloudstd/shared/schemas/import';
import { standardListSchema, standardSchema } from '@cloudstd/shared/schemas/standard';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { binaryParser } from '../../testing/binary-parser.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';
import { byRow, csv, importUploads, outcomes } from './testing.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

const HEADER_ZH = ['标准号', '标准名称', '研制方向', '发布日期', '实施日期', '归口单位', '采用国际标准', '标签'];

/** A CSV as a spreadsheet program writes it: CRLF, quotes only where needed. */

async function xlsx(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('标准'), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(testDatabaseDrivers())('standards import on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;

  const { upload, dryRun, commit } = importUploads('standards', () => editor);
  const counts = async () => ({
    standards: Number(
      (
        await ctx.handle.db
          .selectFrom('standard')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    links: Number(
      (
        await ctx.handle.db
          .selectFrom('standard_direction')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('origin', '=', 'filed')
          .executeTakeFirstOrThrow()
      ).n,
    ),
    audit: Number(
      (
        await ctx.handle.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    committedImports: Number(
      (
        await ctx.handle.db
          .selectFrom('data_import')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('committed', '=', true)
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });
  const findStandard = async (q: string) => {
    const res = await viewer.get('/api/v1/standards').query({ q });
    expect(res.status).toBe(200);
    return (res.body.items as unknown[]).map((item) => standardSchema.parse(item));
  };

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
  });
  afterAll(() => ctx.close());

  it('previews a UTF-8 CSV without writing, then commits it in one go, audited under the import', async () => {
    const file = csv([
      ['number', 'title_zh', 'title_en', 'directions', 'published_on', 'implemented_on', 'committee', 'kind'],
      [
        'gb/t 32400—2015',
        '信息技术 云计算 概览与词汇',
        'Cloud computing — Overview',
        '01.1',
        '2015-12-31',
        '2017-01-01',
        'tc28',
        'new',
      ],
      ['YD/T 3763.1-2020', '云计算 边缘计算 第1部分', '', '云际;Networking', '2020/12/9', '', 'TC1', '制定'],
      ['T/CESA 1234-2022', '云原生 应用 测试', '', '02.2.4、02.5.3', '2022年3月1日', '', '', ''],
    ]);
    const before = await counts();
    const preview = await dryRun(file, 'utf8.csv');
    expect(preview).toMatchObject({
      dryRun: true,
      committed: false,
      fileName: 'utf8.csv',
      headerRow: 1,
      totals: { rows: 3, create: 3, update: 0, unchanged: 0, error: 0 },
      unknownColumns: [],
    });
    expect(preview.rows.map((row) => [row.row, row.number, row.action])).toEqual([
      [2, 'GB/T 32400-2015', 'create'],
      [3, 'YD/T 3763.1-2020', 'create'],
      [4, 'T/CESA 1234-2022', 'create'],
    ]);
    expect(await counts()).toEqual(before);

    const committed = await commit(file, 'utf8.csv');
    expect(committed).toMatchObject({ dryRun: false, committed: true, totals: { create: 3, error: 0 } });
    expect(committed.importId).toEqual(expect.any(Number));
    expect(committed.rows.every((row) => typeof row.standardId === 'number')).toBe(true);
    const after = await counts();
    expect(after).toEqual({
      standards: before.standards + 3,
      links: before.links + 5,
      audit: before.audit + 3,
      committedImports: before.committedImports + 1,
    });

    const [overview] = await findStandard('32400');
    expect(overview).toMatchObject({
      number: 'GB/T 32400-2015',
      level: 'national',
      directions: ['01.1'],
      publishedOn: '2015-12-31',
      inForceOn: '2017-01-01',
      committee: 'TC28',
      createdBy: 'editor',
    });
    const [edge] = await findStandard('3763.1');
    expect(edge).toMatchObject({
      level: 'industry',
      sector: 'YD',
      // Names resolve in the default (final) edition: 云际 is B.4.1, Networking B.1.3.
      directions: ['B.1.3', 'B.4.1'],
      publishedOn: '2020-12-09',
    });
    const [group] = await findStandard('CESA 1234');
    expect(group).toMatchObject({ level: 'group', directions: ['02.2.4', '02.5.3'], publishedOn: '2022-03-01' });

    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id', 'after', 'import_id', 'actor_id'])
      .where('import_id', '=', committed.importId ?? -1)
      .orderBy('id')
      .execute();
    expect(audit.map((entry) => [entry.action, entry.entity, Number(entry.entity_id)])).toEqual(
      committed.rows.map((row) => ['create', 'standard', row.standardId]),
    );
    // The same snapshot shape as a standard created through the form.
    expect(audit[1]?.after).toMatchObject({ number: 'YD/T 3763.1-2020', directions: ['B.1.3', 'B.4.1'], tags: [] });
    const history = await viewer.get(`/api/v1/standards/${edge?.id}/history`).expect(200);
    expect(history.body[0]).toMatchObject({ action: 'create', actor: 'editor' });

    const importRow = await ctx.handle.db
      .selectFrom('data_import')
      .selectAll()
      .where('id', '=', committed.importId ?? -1)
      .executeTakeFirstOrThrow();
    expect(importRow).toMatchObject({
      kind: 'standards',
      file_name: 'utf8.csv',
      rows: 3,
      created: 3,
      updated: 0,
      committed: true,
      sheet: null,
    });
    expect(importRow.file_sha256).toMatch(/^[0-9a-f]{64}$/);

    // Importing the same file again changes nothing and writes nothing.
    const again = await commit(file, 'utf8.csv');
    expect(again.totals).toEqual({ rows: 3, create: 0, update: 0, unchanged: 3, error: 0 });
    expect(again.importId).toBeUndefined();
    expect(await counts()).toEqual(after);
  });

  it('reads a UTF-8 CSV with BOM and a GB18030 CSV with Chinese headers, as Excel on Chinese Windows saves them', async () => {
    const rows = [
      HEADER_ZH,
      [
        'GB/T 37732-2019',
        '信息技术 云计算 云存储系统服务接口功能',
        '02.1.2',
        '2019-08-30',
        '2020-03-01',
        'TC28',
        '',
        '存储',
      ],
      ['GB/T 37736-2019', '信息技术 云计算 云资源监控通用要求', '监控告警', '2019.8.30', '', 'TC28', '', ''],
    ];
    const bom = await dryRun(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(rows))]), 'bom.csv');
    expect(bom.columns.map((column) => column.key)).toEqual([
      'number',
      'title_zh',
      'directions',
      'published_on',
      'implemented_on',
      'committee',
      'international',
      'tags',
    ]);
    expect(outcomes(bom)).toEqual({ 2: 'create', 3: 'create' });

    const gbk = iconv.encode(csv(rows), 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const report = await dryRun(gbk, '标准清单.csv');
    expect(report.fileName).toBe('标准清单.csv');
    expect(report.columns[1]).toEqual({ index: 1, header: '标准名称', key: 'title_zh' });
    expect(report.rows[0]?.cells[1]).toBe('信息技术 云计算 云存储系统服务接口功能');
    expect(outcomes(report)).toEqual({ 2: 'create', 3: 'create' });
  });

  it('detects semicolon- and tab-separated files and headers in any case, width and order', async () => {
    const semicolon = csv(
      [
        ['ＴＩＴＬＥ_ZH', 'Number', 'DIRECTIONS', 'Published On'],
        ['云计算 服务 分号测试', 'GB/T 50001-2024', '03.1;03.2', '2024-05-01'],
      ],
      ';',
    );
    const report = await dryRun(semicolon, 'semicolon.csv');
    expect(report.columns.map((column) => column.key)).toEqual(['title_zh', 'number', 'directions', 'published_on']);
    expect(report.rows[0]).toMatchObject({ number: 'GB/T 50001-2024', action: 'create', errors: [] });

    const tabs = csv(
      [
        ['标准号', '标准名称', '研制方向'],
        ['GB/T 50002-2024', '云计算 制表符 测试', '03.3'],
      ],
      '\t',
    );
    expect(outcomes(await dryRun(tabs, 'tabs.txt'))).toEqual({ 2: 'create' });
  });

  it('reads XLSX date cells without a time-zone shift, and text dates in every accepted format', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow([
        '标准号\nnumber',
        '标准名称',
        '研制方向',
        '发布日期',
        '实施日期',
        '立项日期',
        '备注 notes',
        '负责人',
      ]);
      sheet.addRow([
        'GB/T 50101-2025',
        '日期单元格 测试',
        '05.3.3',
        new Date(Date.UTC(2025, 0, 1)),
        new Date(Date.UTC(2025, 6, 31)),
        null,
        'A',
        '张三',
      ]);
      sheet.addRow([
        'GB/T 50102-2025',
        '文本日期 测试',
        '05.3.3',
        '2025年2月28日',
        '2025/3/1',
        '2023.1.15',
        null,
        null,
      ]);
      sheet.addRow(['GB/T 50103-2025', '数字日期 测试', '05.3.3', 20250301, '2025-03-02', null, null, null]);
      for (const row of [2, 3]) sheet.getCell(row, 4).numFmt = 'yyyy-mm-dd';
      sheet.getCell(2, 5).numFmt = 'yyyy"年"m"月"d"日"';
    });
    const report = await dryRun(file, 'dates.xlsx');
    expect(report).toMatchObject({ sheet: '标准', sheets: ['标准'], unknownColumns: ['负责人'] });
    expect(outcomes(report)).toEqual({ 2: 'create', 3: 'create', 4: 'create' });
    const cells = byRow(report);
    expect(cells.get(2)?.cells.slice(3, 5)).toEqual(['2025-01-01', '2025-07-31']);
    await commit(file, 'dates.xlsx');
    const [cellDates] = await findStandard('50101');
    expect(cellDates).toMatchObject({ publishedOn: '2025-01-01', inForceOn: '2025-07-31', notes: 'A' });
    const [textDates] = await findStandard('50102');
    expect(textDates).toMatchObject({ publishedOn: '2025-02-28', inForceOn: '2025-03-01', approvedOn: '2023-01-15' });
    const [numberDate] = await findStandard('50103');
    expect(numberDate?.publishedOn).toBe('2025-03-01');
  });

  it('points out every problem by row and column, and a commit with any error writes nothing', async () => {
    await ctx.handle.db.selectFrom('standard').select('id').execute();
    const existing = standardSchema.parse(
      (
        await editor
          .post('/api/v1/standards')
          .send(buildStandard({ number: 'GB/T 50200-2024' }))
          .expect(201)
      ).body,
    );
    const file = csv([
      ['标准号', '标准名称', '研制方向', '发布日期', '实施日期', '采用国际标准', '制修订'],
      ['GB/T 50201-2024', '正确的一行', '02.2.4', '2024-01-01', '', '', ''],
      ['GB/X 50202-2024', '标准号有误', '02.2.4', '', '', '', ''],
      ['GB/T 50203-2024', '方向未知', '09.9;量子计算', '', '', '', ''],
      ['GB/T 50204-2024', '方向不唯一', '设备安全', '', '', '', ''],
      ['GB/T 50205-2024', '日期不存在', '02.2.4', '2024-02-30', '', '', ''],
      ['GB/T 50201-2024', '文件内重复', '02.2.4', '', '', '', ''],
      ['DB99/T 1234-2020', '地方标准（省级代码不存在）', '02.2.4', '', '', '', ''],
      ['GB/T 50206-2024', '实施早于发布', '02.2.4', '2024-05-01', '2024-04-01', '', ''],
      ['GB/T 50207-2024', '', '', '', '', 'ISO/IEC 17788:2014', '改编'],
      ['gb/t 50200—2024', '', '部署模型/其它', '', '', '', ''],
      ['', '没有编号', '02.2.4', '', '', '', ''],
    ]);
    const report = await dryRun(file, 'errors.csv');
    expect(outcomes(report)).toEqual({
      2: 'create',
      3: 'error:number',
      4: 'error:directions,directions',
      5: 'error:directions',
      6: 'error:published_on',
      7: 'error:number',
      8: 'error:number',
      9: 'error:implemented_on',
      10: 'error:international,kind,title_zh,directions',
      11: 'update',
      12: 'error:number',
    });
    const rows = byRow(report);
    expect(rows.get(3)?.errors[0]?.messageZh).toContain('GB/X');
    expect(rows.get(4)?.errors.map((error) => error.messageZh)).toEqual([
      expect.stringContaining('09.9'),
      expect.stringContaining('量子计算'),
    ]);
    // The default (final) edition names two leaves 设备安全: the code or the path is asked for.
    expect(rows.get(5)?.errors[0]?.messageZh).toMatch(/“设备安全”不唯一：F\.2\.2.*F\.3\.1.*安全技术与产品\/设备安全/);
    expect(rows.get(5)?.errors[0]?.messageEn).toContain('ambiguous');
    expect(rows.get(6)?.errors[0]).toMatchObject({ messageZh: expect.stringContaining('不存在') });
    expect(rows.get(7)?.errors[0]?.messageZh).toBe('标准号 GB/T 50201-2024 与第 2 行重复');
    expect(rows.get(8)?.errors[0]?.messageZh).toContain('地方标准');
    expect(rows.get(11)).toMatchObject({
      number: 'GB/T 50200-2024',
      standardId: existing.id,
      changes: [{ field: 'directions', from: ['02.2.4'], to: ['02.5.3'] }],
    });
    expect(report.totals).toEqual({ rows: 11, create: 1, update: 1, unchanged: 0, error: 9 });

    const before = await counts();
    const refused = await upload(file, 'errors.csv', { dryRun: 'false' });
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'IMPORT_HAS_ERRORS', detailZh: expect.stringContaining('9 行有错误') });
    const refusedReport = importReportSchema.parse(refused.body.report);
    expect(refusedReport).toMatchObject({ dryRun: false, committed: false, totals: report.totals });
    expect(outcomes(refusedReport)).toEqual(outcomes(report));
    expect(await counts()).toEqual(before);
    const recorded = await ctx.handle.db
      .selectFrom('data_import')
      .selectAll()
      .where('id', '=', refusedReport.importId ?? -1)
      .executeTakeFirstOrThrow();
    expect(recorded).toMatchObject({ committed: false, errors: 9, created: 1, updated: 1 });
  });

  it('updates matched standards field by field, blank cells keeping what is recorded, and re-import is unchanged', async () => {
    const recorded = standardSchema.parse(
      (
        await editor
          .post('/api/v1/standards')
          .send(
            // Filed in the default (final) edition, whose leaf the name 云化行业应用 names.
            buildStandard({ number: 'GB/T 50300-2024', titleEn: 'Kept', tags: ['金融', '政务'], directions: ['D.2'] }),
          )
          .expect(201)
      ).body,
    );
    const project = standardSchema.parse(
      (
        await editor
          .post('/api/v1/standards')
          .send(
            buildStandard({
              number: null,
              planNumber: '20240001-T-469',
              publishedOn: null,
              inForceOn: null,
              approvedOn: '2024-01-10',
              directions: ['03.4'],
            }),
          )
          .expect(201)
      ).body,
    );
    const file = csv([
      ['number', 'plan_number', 'title_en', 'withdrawn_on', 'tags', 'directions', 'replaces'],
      ['GB/T 50300-2024', '', '', '2026-01-01', '政务;金融', '云化行业应用', ''],
      ['GB/T 50301-2025', '20240001T469', '', '', '', '', 'GB/T 50300-2024'],
    ]);
    const report = await dryRun(file, 'updates.csv');
    expect(outcomes(report)).toEqual({ 2: 'update', 3: 'update' });
    const rows = byRow(report);
    expect(rows.get(2)?.changes).toEqual([{ field: 'withdrawnOn', from: null, to: '2026-01-01' }]);
    expect(rows.get(3)).toMatchObject({ standardId: project.id, number: 'GB/T 50301-2025' });
    expect(rows.get(3)?.changes).toEqual([
      { field: 'number', from: null, to: 'GB/T 50301-2025' },
      { field: 'kind', from: 'new', to: 'revision' },
      { field: 'replaces', from: [], to: ['GB/T 50300-2024'] },
    ]);

    const auditBefore = await counts();
    const committed = await commit(file, 'updates.csv');
    expect(committed.totals).toMatchObject({ update: 2, error: 0 });
    // Two updates, and GB/T 50300-2024 learns its successor (audited on the replaced record too).
    expect((await counts()).audit).toBe(auditBefore.audit + 3);
    const updated = standardSchema.parse((await viewer.get(`/api/v1/standards/${recorded.id}`).expect(200)).body);
    expect(updated).toMatchObject({
      titleEn: 'Kept',
      tags: ['金融', '政务'],
      withdrawnOn: '2026-01-01',
      replacedBy: 'GB/T 50301-2025',
      version: recorded.version + 2,
    });
    const published = standardSchema.parse((await viewer.get(`/api/v1/standards/${project.id}`).expect(200)).body);
    expect(published).toMatchObject({ number: 'GB/T 50301-2025', planNumber: '20240001-T-469', kind: 'revision' });
    const history = await viewer.get(`/api/v1/standards/${recorded.id}/history`).expect(200);
    expect(history.body[0]).toMatchObject({
      action: 'replace',
      changes: [{ field: 'replacedBy', before: null, after: 'GB/T 50301-2025' }],
    });
    expect(history.body[1]).toMatchObject({
      action: 'update',
      changes: [{ field: 'withdrawnOn', before: null, after: '2026-01-01' }],
    });

    const again = await commit(file, 'updates.csv');
    expect(again.totals).toMatchObject({ unchanged: 2, update: 0 });
  });

  it('finds the header below title rows, reads a chosen sheet, and says which sheets there are', async () => {
    const file = await xlsx((first, workbook) => {
      first.addRow(['这是说明页']);
      const second = workbook.addWorksheet('2025年第1号公告');
      second.addRow(['国家标准批准发布公告 2025年第1号']);
      second.addRow([]);
      second.addRow(['序号', '标准编号', '标准名称', '研制方向']);
      second.addRow([1, 'GB/T 50401-2025', '公告 测试', '06.4']);
    });
    const wrongSheet = await upload(file, 'notice.xlsx');
    expect(wrongSheet.status).toBe(400);
    expect(wrongSheet.body.code).toBe('IMPORT_BAD_HEADER');
    const missing = await upload(file, 'notice.xlsx', { sheet: '第2号' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({
      field: 'sheet',
      messageZh: expect.stringContaining('2025年第1号公告'),
    });
    const report = await dryRun(file, 'notice.xlsx', { sheet: '2025年第1号公告' });
    expect(report).toMatchObject({ sheet: '2025年第1号公告', sheets: ['标准', '2025年第1号公告'], headerRow: 3 });
    expect(report.unknownColumns).toEqual(['序号']);
    expect(outcomes(report)).toEqual({ 4: 'create' });
  });

  it('refuses empty, renamed, binary and oversized files and CSV bombs with a clear message', async () => {
    const empty = await upload(Buffer.alloc(0), 'empty.csv');
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: 'IMPORT_EMPTY_FILE' });
    const headerOnly = await upload(csv([['标准号', '标准名称']]), 'header.csv');
    expect(headerOnly.body).toMatchObject({ code: 'IMPORT_EMPTY_FILE', detailZh: expect.stringContaining('没有数据') });
    const noNumber = await upload(
      csv([
        ['标准名称', '研制方向'],
        ['x', '01.1'],
      ]),
      'no-number.csv',
    );
    expect(noNumber.body).toMatchObject({ code: 'IMPORT_BAD_HEADER', detailZh: expect.stringContaining('标准号') });
    const prose = await upload('亲爱的同事：\n附件是今年的标准清单。\n', 'letter.csv');
    expect(prose.body.code).toBe('IMPORT_BAD_HEADER');

    const renamed = await upload(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'report.xlsx');
    expect(renamed.status).toBe(400);
    expect(renamed.body).toMatchObject({
      code: 'IMPORT_UNREADABLE_FILE',
      detailZh: expect.stringContaining('不是有效的 XLSX'),
    });
    const png = await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'image.csv');
    expect(png.body).toMatchObject({ code: 'IMPORT_UNREADABLE_FILE' });
    const legacy = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls');
    expect(legacy.body).toMatchObject({ code: 'IMPORT_UNREADABLE_FILE', detailZh: expect.stringContaining('.xls') });

    const started = Date.now();
    const bomb = await upload(`标准号,标准名称\n${'"'.padEnd(3_000_000, 'A')}\n`, 'bomb.csv');
    expect(bomb.status).toBe(400);
    expect(bomb.body).toMatchObject({ code: 'IMPORT_UNREADABLE_FILE', detailZh: expect.stringContaining('过长') });
    const wide = await upload(`标准号,标准名称\n${','.repeat(50_000)}\n`, 'wide.csv');
    expect(wide.body).toMatchObject({ code: 'IMPORT_UNREADABLE_FILE', detailZh: expect.stringContaining('列') });
    const many = await upload(`标准号,标准名称\n${'GB/T 1-2020,x\n'.repeat(20_100)}`, 'many.csv');
    expect(many.status).toBe(413);
    expect(many.body.code).toBe('IMPORT_TOO_MANY_ROWS');
    expect(Date.now() - started).toBeLessThan(10_000);

    const huge = await upload(Buffer.alloc(20 * 1024 * 1024 + 1, 0x41), 'huge.csv');
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', detailZh: expect.stringContaining('20 MB') });

    const noFile = await editor.post('/api/v1/imports/standards?dryRun=true').field('note', 'x');
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors[0]).toMatchObject({ field: 'file' });
    const json = await editor.post('/api/v1/imports/standards').send({ file: 'x' });
    expect(json.status).toBe(400);
    const twoFiles = await editor
      .post('/api/v1/imports/standards')
      .attach('file', Buffer.from('a'), 'a.csv')
      .attach('file', Buffer.from('b'), 'b.csv');
    expect(twoFiles.status).toBe(400);
    const badQuery = await upload('x', 'x.csv', { dryRun: 'maybe' });
    expect(badQuery.body.errors[0]).toMatchObject({ field: 'dryRun' });
  });

  it('lets only editors import: viewers get 403 (but may read the template), anonymous 401, other sites 403', async () => {
    const file = csv([
      ['标准号', '标准名称', '研制方向'],
      ['GB/T 50501-2025', '权限 测试', '01.2'],
    ]);
    const before = await counts();
    expect((await upload(file, 'a.csv', { dryRun: 'false' }, viewer)).status).toBe(403);
    const anonymous = await (
      await import('supertest')
    )
      .default(ctx.app)
      .post('/api/v1/imports/standards')
      .attach('file', Buffer.from(file), 'a.csv');
    expect(anonymous.status).toBe(401);
    const crossSite = await editor
      .post('/api/v1/imports/standards?dryRun=false')
      .set('Origin', 'https://evil.example')
      .attach('file', Buffer.from(file), 'a.csv');
    expect(crossSite.status).toBe(403);
    expect(await counts()).toEqual(before);
    // The templates are for everyone to read (a committee member may prepare a file for the staff).
    expect((await viewer.get('/api/v1/imports/standards/template.xlsx')).status).toBe(200);
  });

  it('serves a template that imports as it is: zh/en headers, a real example row, the 53 directions', async () => {
    const res = await editor.get('/api/v1/imports/standards/template.xlsx').buffer(true).parse(binaryParser);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('标准导入模板_cloud-computing-2025.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const [sheet, directions] = workbook.worksheets;
    expect(directions?.getRow(2).getCell(4).text).toBe('术语');
    const paths = new Map<string, string>();
    directions?.eachRow((row) => paths.set(row.getCell(1).text, row.getCell(4).text));
    expect(paths.get('F.3.1')).toBe('基础设施安全 › 设备安全');
    expect(paths.get('F.2.2')).toBe('安全技术与产品 › 设备安全');
    expect(sheet?.getCell('A1').value).toBe('标准号\nnumber');
    expect(sheet?.getCell('A2').value).toBe('GB/T 32400-2015');
    expect(directions?.actualRowCount).toBe(54);
    const codes: string[] = [];
    directions?.eachRow((row, number) => {
      if (number > 1) codes.push(row.getCell(1).text);
    });
    expect(codes).toHaveLength(53);
    expect(codes).toContain('F.3.1');

    const report = await dryRun(res.body as Buffer, '标准导入模板.xlsx');
    expect(report.unknownColumns).toEqual([]);
    expect(report.columns).toHaveLength(20);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ number: 'GB/T 32400-2015', errors: [] });
  });

  it('returns the dry-run report as a workbook to fix and upload again', async () => {
    const file = csv([
      ['标准号', '标准名称', '研制方向', '发布日期', '负责人'],
      ['GB/T 50601-2025', '报告 正确', '01.2', '2025-01-02', '李四'],
      ['GB/T 50602-2025', '报告 错误', '设备安全', '2025-02-30', ''],
    ]);
    const res = await upload(file, '清单.csv', { format: 'xlsx' }).buffer(true).parse(binaryParser);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('清单-导入检查.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('F1').value).toBe('导入检查结果 import check');
    expect(sheet?.getCell('F2').value).toBe('新建 create');
    expect(sheet?.getCell('F3').text).toMatch(/^错误 error\n研制方向：.*不唯一.*\n发布日期：/);
    expect(sheet?.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFFFCCC7' } });
    expect(sheet?.getCell('D3').note).toEqual(expect.stringContaining('不存在'));
    expect(sheet?.getCell('D2').value).toEqual(new Date(Date.UTC(2025, 0, 2)));
    // The invalid date stays exactly as typed (not the real date 2025-03-02 it would roll over to).
    expect(sheet?.getCell('D3').value).toBe('2025-02-30');

    // Uploaded again unchanged, the report gives the same outcomes and the same errors.
    const again = await dryRun(res.body as Buffer, '清单-导入检查.xlsx');
    const first = await dryRun(file, '清单.csv');
    const problems = (r: typeof first) =>
      r.rows.map((row) => ({ row: row.row, action: row.action, errors: row.errors.map((e) => e.column) }));
    expect(problems(again)).toEqual(problems(first));
    expect(again.rows[1]?.errors.map((error) => error.column)).toEqual(['directions', 'published_on']);

    // Fixed in place and uploaded again: the added result column is ignored, the row numbers are the same.
    sheet!.getCell('C3').value = '03.7';
    sheet!.getCell('D3').value = '2025-02-28';
    const fixed = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await dryRun(fixed, '清单-导入检查.xlsx');
    expect(report.unknownColumns).toEqual(['负责人']);
    expect(outcomes(report)).toEqual({ 2: 'create', 3: 'create' });
    const withDryRunFalse = await upload(file, 'x.csv', { format: 'xlsx', dryRun: 'false' });
    expect(withDryRunFalse.status).toBe(400);
  });

  describe('in an edition (framework=)', () => {
    const draftFile = csv([
      ['标准号', '标准名称', '研制方向', '发布日期'],
      ['GB/T 64001-2025', '按征求意见稿登记 一', '02.2.4', '2025-03-01'],
      ['GB/T 64002-2025', '按征求意见稿登记 二', '01.1;应用类技术与产品', '2025-04-01'],
      ['GB/T 64003-2025', '按征求意见稿登记 三', '部署模型/其它', '2025-05-01'],
    ]);

    it('refuses a draft-coded file under the final edition, naming each cell, and writes nothing', async () => {
      const before = await counts();
      const report = await dryRun(draftFile, 'draft.csv', { framework: 'cloud-computing-2025' });
      expect(report.framework).toBe('cloud-computing-2025');
      expect(outcomes(report)).toEqual({
        2: 'error:directions',
        3: 'error:directions,directions',
        4: 'error:directions',
      });
      const messages = report.rows.map((row) => row.errors.map((error) => error.messageZh).join(' | '));
      expect(messages[0]).toContain('02.2.4 是 cloud-computing-draft 的编码');
      expect(messages[1]).toContain('01.1 是 cloud-computing-draft 的编码');
      expect(messages[1]).toContain('应用类技术与产品');
      expect(messages[2]).toContain('部署模型');
      const refused = await upload(draftFile, 'draft.csv', { framework: 'cloud-computing-2025', dryRun: 'false' });
      expect(refused.status).toBe(422);
      expect(await counts()).toMatchObject({ standards: before.standards, links: before.links });
    });

    it('imports the same file under the draft edition, filed under draft codes and seen in the final view', async () => {
      const report = await dryRun(draftFile, 'draft.csv', { framework: 'cloud-computing-draft' });
      expect(report.framework).toBe('cloud-computing-draft');
      expect(outcomes(report)).toEqual({ 2: 'create', 3: 'create', 4: 'create' });
      const committed = await upload(draftFile, 'draft.csv', { framework: 'cloud-computing-draft', dryRun: 'false' });
      expect(committed.status, JSON.stringify(committed.body)).toBe(200);
      const [first] = await findStandard('64001');
      expect(first?.directions).toEqual(['02.2.4']);
      const [third] = await findStandard('64003');
      expect(third?.directions).toEqual(['02.5.3']);
      const inFinal = await viewer.get('/api/v1/standards?q=64001&framework=cloud-computing-2025').expect(200);
      expect((inFinal.body as { items: { directions: string[] }[] }).items[0]?.directions).toEqual(['B.2.1']);
    });

    it('asks for the code of a name two final leaves share, and reads its path', async () => {
      const file = csv([
        ['标准号', '标准名称', '研制方向', '发布日期'],
        ['GB/T 64011-2025', '设备 一', '设备安全', '2025-03-01'],
        ['GB/T 64012-2025', '设备 二', '基础设施安全 › 设备安全', '2025-03-01'],
      ]);
      const report = await dryRun(file, 'final.csv', { framework: 'cloud-computing-2025' });
      expect(outcomes(report)).toEqual({ 2: 'error:directions', 3: 'create' });
      expect(report.rows[0]?.errors[0]?.messageZh).toContain(
        'F.2.2 安全技术与产品 › 设备安全、F.3.1 基础设施安全 › 设备安全',
      );
    });

    it('refuses an unknown edition (404 naming it) and serves each edition’s template under its name', async () => {
      const res = await upload(draftFile, 'draft.csv', { framework: 'nope' });
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', framework: 'nope' });
      const template = await editor
        .get('/api/v1/imports/standards/template.xlsx?framework=cloud-computing-draft')
        .buffer(true)
        .parse(binaryParser);
      expect(template.status).toBe(200);
      expect(template.headers['content-disposition']).toContain(
        'cloudstd-standards-template-cloud-computing-draft.xlsx',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template.body as ArrayBuffer);
      const [, directions, instructions] = workbook.worksheets;
      expect(directions?.actualRowCount).toBe(51);
      expect(instructions?.getCell('A2').text).toContain(
        '云计算综合标准化体系建设指南（征求意见稿）（cloud-computing-draft）',
      );
      await editor.get('/api/v1/imports/standards/template.xlsx?framework=nope').expect(404);
    });
  });

  it('imports 起草单位 separated by ; or 、 and warns of local numbers and renamed committees in the preview', async () => {
    const file = csv([
      ['标准号', '标准名称', '研制方向', '发布日期', '实施日期', '归口单位', '起草单位'],
      [
        'GB/T 45601-2025',
        '信息技术 云计算 导入起草单位测试',
        '02.2.4',
        '2025-03-01',
        '2025-10-01',
        'SAC/TC 28/SC 38',
        '中国电子技术标准化研究院；华为技术有限公司、阿里云计算有限公司,杭州分公司',
      ],
      ['DB11/T 4591-2025', '政务云 演示用地方标准（示例数据）', '02.2.4', '2025-03-01', '2025-05-01', '', ''],
    ]);
    const preview = await dryRun(file, 'drafters.csv');
    const rows = byRow(preview);
    expect(rows.get(2)?.action).toBe('create');
    expect(rows.get(2)?.warnings).toEqual([
      expect.objectContaining({ column: 'committee', messageZh: expect.stringContaining('TC28/SC38') }),
    ]);
    expect(rows.get(3)?.warnings).toEqual([
      expect.objectContaining({
        column: 'number',
        messageZh: expect.stringContaining('北京'),
        messageEn: expect.stringContaining('never counted'),
      }),
    ]);
    await commit(file, 'drafters.csv');
    const list = standardListSchema.parse((await viewer.get('/api/v1/standards?q=GB/T%2045601-2025').expect(200)).body);
    expect(list.items[0]?.draftingOrganisations).toEqual([
      '中国电子技术标准化研究院',
      '华为技术有限公司',
      '阿里云计算有限公司,杭州分公司',
    ]);
    // The same file again changes nothing.
    expect(byRow(await dryRun(file, 'drafters.csv')).get(2)?.action).toBe('unchanged');
  });

  it('imports 计划下达日期 and 项目周期（月） by the API’s rules: the due date follows; bad cells are per-cell errors', async () => {
    const header = ['标准号', '计划号', '标准名称', '研制方向', '计划下达日期', '项目周期（月）'];
    const good = csv([
      header,
      ['', '20241901-T-469', '信息技术 云计算 导入计划字段测试', '02.2.4', '2024-03-15', '18个月'],
      ['', '20241902-T-469', '信息技术 云计算 导入计划字段测试二', '02.2.4', '2024/1/10', '12'],
    ]);
    expect(outcomes(await dryRun(good, 'plans.csv'))).toEqual({ 2: 'create', 3: 'create' });
    await commit(good, 'plans.csv');
    const [first] = await findStandard('20241901-T-469');
    expect(first).toMatchObject({ planIssuedOn: '2024-03-15', planPeriodMonths: 18, planDueOn: '2025-09-15' });
    const [second] = await findStandard('20241902-T-469');
    expect(second).toMatchObject({ planIssuedOn: '2024-01-10', planPeriodMonths: 12, planDueOn: '2025-01-10' });
    expect(byRow(await dryRun(good, 'plans.csv')).get(2)?.action).toBe('unchanged');

    // English headers too; a changed period is an update of that field.
    const english = csv([
      ['plan_number', 'plan_issued_on', 'plan_period_months'],
      ['20241901-T-469', '2024-03-15', '24'],
    ]);
    expect(byRow(await dryRun(english, 'plans-en.csv')).get(2)).toMatchObject({
      action: 'update',
      changes: [{ field: 'planPeriodMonths', from: 18, to: 24 }],
    });

    const before = await counts();
    const bad = csv([
      header,
      ['', '20241903-T-469', '导入计划字段 坏日期', '02.2.4', '2024-02-30', '12'],
      ['', '20241904-T-469', '导入计划字段 非数字', '02.2.4', '2024-03-01', '十八'],
      ['', '20241905-T-469', '导入计划字段 零个月', '02.2.4', '2024-03-01', '0'],
      ['', '20241906-T-469', '导入计划字段 半个月', '02.2.4', '2024-03-01', '1.5'],
      ['', '20241907-T-469', '导入计划字段 缺下达日期', '02.2.4', '', '12'],
    ]);
    const report = await dryRun(bad, 'bad-plans.csv');
    expect(outcomes(report)).toEqual({
      2: 'error:plan_issued_on',
      3: 'error:plan_period_months',
      4: 'error:plan_period_months',
      5: 'error:plan_period_months',
      6: 'error:plan_issued_on',
    });
    const rows = byRow(report);
    // The API's own messages, zh and en.
    expect(rows.get(3)?.errors[0]).toMatchObject({
      messageZh: '项目周期应为月数',
      messageEn: 'The period must be a number of months',
    });
    expect(rows.get(4)?.errors[0]).toMatchObject({ messageZh: '项目周期应至少 1 个月' });
    expect(rows.get(5)?.errors[0]).toMatchObject({ messageZh: '项目周期应为整月数' });
    const api = await editor.post('/api/v1/standards').send(
      buildStandard({
        number: null,
        planNumber: '20241908-T-469',
        publishedOn: null,
        inForceOn: null,
        planIssuedOn: '2024-03-01',
        planPeriodMonths: 0,
      }),
    );
    expect(api.status).toBe(400);
    expect(api.body.errors[0]).toMatchObject({
      field: 'planPeriodMonths',
      messageZh: rows.get(4)?.errors[0]?.messageZh,
    });
    expect((await upload(bad, 'bad-plans.csv', { dryRun: 'false' })).status).toBe(422);
    expect(await counts()).toEqual(before);
  });
});

import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { completeCreditCode, CREDIT_CODE_ALPHABET } from '@cloudstd/shared/domain/credit-code';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { dashboardSummarySchema } from '@cloudstd/shared/schemas/dashboard';
import { enterpriseSchema, type Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { importReportSchema } from '@cloudstd/shared/schemas/import';
import { standardSchema, type Standard } from '@cloudstd/shared/schemas/standard';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { binaryParser } from '../../testing/binary-parser.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';
import { byRow, csv, importUploads, outcomes } from './testing.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

const HEADER = ['企业名称', '统一社会信用代码', '行业', '省份', '标准号', '实施日期', '证明类型', '证明材料'];

/** A valid credit code (Beijing, an enterprise) numbered n. */
function code(n: number): string {
  return completeCreditCode(`91110000${String(n).padStart(9, '0')}`);
}

/** The same code with a wrong check character. */
function failing(valid: string): string {
  const last = valid.charAt(17);
  const wrong = CREDIT_CODE_ALPHABET.charAt((CREDIT_CODE_ALPHABET.indexOf(last) + 1) % CREDIT_CODE_ALPHABET.length);
  return valid.slice(0, 17) + wrong;
}

describe.each(testDatabaseDrivers())('adoptions import on %s', (driver) => {
  let ctx: TestContext;
  let admin: Agent;
  let editor: Agent;
  let viewer: Agent;
  const standards: Record<string, Standard> = {};

  const { upload, dryRun, commit } = importUploads('adoptions', () => editor);
  const count = async (table: 'enterprise' | 'adoption' | 'audit_log' | 'data_import') =>
    Number(
      (
        await ctx.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counts = async () => ({
    enterprises: await count('enterprise'),
    adoptions: await count('adoption'),
    audit: await count('audit_log'),
  });
  const registerStandard = async (number: string, overrides: Parameters<typeof buildStandard>[0] = {}) => {
    const res = await editor.post('/api/v1/standards').send(buildStandard({ number, ...overrides }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    standards[number] = standardSchema.parse(res.body);
    return standards[number];
  };
  const registerEnterprise = async (body: Record<string, unknown>, agent: Agent = editor): Promise<Enterprise> => {
    const res = await agent.post('/api/v1/enterprises').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return enterpriseSchema.parse(res.body);
  };
  const enterprisesCounted = async () =>
    dashboardSummarySchema.parse((await viewer.get('/api/v1/dashboard/summary?asOf=2030-01-01').expect(200)).body)
      .enterprises.counted;

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    admin = await ctx.signedIn('admin');
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
    await registerStandard('GB/T 32400-2015', { publishedOn: '2015-12-31', inForceOn: '2017-01-01' });
    await registerStandard('GB/T 37741-2019', { publishedOn: '2019-08-30', inForceOn: '2020-03-01' });
    await registerStandard('YD/T 3763.1-2020', { publishedOn: '2020-12-09', inForceOn: null });
    const deleted = await registerStandard('GB/T 36326-2018', { publishedOn: '2018-06-07' });
    await editor.delete(`/api/v1/standards/${deleted.id}`).expect(204);
  });
  afterAll(() => ctx.close());

  it('previews without writing, then creates enterprises and adoptions in one go, audited under the import; again is unchanged', async () => {
    const known = await registerEnterprise({
      name: '已登记云计算股份有限公司',
      creditCode: code(1),
      industry: '软件和信息技术服务业',
      province: '北京',
    });
    const file = csv([
      HEADER,
      ['新建科技（北京）有限公司', code(2), '金融', '北京', 'gb/t 32400—2015', '2024-06-30', '证书', 'CERT-1'],
      ['新建科技(北京)有限公司', code(2).toLowerCase(), '', '', 'GB/T 37741-2019', '2024/7/1', 'assessment', ''],
      [
        '已登记云计算有限公司',
        ` ${code(1)} `,
        '软件和信息技术服务业',
        '北京',
        'YD/T 3763.1-2020',
        '2023年5月4日',
        '自我声明',
        '',
      ],
      ['第三家企业', code(3), '制造', '上海', 'GB/T 32400-2015', '2025-01-02', '其他', 'https://example.org/x'],
    ]);
    const before = await counts();
    const counted = await enterprisesCounted();

    const preview = await dryRun(file, 'adoptions.csv');
    expect(preview).toMatchObject({
      kind: 'adoptions',
      dryRun: true,
      committed: false,
      totals: { rows: 4, create: 4, update: 0, unchanged: 0, error: 0, newEnterprises: 2 },
      unknownColumns: [],
    });
    expect(preview.columns.map((column) => column.key)).toEqual([
      'enterprise',
      'credit_code',
      'industry',
      'province',
      'standard_number',
      'adopted_on',
      'evidence',
      'reference',
    ]);
    const rows = byRow(preview);
    expect(rows.get(2)).toMatchObject({
      number: 'GB/T 32400-2015',
      standardId: standards['GB/T 32400-2015']?.id,
      enterprise: { id: null, creditCode: code(2), name: '新建科技（北京）有限公司', isNew: true },
      warnings: [],
    });
    // Full-width and half-width brackets are the same name; the code is normalised.
    expect(rows.get(3)).toMatchObject({ action: 'create', enterprise: { creditCode: code(2), isNew: true } });
    // A registered enterprise is matched by code; its differing name is pointed out, not an error.
    expect(rows.get(4)).toMatchObject({
      action: 'create',
      enterprise: { id: known.id, name: '已登记云计算股份有限公司', isNew: false },
    });
    expect(rows.get(4)?.warnings?.map((warning) => warning.column)).toEqual(['enterprise']);
    expect(rows.get(4)?.warnings?.[0]?.messageZh).toContain('已登记云计算股份有限公司');
    expect(rows.get(4)?.warnings?.[0]?.messageZh).toContain('导入不修改企业信息');
    expect(await counts()).toEqual(before);

    const committed = await commit(file, 'adoptions.csv');
    expect(committed).toMatchObject({ committed: true, totals: { create: 4, error: 0, newEnterprises: 2 } });
    expect(committed.importId).toEqual(expect.any(Number));
    const after = await counts();
    expect(after).toEqual({
      enterprises: before.enterprises + 2,
      adoptions: before.adoptions + 4,
      audit: before.audit + 6,
    });
    const createdId = byRow(committed).get(2)?.enterprise?.id;
    expect(createdId).toEqual(expect.any(Number));
    expect(byRow(committed).get(3)?.enterprise?.id).toBe(createdId);
    expect(await enterprisesCounted()).toBe(counted + 3);

    const created = enterpriseSchema.parse((await viewer.get(`/api/v1/enterprises/${createdId}`).expect(200)).body);
    expect(created).toMatchObject({
      name: '新建科技（北京）有限公司',
      creditCode: code(2),
      industry: '金融',
      province: '北京',
      adoptionCount: 2,
      firstAdoptedOn: '2024-06-30',
      createdBy: 'editor',
    });
    const renamedNot = enterpriseSchema.parse((await viewer.get(`/api/v1/enterprises/${known.id}`).expect(200)).body);
    expect(renamedNot).toMatchObject({ name: '已登记云计算股份有限公司', version: known.version });
    const adoptions = await viewer.get('/api/v1/adoptions').query({ enterprise: createdId }).expect(200);
    expect(
      (adoptions.body.items as { standardNumber: string; adoptedOn: string; evidence: string; reference: string }[])
        .map((a) => [a.standardNumber, a.adoptedOn, a.evidence, a.reference])
        .sort(),
    ).toEqual([
      ['GB/T 32400-2015', '2024-06-30', 'certificate', 'CERT-1'],
      ['GB/T 37741-2019', '2024-07-01', 'assessment', null],
    ]);

    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'after', 'actor_id'])
      .where('import_id', '=', committed.importId ?? -1)
      .orderBy('id')
      .execute();
    expect(audit.map((entry) => `${entry.action} ${entry.entity}`)).toEqual([
      'create enterprise',
      'create enterprise',
      'create adoption',
      'create adoption',
      'create adoption',
      'create adoption',
    ]);
    // The same snapshot shapes as records made through the API.
    expect(audit[0]?.after).toEqual({
      name: '新建科技（北京）有限公司',
      creditCode: code(2),
      industry: '金融',
      province: '北京',
      size: null,
      notes: null,
    });
    expect(audit[4]?.after).toEqual({
      enterpriseId: known.id,
      enterpriseName: '已登记云计算股份有限公司',
      creditCode: code(1),
      standardId: standards['YD/T 3763.1-2020']?.id,
      standardNumber: 'YD/T 3763.1-2020',
      adoptedOn: '2023-05-04',
      evidence: 'self_declaration',
      stages: [],
      assessmentBody: null,
      assessmentResult: null,
      reference: null,
      notes: null,
    });
    const importRow = await ctx.handle.db
      .selectFrom('data_import')
      .selectAll()
      .where('id', '=', committed.importId ?? -1)
      .executeTakeFirstOrThrow();
    expect(importRow).toMatchObject({ kind: 'adoptions', rows: 4, created: 4, committed: true });

    // The same file again: every row unchanged, nothing written, not even an import record.
    const imports = await count('data_import');
    const again = await commit(file, 'adoptions.csv');
    expect(again.totals).toEqual({ rows: 4, create: 0, update: 0, unchanged: 4, error: 0, newEnterprises: 0 });
    expect(again.importId).toBeUndefined();
    expect(await counts()).toEqual(after);
    expect(await count('data_import')).toBe(imports);
  });

  it('points out every problem by row and column, and a commit with any error writes nothing', async () => {
    const today = todayInChina();
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const file = csv([
      HEADER,
      ['正确企业一', code(101), '', '', 'GB/T 32400-2015', '2024-01-01', '证书', ''],
      ['长度不对', '91110000123', '', '', 'GB/T 32400-2015', '2024-01-01', '证书', ''],
      ['校验位不符', failing(code(102)), '', '', 'GB/T 32400-2015', '2024-01-01', '证书', ''],
      ['标准未登记', code(103), '', '', 'GB/T 99999-2024', '2024-01-01', '证书', ''],
      ['标准已删除', code(104), '', '', 'GB/T 36326-2018', '2024-01-01', '证书', ''],
      ['日期在将来', code(105), '', '', 'GB/T 32400-2015', tomorrow, '证书', ''],
      ['日期不存在', code(106), '', '', 'GB/T 32400-2015', '2024-02-30', '证书', ''],
      ['证明类型不对', code(107), '', '', 'GB/T 32400-2015', '2024-01-01', '营业执照', ''],
      ['正确企业一', code(101), '', '', 'gb/t 32400-2015', '2024-02-01', '评估', ''],
      ['名称不一致', code(101), '', '', 'GB/T 37741-2019', '2024-02-01', '评估', ''],
      ['', code(108), '', '', 'GB/T 32400-2015', '2024-01-01', '证书', ''],
      ['缺日期和证明', code(109), '', '', 'GB/T 32400-2015', '', '', ''],
      ['没有代码', '', '', '', 'GB/T 32400-2015', '2024-01-01', '证书', ''],
      ['没有标准号', code(110), '', '', '', '2024-01-01', '证书', ''],
      ['省份不一致', code(111), '', '北京', 'GB/T 32400-2015', '2024-01-01', '证书', ''],
      ['省份不一致', code(111), '', '上海', 'GB/T 37741-2019', '2024-01-01', '证书', ''],
    ]);
    const report = await dryRun(file, 'errors.csv');
    expect(outcomes(report)).toEqual({
      2: 'create',
      3: 'error:credit_code',
      4: 'error:credit_code',
      5: 'error:standard_number',
      6: 'error:standard_number',
      7: 'error:adopted_on',
      8: 'error:adopted_on',
      9: 'error:evidence',
      10: 'error:standard_number',
      11: 'error:enterprise',
      12: 'error:enterprise',
      13: 'error:adopted_on,evidence',
      14: 'error:credit_code',
      15: 'error:standard_number',
      16: 'create',
      17: 'error:province',
    });
    const rows = byRow(report);
    const zh = (row: number) =>
      rows
        .get(row)
        ?.errors.map((error) => error.messageZh)
        .join(' | ') ?? '';
    expect(zh(3)).toContain('应为 18 位');
    expect(zh(4)).toMatch(/校验位不符.*导入不能越过校验.*管理员/);
    expect(rows.get(4)?.errors[0]?.messageEn).toContain('cannot override');
    expect(zh(5)).toBe('标准 GB/T 99999-2024 尚未登记；请先登记或导入该标准');
    expect(zh(6)).toContain('已删除');
    expect(zh(7)).toContain(`晚于今天（${today}）`);
    expect(zh(8)).toContain('不存在');
    expect(zh(9)).toContain('营业执照');
    expect(zh(10)).toBe(`第 2 行已是该企业（${code(101)}）贯标 GB/T 32400-2015 的记录`);
    expect(zh(11)).toContain('在第 2 行写作“正确企业一”，本行却是“名称不一致”');
    expect(zh(12)).toContain('新企业须填写企业名称');
    expect(zh(14)).toBe('请填写统一社会信用代码');
    expect(zh(17)).toContain('第 16 行写作“北京”');
    expect(report.totals).toEqual({ rows: 16, create: 2, update: 0, unchanged: 0, error: 14, newEnterprises: 2 });

    const before = await counts();
    const refused = await upload(file, 'errors.csv', { dryRun: 'false' });
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'IMPORT_HAS_ERRORS', detailZh: expect.stringContaining('14 行有错误') });
    const refusedReport = importReportSchema.parse(refused.body.report);
    expect(refusedReport).toMatchObject({ kind: 'adoptions', dryRun: false, committed: false });
    expect(outcomes(refusedReport)).toEqual(outcomes(report));
    expect(await counts()).toEqual(before);
    const recorded = await ctx.handle.db
      .selectFrom('data_import')
      .selectAll()
      .where('id', '=', refusedReport.importId ?? -1)
      .executeTakeFirstOrThrow();
    expect(recorded).toMatchObject({ kind: 'adoptions', committed: false, errors: 14, created: 2 });
  });

  it('updates a recorded adoption field by field (blank cells keep), audited, and matches a code an admin overrode', async () => {
    const override = failing(code(201));
    const overridden = await registerEnterprise(
      {
        name: '代码校验不符但有效的企业',
        creditCode: override,
        creditCodeOverride: { reason: '营业执照上即为此代码' },
      },
      admin,
    );
    const adoption = await editor
      .post('/api/v1/adoptions')
      .send({
        enterpriseId: overridden.id,
        standardId: standards['GB/T 32400-2015']?.id,
        adoptedOn: '2024-03-01',
        evidence: 'certificate',
        reference: 'CERT-OLD',
        notes: '保留的备注',
      })
      .expect(201);

    const file = csv([
      ['enterprise', 'credit_code', 'standard_number', 'adopted_on', 'evidence', 'reference', 'notes'],
      ['', override, 'GB/T 32400-2015', '2024-03-15', '', 'CERT-NEW', ''],
      ['', override, 'GB/T 37741-2019', '2024-04-01', 'self-declaration', '', ''],
    ]);
    const report = await dryRun(file, 'updates.csv');
    expect(outcomes(report)).toEqual({ 2: 'update', 3: 'create' });
    expect(byRow(report).get(2)).toMatchObject({
      enterprise: { id: overridden.id, isNew: false },
      changes: [
        { field: 'adoptedOn', from: '2024-03-01', to: '2024-03-15' },
        { field: 'reference', from: 'CERT-OLD', to: 'CERT-NEW' },
      ],
      warnings: [],
    });

    const before = await counts();
    const committed = await commit(file, 'updates.csv');
    expect(committed.totals).toMatchObject({ update: 1, create: 1, newEnterprises: 0 });
    expect(await counts()).toEqual({ ...before, adoptions: before.adoptions + 1, audit: before.audit + 2 });
    const list = await viewer.get('/api/v1/adoptions').query({ enterprise: overridden.id }).expect(200);
    const updated = (list.body.items as { id: number }[]).find((item) => item.id === adoption.body.id);
    expect(updated).toMatchObject({
      adoptedOn: '2024-03-15',
      evidence: 'certificate',
      reference: 'CERT-NEW',
      notes: '保留的备注',
    });
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id', 'before', 'after'])
      .where('import_id', '=', committed.importId ?? -1)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      entity: 'adoption',
      entity_id: String(adoption.body.id),
      before: { adoptedOn: '2024-03-01', reference: 'CERT-OLD', notes: '保留的备注', creditCode: override },
      after: { adoptedOn: '2024-03-15', reference: 'CERT-NEW', notes: '保留的备注', creditCode: override },
    });
    // The enterprise's first adoption date follows the update.
    const enterprise = enterpriseSchema.parse((await viewer.get(`/api/v1/enterprises/${overridden.id}`)).body);
    expect(enterprise.firstAdoptedOn).toBe('2024-03-15');

    const again = await commit(file, 'updates.csv');
    expect(again.totals).toMatchObject({ unchanged: 2, update: 0, create: 0 });
  });

  it('reads GB18030 and XLSX files with date cells, and warns of a date before the standard was published', async () => {
    const rows = [
      ['企业名称', '统一社会信用代码', '标准号', '实施日期', '证明类型', '企业规模'],
      ['编码测试有限公司', code(301), 'GB/T 37741-2019', '2019-01-01', '评估', '中型'],
    ];
    const gbk = await dryRun(iconv.encode(csv(rows), 'gb18030'), '贯标.csv');
    expect(outcomes(gbk)).toEqual({ 2: 'create' });
    expect(gbk.rows[0]?.cells[0]).toBe('编码测试有限公司');
    expect(gbk.rows[0]?.warnings).toEqual([
      expect.objectContaining({ column: 'adopted_on', messageZh: expect.stringContaining('早于标准 GB/T 37741-2019') }),
    ]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('贯标');
    sheet.addRow(['Enterprise', 'Credit Code', 'Standard Number', 'Adopted On', 'Evidence', 'Size']);
    sheet.addRow([
      '日期单元格有限公司',
      code(302),
      'GB/T 32400-2015',
      new Date(Date.UTC(2025, 0, 31)),
      'Certificate',
      'small',
    ]);
    sheet.getCell(2, 4).numFmt = 'yyyy-mm-dd';
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    await commit(xlsx, 'adoptions.xlsx');
    const found = await viewer
      .get('/api/v1/enterprises')
      .query({ q: code(302) })
      .expect(200);
    expect(found.body.items[0]).toMatchObject({
      name: '日期单元格有限公司',
      size: 'small',
      firstAdoptedOn: '2025-01-31',
    });
  });

  it('refuses a list of standards sent as adoptions and the reverse, naming the other kind', async () => {
    const standardsFile = csv([
      ['标准号', '标准名称', '研制方向', '实施日期'],
      ['GB/T 50001-2024', '云计算 测试', '01.1', '2024-01-01'],
    ]);
    const wrong = await upload(standardsFile, 'standards.csv');
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'IMPORT_BAD_HEADER' });
    expect(wrong.body.detailZh).toContain('统一社会信用代码');
    expect(wrong.body.detailZh).toContain('请在导入页选择“标准”');

    const adoptionsFile = csv([HEADER, ['某企业', code(401), '', '', 'GB/T 32400-2015', '2024-01-01', '证书', '']]);
    const reverse = await editor
      .post('/api/v1/imports/standards?dryRun=true')
      .attach('file', Buffer.from(adoptionsFile), 'adoptions.csv');
    expect(reverse.status).toBe(400);
    expect(reverse.body).toMatchObject({ code: 'IMPORT_BAD_HEADER', detailZh: expect.stringContaining('贯标记录') });
  });

  // PGlite has one connection, so two transactions cannot overlap there.
  it.runIf(driver === 'postgres')(
    'answers 409 IMPORT_CONFLICT and writes nothing when someone records the same enterprise during the commit',
    async () => {
      const racing = code(701);
      const file = csv([HEADER, ['竞争企业', racing, '', '', 'GB/T 32400-2015', '2024-01-01', '证书', '']]);
      const before = await counts();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let started = () => {};
      const inserted = new Promise<void>((resolve) => (started = resolve));
      const other = ctx.handle.db.transaction().execute(async (trx) => {
        await trx.insertInto('enterprise').values({ name: '抢先登记的企业', credit_code: racing }).execute();
        started();
        await held;
      });
      await inserted;
      // The import plans a new enterprise (the other one is not committed), then waits on the unique index.
      const response = upload(file, 'race.csv', { dryRun: 'false' }).then((res) => res);
      const waiting = async () =>
        Number(
          (
            await sql<{ n: number }>`select count(*) as n from pg_stat_activity
              where datname = current_database() and wait_event_type = 'Lock'`.execute(ctx.handle.db)
          ).rows[0]?.n ?? 0,
        );
      await expect.poll(waiting, { timeout: 10_000 }).toBe(1);
      release();
      await other;
      const res = await response;
      expect(res.status, JSON.stringify(res.body)).toBe(409);
      expect(res.body).toMatchObject({ code: 'IMPORT_CONFLICT', detailZh: expect.stringContaining('未导入任何数据') });
      expect(await counts()).toEqual({ ...before, enterprises: before.enterprises + 1 });
      // Checked again, the row now matches the enterprise recorded meanwhile.
      const again = await dryRun(file, 'race.csv');
      expect(again.rows[0]).toMatchObject({ action: 'create', enterprise: { creditCode: racing, isNew: false } });
    },
  );

  it('lets only editors import adoptions, and everyone download the template', async () => {
    const file = csv([HEADER, ['权限企业', code(501), '', '', 'GB/T 32400-2015', '2024-01-01', '证书', '']]);
    const before = await counts();
    expect((await upload(file, 'a.csv', { dryRun: 'false' }, viewer)).status).toBe(403);
    expect((await viewer.get('/api/v1/imports/adoptions/template.xlsx')).status).toBe(200);
    expect(await counts()).toEqual(before);
  });

  it('serves a template whose example row imports once its standard is recorded', async () => {
    const res = await editor.get('/api/v1/imports/adoptions/template.xlsx').buffer(true).parse(binaryParser);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('贯标记录导入模板.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A1').value).toBe('企业名称\nenterprise');
    expect(sheet?.getCell('B2').value).toBe('91350100M000100Y43');

    const report = await dryRun(res.body as Buffer, '贯标记录导入模板.xlsx');
    expect(report.unknownColumns).toEqual([]);
    expect(report.columns).toHaveLength(13);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({
      action: 'create',
      number: 'GB/T 32400-2015',
      enterprise: { creditCode: '91350100M000100Y43', isNew: true },
      errors: [],
    });
  });

  it('returns the dry-run report as a workbook with errors red and warnings yellow', async () => {
    const known = await registerEnterprise({ name: '报告企业', creditCode: code(601) });
    const file = csv([
      HEADER,
      ['报告企业（别名）', known.creditCode, '', '', 'GB/T 32400-2015', '2024-01-01', '证书', ''],
      ['另一家', code(602), '', '', 'GB/T 32400-2015', '2024-01-01', '执照', ''],
      ['第三家', code(603), '', '', 'GB/T 32400-2015', '2024-02-30', '证书', ''],
    ]);
    const res = await upload(file, '贯标.csv', { format: 'xlsx' }).buffer(true).parse(binaryParser);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('I1').value).toBe('导入检查结果 import check');
    expect(sheet?.getCell('I2').text).toMatch(/^新建 create\n提示 notice：企业名称：/);
    expect(sheet?.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFFF1B8' } });
    expect(sheet?.getCell('I3').text).toMatch(/^错误 error\n证明类型：/);
    expect(sheet?.getCell('G3').fill).toMatchObject({ fgColor: { argb: 'FFFFCCC7' } });
    expect(sheet?.getCell('B2').value).toBe(known.creditCode);
    expect(sheet?.getCell('F4').value).toBe('2024-02-30'); // as typed, still flagged

    // Uploaded again unchanged, the report gives the same outcomes and the same errors.
    const problems = (report: Awaited<ReturnType<typeof dryRun>>) =>
      report.rows.map((row) => ({ row: row.row, action: row.action, errors: row.errors.map((e) => e.column) }));
    const again = await dryRun(res.body as Buffer, '贯标-导入检查.xlsx');
    expect(problems(again)).toEqual(problems(await dryRun(file, '贯标.csv')));
    expect(problems(again)[2]).toEqual({ row: 4, action: 'error', errors: ['adopted_on'] });
  });
  it('reads the optional stages and assessment columns, and names a stage it does not know', async () => {
    const file = csv([
      ['企业名称', '统一社会信用代码', '标准号', '实施日期', '证明类型', '应用环节', '评估机构', '评估结果'],
      [
        '环节测试甲公司',
        code(90),
        'GB/T 32400-2015',
        '2024-06-01',
        '测评',
        '运营运维；设计、设计',
        '示例测评中心',
        '通过',
      ],
      ['环节测试乙公司', code(91), 'GB/T 32400-2015', '2024-06-01', '自评', '营销', '', ''],
    ]);
    const report = await dryRun(file, 'stages.csv');
    expect(outcomes(report)).toEqual({ 2: 'create', 3: 'error:stages' });
    expect(byRow(report).get(3)?.errors[0]?.messageZh).toContain('营销');
    const good = csv([
      ['企业名称', '统一社会信用代码', '标准号', '实施日期', '证明类型', '应用环节', '评估机构', '评估结果'],
      [
        '环节测试甲公司',
        code(90),
        'GB/T 32400-2015',
        '2024-06-01',
        '测评',
        '运营运维；设计、设计',
        '示例测评中心',
        '通过',
      ],
    ]);
    const committed = await commit(good, 'stages.csv');
    const enterpriseId = committed.rows[0]?.enterprise?.id ?? 0;
    const list = await viewer.get('/api/v1/adoptions').query({ enterprise: enterpriseId }).expect(200);
    expect(list.body.items[0]).toMatchObject({
      evidence: 'assessment',
      stages: ['design', 'operations'],
      assessmentBody: '示例测评中心',
      assessmentResult: '通过',
    });
  });
});

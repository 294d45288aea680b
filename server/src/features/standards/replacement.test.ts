import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { statusAsOf } from '@cloudstd/shared/domain/standard-status';
import { coverageResponseSchema } from '@cloudstd/shared/schemas/dashboard';
import { importReportSchema } from '@cloudstd/shared/schemas/import';
import {
  replacementChainSchema,
  standardHistorySchema,
  standardListSchema,
  standardSchema,
  unknownPredecessorListSchema,
  type Standard,
} from '@cloudstd/shared/schemas/standard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { up as backfillReplacements } from '@cloudstd/db/migrations/2026_12_03_203000_replacement_backfill';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';
import { statusAsOfSql } from '../../sql/standard-status.ts';
import { statusDatesOfRow } from './standards.content.service.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

// GB/T 31168-2023 (published 2023-05-23, in force 2023-12-01) replaces GB/T 31168-2014 (PRODUCT.md §11);
// the 2014 edition's own dates and every other number here are test data.
describe.each(testDatabaseDrivers())('replacement (代替 / 被代替) on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  const counts = async () => ({
    standards: (await ctx.handle.db.selectFrom('standard').select('id').execute()).length,
    audit: (await ctx.handle.db.selectFrom('audit_log').select('id').execute()).length,
  });
  const create = async (overrides: Parameters<typeof buildStandard>[0]): Promise<Standard> => {
    const res = await editor.post('/api/v1/standards').send(buildStandard(overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return standardSchema.parse(res.body);
  };
  const get = async (id: number, asOf = '2026-01-01') =>
    standardSchema.parse((await editor.get(`/api/v1/standards/${id}?asOf=${asOf}`).expect(200)).body);
  const patch = async (id: number, changes: Record<string, unknown>) => {
    const current = await get(id);
    const res = await editor.patch(`/api/v1/standards/${id}`).send({ version: current.version, ...changes });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return standardSchema.parse(res.body);
  };
  // Filed under draft codes: read in the draft edition (the final one is the default).
  const nationalIn = async (code: string, asOf: string) => {
    const res = await editor.get(`/api/v1/dashboard/coverage?framework=cloud-computing-draft&asOf=${asOf}`).expect(200);
    return coverageResponseSchema.parse(res.body).items.find((item) => item.code === code)?.national;
  };

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
  });
  afterAll(() => ctx.close());

  let old: Standard;
  let successor: Standard;

  it('withdraws the replaced standard on the successor’s in-force date, as 被代替, audited on both', async () => {
    old = await create({
      number: 'GB/T 31168-2014',
      directions: ['03.6'],
      publishedOn: '2014-09-03',
      inForceOn: '2015-04-01',
      committee: 'TC260',
    });
    successor = await create({
      number: 'GB/T 31168-2023',
      kind: 'revision',
      replaces: ['GB/T 31168-2014'],
      directions: ['03.6'],
      publishedOn: '2023-05-23',
      inForceOn: '2023-12-01',
      committee: 'TC260',
    });
    expect(successor.replaces).toEqual(['GB/T 31168-2014']);
    const replaced = await get(old.id);
    expect(replaced).toMatchObject({
      replacedBy: 'GB/T 31168-2023',
      replacedOn: '2023-12-01',
      withdrawnOn: '2023-12-01',
      withdrawalDerived: true,
      status: 'replaced',
    });
    expect((await get(old.id, '2023-11-30')).status).toBe('in_force');
    expect((await get(old.id, '2023-12-01')).status).toBe('replaced');

    const replacedList = standardListSchema.parse(
      (await editor.get('/api/v1/standards?status=replaced&asOf=2023-12-01').expect(200)).body,
    );
    expect(replacedList.items.map((s) => s.number)).toEqual(['GB/T 31168-2014']);
    const withdrawnList = standardListSchema.parse(
      (await editor.get('/api/v1/standards?status=withdrawn&asOf=2023-12-01').expect(200)).body,
    );
    expect(withdrawnList.total).toBe(0);

    // The direction's coverage loses the old edition from the successor's in-force date on.
    expect(await nationalIn('03.6', '2023-11-30')).toBe(2);
    expect(await nationalIn('03.6', '2023-12-01')).toBe(1);

    const history = standardHistorySchema.parse((await editor.get(`/api/v1/standards/${old.id}/history`)).body);
    expect(history[0]).toMatchObject({ action: 'replace', actor: 'editor' });
    expect(history[0]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'withdrawnOn', before: null, after: '2023-12-01' },
        { field: 'replacedBy', before: null, after: 'GB/T 31168-2023' },
      ]),
    );
  });

  it('shows the chain on both standards', async () => {
    for (const id of [old.id, successor.id]) {
      const chain = replacementChainSchema.parse(
        (await editor.get(`/api/v1/standards/${id}/replacement-chain?asOf=2024-01-01`).expect(200)).body,
      );
      expect(chain.items.map((item) => [item.number, item.status])).toEqual([
        ['GB/T 31168-2014', 'replaced'],
        ['GB/T 31168-2023', 'in_force'],
      ]);
    }
  });

  it('follows the successor’s in-force date, and undoes everything when the replacement is removed', async () => {
    await patch(successor.id, { inForceOn: '2024-01-01' });
    expect(await get(old.id)).toMatchObject({ withdrawnOn: '2024-01-01', replacedOn: '2024-01-01' });

    await patch(successor.id, { replaces: [] });
    expect(await get(old.id)).toMatchObject({
      replacedBy: null,
      replacedOn: null,
      withdrawnOn: null,
      withdrawalDerived: false,
      status: 'in_force',
    });
    expect(await nationalIn('03.6', '2024-06-01')).toBe(2);
    const history = standardHistorySchema.parse((await editor.get(`/api/v1/standards/${old.id}/history`)).body);
    expect(history[0]?.action).toBe('unreplace');

    await patch(successor.id, { replaces: ['GB/T 31168-2014'], inForceOn: '2023-12-01' });
    expect((await get(old.id)).status).toBe('replaced');
    await editor.delete(`/api/v1/standards/${successor.id}`).expect(204);
    expect(await get(old.id)).toMatchObject({ replacedBy: null, withdrawnOn: null, status: 'in_force' });
    await editor.post(`/api/v1/standards/${successor.id}/restore`).expect(200);
    expect(await get(old.id)).toMatchObject({ replacedBy: 'GB/T 31168-2023', status: 'replaced' });
  });

  it('keeps a withdrawal date of the replaced standard’s own: 废止 until the successor is in force, then 被代替', async () => {
    const withdrawn = await create({
      number: 'GB/T 41001-2015',
      publishedOn: '2015-01-01',
      inForceOn: null,
      withdrawnOn: '2020-01-01',
    });
    await create({
      number: 'GB/T 41001-2023',
      kind: 'revision',
      replaces: ['GB/T 41001-2015'],
      publishedOn: '2023-01-01',
      inForceOn: '2023-07-01',
    });
    expect(await get(withdrawn.id)).toMatchObject({ withdrawnOn: '2020-01-01', withdrawalDerived: false });
    expect((await get(withdrawn.id, '2021-01-01')).status).toBe('withdrawn');
    expect((await get(withdrawn.id, '2023-07-01')).status).toBe('replaced');
  });

  it('lists a replaced number not in the registry, and links it once it is recorded', async () => {
    const revision = await create({
      number: 'GB/T 41002-2024',
      kind: 'revision',
      replaces: ['GB/T 41002-2016'],
      publishedOn: '2024-03-01',
      inForceOn: '2024-10-01',
    });
    const unknown = unknownPredecessorListSchema.parse(
      (await editor.get('/api/v1/standards/unknown-predecessors').expect(200)).body,
    );
    expect(unknown.items).toContainEqual({
      predecessor: 'GB/T 41002-2016',
      successor: { id: revision.id, number: 'GB/T 41002-2024', titleZh: revision.titleZh },
    });
    const predecessor = await create({ number: 'GB/T 41002-2016', publishedOn: '2016-03-01', inForceOn: '2016-10-01' });
    expect(predecessor).toMatchObject({ replacedBy: 'GB/T 41002-2024', withdrawnOn: '2024-10-01' });
    const after = unknownPredecessorListSchema.parse(
      (await editor.get('/api/v1/standards/unknown-predecessors').expect(200)).body,
    );
    expect(after.items.map((item) => item.predecessor)).not.toContain('GB/T 41002-2016');
  });

  it('links a revision and its predecessor imported in the same file', async () => {
    const file = [
      '标准号,标准名称,研制方向,发布日期,实施日期,制修订,代替标准号',
      'GB/T 41003-2024,导入的修订版,02.2.4,2024-05-01,2024-12-01,修订,GB/T 41003-2017',
      'GB/T 41003-2017,导入的旧版,02.2.4,2017-05-01,2017-12-01,制定,',
    ].join('\r\n');
    const res = await editor
      .post('/api/v1/imports/standards?dryRun=false')
      .attach('file', Buffer.from(file), 'revision.csv');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const report = importReportSchema.parse(res.body);
    expect(report.rows.map((row) => row.action)).toEqual(['create', 'create']);
    const list = standardListSchema.parse(
      (await editor.get('/api/v1/standards?q=41003-2017&asOf=2025-01-01').expect(200)).body,
    );
    expect(list.items[0]).toMatchObject({
      replacedBy: 'GB/T 41003-2024',
      withdrawnOn: '2024-12-01',
      status: 'replaced',
    });
  });

  it('refuses self-replacement, a cycle and a replacement published first: 400 naming replaces, nothing written', async () => {
    await create({ number: 'GB/T 41004-2018', publishedOn: '2018-01-01', inForceOn: null });
    await create({
      number: 'GB/T 41004-2022',
      kind: 'revision',
      replaces: ['GB/T 41004-2018'],
      publishedOn: '2022-01-01',
      inForceOn: null,
    });
    const before = await counts();
    const cases = [
      buildStandard({ number: 'GB/T 41005-2024', kind: 'revision', replaces: ['GB/T 41005-2024'] }),
      buildStandard({
        number: 'GB/T 41006-2024',
        kind: 'revision',
        replaces: ['GB/T 41004-2022'],
        publishedOn: '2021-06-01',
      }),
    ];
    for (const body of cases) {
      const res = await editor.post('/api/v1/standards').send(body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors[0].field).toBe('replaces');
      expect(res.body.errors[0].messageZh).toMatch(/代替/);
      expect(res.body.errors[0].messageEn).toMatch(/replace/);
    }
    // 2022 replaces 2018: 2018 replacing 2022 too would close a loop.
    const oldest = standardListSchema.parse((await editor.get('/api/v1/standards?q=41004-2018').expect(200)).body)
      .items[0];
    const loop = await editor
      .patch(`/api/v1/standards/${oldest?.id ?? 0}`)
      .send({ version: oldest?.version, kind: 'revision', replaces: ['GB/T 41004-2022'] });
    expect(loop.status).toBe(400);
    const loopErrors = loop.body.errors as { field: string; messageZh: string; messageEn: string }[];
    expect(loopErrors.every((error) => error.field === 'replaces')).toBe(true);
    expect(loopErrors.some((error) => error.messageZh.includes('循环') && /cycle/.test(error.messageEn))).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('proposes a later edition of a registered family as its revision; saving it as new is an explicit, audited choice', async () => {
    await create({ number: 'GB/T 41007-2015', publishedOn: '2015-06-01', inForceOn: '2016-01-01' });
    const before = await counts();
    const suspected = await editor
      .post('/api/v1/standards')
      .send(
        buildStandard({ number: 'GB/T 41007-2024', kind: 'new', publishedOn: '2024-06-01', inForceOn: '2025-01-01' }),
      );
    expect(suspected.status).toBe(409);
    expect(suspected.body).toMatchObject({
      code: 'REVISION_SUSPECTED',
      earlier: [{ number: 'GB/T 41007-2015' }],
      proposal: { kind: 'revision', replaces: ['GB/T 41007-2015'] },
    });
    expect(suspected.body.detailZh).toContain('GB/T 41007-2015');
    expect(suspected.body.detail).toContain('GB/T 41007-2015');
    expect(await counts()).toEqual(before);

    // No kind given: recorded as the revision, replacing the latest earlier edition.
    const { kind: _kind, ...withoutKind } = buildStandard({
      number: 'GB/T 41007-2024',
      publishedOn: '2024-06-01',
      inForceOn: '2025-01-01',
    });
    const proposed = await editor.post('/api/v1/standards').send(withoutKind);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body).toMatchObject({ kind: 'revision', replaces: ['GB/T 41007-2015'] });

    await create({ number: 'GB/T 41008-2015', publishedOn: '2015-06-01', inForceOn: null });
    const asNew = await create({ number: 'GB/T 41008-2024', kind: 'new', saveAsNew: true, inForceOn: null });
    expect(asNew).toMatchObject({ kind: 'new', replaces: [] });
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity', '=', 'standard')
      .where('entity_id', '=', String(asNew.id))
      .where('action', '=', 'create')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ savedAsNewDespite: ['GB/T 41008-2015'] });
  });

  it('warns in the import preview of a new standard whose earlier edition is recorded', async () => {
    const file = ['标准号,标准名称,研制方向,发布日期,制修订', 'GB/T 41007-2026,又一版,02.2.4,2026-01-01,制定'].join(
      '\r\n',
    );
    const res = await editor.post('/api/v1/imports/standards?dryRun=true').attach('file', Buffer.from(file), 'new.csv');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const report = importReportSchema.parse(res.body);
    expect(report.rows[0]?.action).toBe('create');
    expect(report.rows[0]?.warnings?.[0]).toMatchObject({
      column: 'kind',
      messageZh: expect.stringContaining('GB/T 41007-2024'),
      messageEn: expect.stringContaining('revision'),
    });
  });

  it('the backfill migration links replacements recorded before, deriving missing withdrawals', async () => {
    const db = ctx.handle.db;
    const base = { level: 'national' as const, kind: 'new' as const, title_zh: '迁移前的记录', replaces: [], tags: [] };
    await db
      .insertInto('standard')
      .values([
        { ...base, number: 'GB/T 41009-2010', published_on: '2010-01-01' },
        { ...base, number: 'GB/T 41010-2010', published_on: '2010-01-01', withdrawn_on: '2012-01-01' },
        {
          ...base,
          number: 'GB/T 41009-2020',
          kind: 'revision',
          replaces: ['GB/T 41009-2010', 'GB/T 41010-2010'],
          published_on: '2020-01-01',
          in_force_on: '2020-07-01',
        },
      ])
      .execute();
    await backfillReplacements(db);
    const rows = await db
      .selectFrom('standard')
      .select(['number', 'replaced_by', 'replaced_on', 'withdrawn_on', 'withdrawal_derived'])
      .where('number', 'in', ['GB/T 41009-2010', 'GB/T 41010-2010'])
      .orderBy('number')
      .execute();
    expect(rows).toEqual([
      {
        number: 'GB/T 41009-2010',
        replaced_by: 'GB/T 41009-2020',
        replaced_on: '2020-07-01',
        withdrawn_on: '2020-07-01',
        withdrawal_derived: true,
      },
      {
        number: 'GB/T 41010-2010',
        replaced_by: 'GB/T 41009-2020',
        replaced_on: '2020-07-01',
        withdrawn_on: '2012-01-01',
        withdrawal_derived: false,
      },
    ]);
  });

  it('computes replaced in SQL exactly as the shared function does', async () => {
    const rows = await ctx.handle.db.selectFrom('standard').selectAll().orderBy('id').execute();
    expect(rows.some((row) => row.replaced_on !== null)).toBe(true);
    for (const asOf of [
      '2019-12-31',
      '2020-01-01',
      '2023-06-30',
      '2023-07-01',
      '2023-11-30',
      '2023-12-01',
      '2030-01-01',
    ]) {
      const fromSql = await ctx.handle.db
        .selectFrom('standard')
        .select(statusAsOfSql(asOf).as('status'))
        .orderBy('id')
        .execute();
      expect(
        fromSql.map((r) => r.status),
        asOf,
      ).toEqual(rows.map((row) => statusAsOf(statusDatesOfRow(row), asOf)));
    }
  });
});

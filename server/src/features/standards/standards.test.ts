import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { statusAsOf } from '@cloudstd/shared/domain/standard-status';
import {
  standardHistorySchema,
  standardListSchema,
  standardSchema,
  type Standard,
} from '@cloudstd/shared/schemas/standard';
import { sql } from 'kysely';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';
import { statusAsOfSql } from '../../sql/standard-status.ts';
import { milestoneDatesOfRow } from './standards.content.service.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

describe.each(testDatabaseDrivers())('standards registry on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;
  const counts = async () => ({
    standards: (await ctx.handle.db.selectFrom('standard').select('id').execute()).length,
    audit: (await ctx.handle.db.selectFrom('audit_log').select('id').where('entity', '=', 'standard').execute()).length,
  });
  const create = async (overrides: Parameters<typeof buildStandard>[0] = {}): Promise<Standard> => {
    const res = await editor.post('/api/v1/standards').send(buildStandard(overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return standardSchema.parse(res.body);
  };

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
  });
  afterAll(() => ctx.close());

  it('records a standard typed in any variant, normalised, with level, sector and status derived', async () => {
    const res = await editor.post('/api/v1/standards').send({
      number: 'gb/t 32400—2015',
      titleZh: '信息技术 云计算 概览与词汇',
      directions: ['01.1'],
      publishedOn: '2015-12-31',
      inForceOn: '2017-01-01',
      committee: 'tc28sc38',
      international: { ref: 'ISO/IEC 17788:2014', degree: 'IDT' },
      tags: ['术语'],
    });
    expect(res.status).toBe(201);
    const standard = standardSchema.parse(res.body);
    expect(standard).toMatchObject({
      number: 'GB/T 32400-2015',
      level: 'national',
      sector: null,
      kind: 'new',
      directions: ['01.1'],
      status: 'in_force',
      committee: 'TC28/SC38',
      version: 1,
      createdBy: 'editor',
      deletedAt: null,
    });
    const industry = await create({
      number: 'YD/T 3763.1-2020',
      directions: ['02.1.3', '03.1'],
      publishedOn: '2020-12-09',
      inForceOn: null,
    });
    expect(industry).toMatchObject({ level: 'industry', sector: 'YD', directions: ['02.1.3', '03.1'] });
    const group = await create({
      number: 'T/CESA 1234-2022',
      directions: ['04.2'],
      publishedOn: '2022-03-01',
      inForceOn: null,
    });
    expect(group.level).toBe('group');
    const planned = await create({
      number: null,
      planNumber: '20230001-T-469',
      publishedOn: null,
      inForceOn: null,
      approvedOn: '2023-04-01',
    });
    expect(planned).toMatchObject({
      level: 'national',
      number: null,
      planNumber: '20230001-T-469',
      status: 'approved',
    });
  });

  it('refuses the same number in another format with 409 naming the existing record, writing nothing', async () => {
    const existing = await create({ number: 'GB/T 31916.3-2018' });
    const before = await counts();
    const res = await editor.post('/api/v1/standards').send(buildStandard({ number: 'ＧＢ／Ｔ　31916.3－2018' }));
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'STANDARD_NUMBER_TAKEN',
      existing: { id: existing.id, number: 'GB/T 31916.3-2018' },
    });
    expect(res.body.detailZh).toContain('GB/T 31916.3-2018');
    expect(await counts()).toEqual(before);
  });

  it('names every bad field in both languages and writes nothing', async () => {
    const before = await counts();
    const res = await editor.post('/api/v1/standards').send({
      number: 'XX/T 1-2020',
      titleZh: '   ',
      directions: ['09.9', '02.2.4'],
      publishedOn: '2025-02-30',
      kind: 'amended',
      international: { ref: 'ISO 1', degree: 'SAME' },
      colour: 'red',
    });
    expect(res.status).toBe(400);
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['colour', 'international.degree', 'kind', 'number', 'publishedOn', 'titleZh']);
    const number = res.body.errors.find((e: { field: string }) => e.field === 'number');
    expect(number.messageEn).toMatch(/XX/);
    expect(number.messageZh).toMatch(/XX/);

    const unknownDirection = await editor
      .post('/api/v1/standards')
      .send(buildStandard({ directions: ['02.2.4', '09.9'] }));
    expect(unknownDirection.status).toBe(400);
    expect(unknownDirection.body.errors).toEqual([
      { field: 'directions.1', messageZh: '未知的研制方向：09.9', messageEn: 'Unknown research direction: 09.9' },
    ]);
    const local = await editor.post('/api/v1/standards').send(buildStandard({ number: 'DB99/T 1234-2020' }));
    expect(local.status).toBe(400);
    expect(local.body.errors[0].messageEn).toMatch(/province code/i);
    const noDirection = await editor.post('/api/v1/standards').send(buildStandard({ directions: [] }));
    expect(noDirection.body.errors[0]).toMatchObject({ field: 'directions', messageZh: '至少选择一个研制方向' });
    const missing = await editor.post('/api/v1/standards').send({ directions: ['01.1'] });
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['titleZh']);
    expect(await counts()).toEqual(before);
  });

  it('validates the lifecycle: order, publication needs a number, withdrawal after publication', async () => {
    const before = await counts();
    const outOfOrder = await editor.post('/api/v1/standards').send(
      buildStandard({
        approvedOn: '2024-01-01',
        submittedOn: '2023-06-01',
        publishedOn: '2024-06-01',
        inForceOn: '2024-05-01',
      }),
    );
    expect(outOfOrder.status).toBe(400);
    expect(outOfOrder.body.errors.map((e: { field: string }) => e.field)).toEqual(['submittedOn', 'inForceOn']);
    const noNumber = await editor
      .post('/api/v1/standards')
      .send(buildStandard({ number: null, planNumber: '2018-1666T-YD' }));
    expect(noNumber.body.errors).toEqual([
      expect.objectContaining({ field: 'number', messageEn: 'A published standard needs its number' }),
    ]);
    const sameDay = await editor.post('/api/v1/standards').send(buildStandard({ withdrawnOn: '2024-06-01' }));
    expect(sameDay.body.errors[0]).toMatchObject({ field: 'withdrawnOn' });
    const neither = await editor
      .post('/api/v1/standards')
      .send(buildStandard({ number: null, publishedOn: null, inForceOn: null }));
    expect(neither.body.errors[0].field).toBe('number');
    expect(await counts()).toEqual(before);
  });

  it('corrects a standard carrying its version; a stale version gets 409 with the current record and changes nothing', async () => {
    const standard = await create({ titleZh: '原标题' });
    const first = await editor.patch(`/api/v1/standards/${standard.id}`).send({ titleZh: '新标题', version: 1 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ titleZh: '新标题', version: 2, updatedBy: 'editor' });

    const before = await counts();
    const stale = await editor.patch(`/api/v1/standards/${standard.id}`).send({ titleZh: '过期的修改', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.current).toMatchObject({ id: standard.id, titleZh: '新标题', version: 2 });
    expect(await counts()).toEqual(before);
    expect((await viewer.get(`/api/v1/standards/${standard.id}`)).body.titleZh).toBe('新标题');

    const noVersion = await editor.patch(`/api/v1/standards/${standard.id}`).send({ titleZh: 'x' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.errors[0].field).toBe('version');
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const standard = await create();
    const other = await ctx.signedIn('admin');
    const [a, b] = await Promise.all([
      editor.patch(`/api/v1/standards/${standard.id}`).send({ titleZh: '编辑甲', version: 1 }),
      other.patch(`/api/v1/standards/${standard.id}`).send({ titleZh: '编辑乙', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? '编辑甲' : '编辑乙';
    const stored = (await viewer.get(`/api/v1/standards/${standard.id}`)).body;
    expect(stored).toMatchObject({ titleZh: winner, version: 2 });
  });

  it('re-derives level and sector when the number changes, and checks uniqueness against others', async () => {
    const a = await create();
    const b = await create();
    const moved = await editor
      .patch(`/api/v1/standards/${a.id}`)
      .send({ number: 'sj/t 11000-2019', version: a.version });
    expect(moved.body).toMatchObject({ number: 'SJ/T 11000-2019', level: 'industry', sector: 'SJ' });
    const clash = await editor
      .patch(`/api/v1/standards/${b.id}`)
      .send({ number: 'SJ/T 11000-2019', version: b.version });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('STANDARD_NUMBER_TAKEN');
    const bad = await editor.patch(`/api/v1/standards/${b.id}`).send({ inForceOn: '2020-01-01', version: b.version });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('inForceOn');
  });

  it('deletes softly and restores; deleted ones leave the list but can be listed and fetched', async () => {
    const standard = await create({ number: 'GB/T 37741-2019' });
    await editor.delete(`/api/v1/standards/${standard.id}`).expect(204);
    const live = standardListSchema.parse((await viewer.get('/api/v1/standards?q=37741')).body);
    expect(live.total).toBe(0);
    const deleted = standardListSchema.parse((await editor.get('/api/v1/standards?q=37741&deleted=only')).body);
    expect(deleted.items.map((s) => s.id)).toEqual([standard.id]);
    expect(deleted.items[0]?.deletedAt).not.toBeNull();
    await editor.patch(`/api/v1/standards/${standard.id}`).send({ titleZh: 'x', version: 2 }).expect(404);
    await editor.delete(`/api/v1/standards/${standard.id}`).expect(404);

    // While deleted, its number may be entered again; restoring would then duplicate it.
    const again = await create({ number: 'GB/T 37741-2019' });
    expect((await editor.post(`/api/v1/standards/${standard.id}/restore`)).status).toBe(409);
    await editor.delete(`/api/v1/standards/${again.id}`).expect(204);
    const restored = await editor.post(`/api/v1/standards/${standard.id}/restore`).expect(200);
    expect(restored.body).toMatchObject({ id: standard.id, deletedAt: null });
    expect((await viewer.get('/api/v1/standards?q=37741')).body.total).toBe(1);
  });

  it('keeps writes to editors and admins', async () => {
    const standard = await create();
    const before = await counts();
    await viewer.post('/api/v1/standards').send(buildStandard()).expect(403);
    await viewer.patch(`/api/v1/standards/${standard.id}`).send({ titleZh: 'x', version: 1 }).expect(403);
    await viewer.delete(`/api/v1/standards/${standard.id}`).expect(403);
    await viewer.post(`/api/v1/standards/${standard.id}/restore`).expect(403);
    await request(ctx.app).get('/api/v1/standards').expect(401);
    expect(await counts()).toEqual(before);
    await (await ctx.signedIn('admin')).post('/api/v1/standards').send(buildStandard()).expect(201);
  });

  it('audits every write in the same transaction and shows it as history', async () => {
    const standard = await create({ titleZh: '历史 A', directions: ['01.2'] });
    await editor
      .patch(`/api/v1/standards/${standard.id}`)
      .send({ titleZh: '历史 B', directions: ['01.2', '01.1'], version: 1 })
      .expect(200);
    await editor.delete(`/api/v1/standards/${standard.id}`).expect(204);
    await editor.post(`/api/v1/standards/${standard.id}/restore`).expect(200);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'standard')
      .where('entity_id', '=', String(standard.id))
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['create', 'update', 'delete', 'restore']);
    expect(audit.every((row) => row.actor_id !== null && row.request_id)).toBe(true);

    const history = standardHistorySchema.parse((await viewer.get(`/api/v1/standards/${standard.id}/history`)).body);
    expect(history.map((h) => h.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect(history[2]).toMatchObject({
      actor: 'editor',
      changes: [
        { field: 'titleZh', before: '历史 A', after: '历史 B' },
        { field: 'directions', before: ['01.2'], after: ['01.1', '01.2'] },
      ],
    });
    await viewer.get('/api/v1/standards/999999/history').expect(404);
  });

  it('rolls back the standard when its audit row cannot be written', async () => {
    const before = await counts();
    await sql`alter table audit_log add constraint audit_refuses check (entity <> 'standard') not valid`.execute(
      ctx.handle.db,
    );
    try {
      const res = await editor.post('/api/v1/standards').send(buildStandard());
      expect(res.status).toBe(500);
      expect(JSON.stringify(res.body)).not.toMatch(/audit_refuses|constraint/);
    } finally {
      await sql`alter table audit_log drop constraint audit_refuses`.execute(ctx.handle.db);
    }
    expect(await counts()).toEqual(before);
  });
});

describe.each(testDatabaseDrivers())('finding standards on %s', (driver) => {
  let ctx: TestContext;
  let viewer: Agent;
  const list = async (query: string) =>
    standardListSchema.parse((await viewer.get(`/api/v1/standards?${query}`).expect(200)).body);

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    const editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
    const fixtures = [
      {
        number: 'GB/T 32400-2015',
        titleZh: '信息技术 云计算 概览与词汇',
        directions: ['01.1'],
        publishedOn: '2015-12-31',
        inForceOn: '2017-01-01',
        committee: 'TC28/SC38',
      },
      {
        number: 'GB/T 32399-2015',
        titleZh: '信息技术 云计算 参考架构',
        directions: ['01.2'],
        publishedOn: '2015-12-31',
        inForceOn: '2017-01-01',
        committee: 'TC28/SC38',
      },
      {
        number: 'YD/T 3763.1-2020',
        titleZh: '云计算 边缘云 第1部分',
        directions: ['02.5.1', '02.1.3'],
        publishedOn: '2020-12-09',
        inForceOn: null,
        committee: 'TC1',
      },
      {
        number: 'T/CESA 1234-2022',
        titleZh: '云原生 容器平台 测试',
        directions: ['02.2.4'],
        publishedOn: '2022-03-01',
        inForceOn: null,
        committee: null,
      },
      {
        number: 'GB/T 35301-2017',
        titleZh: '信息技术 云计算 平台即服务(PaaS)参考架构',
        directions: ['03.2'],
        publishedOn: '2017-12-29',
        inForceOn: '2018-07-01',
        withdrawnOn: '2024-01-01',
        committee: 'TC28',
      },
      {
        number: null,
        planNumber: '20230001-T-469',
        titleZh: '云计算 云际 计划项目',
        directions: ['02.5.1'],
        approvedOn: '2023-04-01',
        draftOn: '2024-03-01',
        publishedOn: null,
        inForceOn: null,
        committee: 'TC28/SC38',
      },
    ];
    for (const fixture of fixtures) {
      await editor.post('/api/v1/standards').send(buildStandard(fixture)).expect(201);
    }
  });
  afterAll(() => ctx.close());

  it('searches numbers in any variant and titles', async () => {
    expect((await list('q=gbt32400')).items.map((s) => s.number)).toEqual(['GB/T 32400-2015']);
    expect((await list(`q=${encodeURIComponent('GB/T 32400—2015')}`)).total).toBe(1);
    expect((await list('q=32399')).items.map((s) => s.number)).toEqual(['GB/T 32399-2015']);
    expect((await list(`q=${encodeURIComponent('参考架构')}`)).total).toBe(2);
    expect((await list('q=20230001')).items.map((s) => s.planNumber)).toEqual(['20230001-T-469']);
    expect((await list(`q=${encodeURIComponent('100%_')}`)).total).toBe(0);
  });

  it('filters by level, direction, part, committee and publication dates', async () => {
    expect((await list('level=industry,group')).items.map((s) => s.number).sort()).toEqual([
      'T/CESA 1234-2022',
      'YD/T 3763.1-2020',
    ]);
    expect((await list('direction=02.5.1')).total).toBe(2);
    expect((await list('part=01')).total).toBe(2);
    expect((await list('part=02&level=national')).items.map((s) => s.planNumber)).toEqual(['20230001-T-469']);
    expect((await list('committee=SC38')).total).toBe(3);
    expect((await list('publishedFrom=2016-01-01&publishedTo=2021-12-31')).total).toBe(2);
  });

  it('filters by kind (new or revision), as the dashboard links counted standards', async () => {
    const all = (await list('pageSize=50')).total;
    expect((await list('kind=new,revision')).total).toBe(all);
    expect((await list('kind=new')).total).toBe(all);
    expect((await list('kind=revision')).total).toBe(0);
    const bad = await viewer.get('/api/v1/standards?kind=amendment');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toMatch(/^kind/);
  });

  it('filters by status as of a date', async () => {
    const statusOn = async (asOf: string) =>
      Object.fromEntries(
        (await list(`asOf=${asOf}&pageSize=50`)).items.map((s) => [s.number ?? s.planNumber, s.status]),
      );
    expect(await statusOn('2016-06-01')).toMatchObject({
      'GB/T 32400-2015': 'published',
      '20230001-T-469': 'none',
      'GB/T 35301-2017': 'none',
    });
    expect(await statusOn('2024-06-01')).toMatchObject({
      'GB/T 32400-2015': 'in_force',
      '20230001-T-469': 'draft',
      'GB/T 35301-2017': 'withdrawn',
    });
    expect((await list('status=withdrawn&asOf=2023-12-31')).total).toBe(0);
    expect((await list('status=withdrawn&asOf=2024-01-01')).total).toBe(1);
    expect((await list('status=published,in_force&asOf=2021-01-01')).total).toBe(4);
  });

  it('sorts and pages with the total', async () => {
    const page1 = await list('sort=number&order=asc&pageSize=2&page=1');
    const page2 = await list('sort=number&order=asc&pageSize=2&page=2');
    expect(page1.total).toBe(6);
    expect(page1.items.map((s) => s.number)).toEqual(['GB/T 32399-2015', 'GB/T 32400-2015']);
    expect(page2.items.map((s) => s.number)).toEqual(['GB/T 35301-2017', 'T/CESA 1234-2022']);
    const byDate = await list('sort=publishedOn&order=desc');
    expect(byDate.items.at(-1)?.planNumber).toBe('20230001-T-469');
    expect((await list('page=9')).items).toEqual([]);
  });

  it('refuses bad filters with the field named', async () => {
    for (const query of [
      'asOf=2025-02-30',
      'level=regional',
      'status=done',
      'pageSize=1000',
      'sort=colour',
      'page=0',
      'unknown=1',
    ]) {
      const res = await viewer.get(`/api/v1/standards?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.errors[0].field.split('.')[0], query).toBe(query.split('=')[0]);
    }
  });

  it('computes status in SQL exactly as the shared function does', async () => {
    const rows = await ctx.handle.db.selectFrom('standard').selectAll().orderBy('id').execute();
    expect(rows).toHaveLength(6);
    for (const asOf of [
      '2015-12-30',
      '2015-12-31',
      '2017-01-01',
      '2020-12-09',
      '2023-04-01',
      '2023-12-31',
      '2024-01-01',
      '2030-01-01',
    ]) {
      const fromSql = await ctx.handle.db
        .selectFrom('standard')
        .select(statusAsOfSql(asOf).as('status'))
        .orderBy('id')
        .execute();
      const fromShared = rows.map((row) => statusAsOf(milestoneDatesOfRow(row), asOf));
      expect(
        fromSql.map((r) => r.status),
        asOf,
      ).toEqual(fromShared);
    }
  });
});

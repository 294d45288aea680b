import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { planTrackingSchema } from '@cloudstd/shared/schemas/plan';
import { standardListSchema, standardSchema, type Standard } from '@cloudstd/shared/schemas/standard';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryParser } from '../../testing/binary-parser.ts';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

let projects = 0;

/** A project not yet published: a plan number of its own, approved, no number. */
function buildProject(overrides: Parameters<typeof buildStandard>[0] = {}) {
  projects += 1;
  return buildStandard({
    number: null,
    planNumber: `2024${String(projects).padStart(4, '0')}-T-469`,
    publishedOn: null,
    inForceOn: null,
    approvedOn: '2023-06-15',
    ...overrides,
  });
}

describe.each(testDatabaseDrivers())('plans (计划) and drafting organisations on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;
  const create = async (body: ReturnType<typeof buildStandard>): Promise<Standard> => {
    const res = await editor.post('/api/v1/standards').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return standardSchema.parse(res.body);
  };
  const get = async (id: number, asOf: string) =>
    standardSchema.parse((await viewer.get(`/api/v1/standards/${id}?asOf=${asOf}`).expect(200)).body);
  const plans = async (query: string) =>
    planTrackingSchema.parse((await viewer.get(`/api/v1/standards/plans?${query}`).expect(200)).body);
  const csv = async (path: string): Promise<string[][]> => {
    const res = await viewer.get(path).buffer(true).parse(binaryParser);
    expect(res.status).toBe(200);
    const body = res.body as Buffer;
    expect(body.subarray(0, 3).toString('hex')).toBe('efbbbf');
    return parse(body.subarray(3));
  };
  const auditCount = async () =>
    Number(
      (
        await ctx.handle.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
  });
  afterAll(() => ctx.close());

  it('derives the due date from issue date and period, overdue as of a date until published; an extension moves it, audited', async () => {
    const project = await create(
      buildProject({ planNumber: '20230390-T-339', planIssuedOn: '2023-06-15', planPeriodMonths: 24 }),
    );
    expect(project).toMatchObject({
      planIssuedOn: '2023-06-15',
      planPeriodMonths: 24,
      planExtensions: [],
      planDueOn: '2025-06-15',
    });
    expect((await get(project.id, '2025-06-15')).planOverdue).toBe(false);
    expect((await get(project.id, '2025-06-16')).planOverdue).toBe(true);

    const res = await editor.patch(`/api/v1/standards/${project.id}`).send({
      version: project.version,
      planExtensions: [
        { grantedOn: '2025-05-20', dueOn: '2026-06-30', reason: '国际标准同步修订，需等待 ISO/IEC 发布' },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const extended = standardSchema.parse(res.body);
    expect(extended.planDueOn).toBe('2026-06-30');
    expect((await get(project.id, '2026-06-30')).planOverdue).toBe(false);
    expect((await get(project.id, '2026-07-01')).planOverdue).toBe(true);

    const history = await viewer.get(`/api/v1/standards/${project.id}/history`).expect(200);
    expect(history.body[0]).toMatchObject({
      action: 'update',
      changes: [
        {
          field: 'planExtensions',
          before: [],
          after: [{ grantedOn: '2025-05-20', dueOn: '2026-06-30', reason: '国际标准同步修订，需等待 ISO/IEC 发布' }],
        },
      ],
    });

    // Published on time: never overdue from its publication on.
    const published = await editor.patch(`/api/v1/standards/${project.id}`).send({
      version: extended.version,
      number: 'GB/T 45390-2026',
      draftOn: '2025-09-01',
      submittedOn: '2026-01-10',
      publishedOn: '2026-05-30',
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect((await get(project.id, '2027-01-01')).planOverdue).toBe(false);
  });

  it('tracks open plans as of a date: overdue first, stage against the GB/T 16733 norms, filters, CSV', async () => {
    const late = await create(
      buildProject({
        planNumber: '20220101-T-469',
        titleZh: '信息技术 云计算 计划跟踪超期项目',
        approvedOn: '2022-03-01',
        planIssuedOn: '2022-03-01',
        planPeriodMonths: 24,
        draftOn: '2023-10-01',
      }),
    );
    const onTime = await create(
      buildProject({
        planNumber: '20250101-T-469',
        titleZh: '信息技术 云计算 计划跟踪在研项目',
        approvedOn: '2025-01-10',
        planIssuedOn: '2025-03-01',
        planPeriodMonths: 18,
      }),
    );
    const asOf = '2025-06-01';
    const open = await plans(`asOf=${asOf}`);
    const mine = open.items.filter((item) => [late.id, onTime.id].includes(item.id));
    expect(mine).toEqual([
      expect.objectContaining({
        id: late.id,
        dueOn: '2024-03-01',
        overdue: true,
        overdueDays: 457,
        stage: 'draft',
        stageSince: '2023-10-01',
        monthsInStage: 20,
        stageNormMonths: 2,
        monthsOverNorm: 18,
      }),
      expect.objectContaining({
        id: onTime.id,
        dueOn: '2026-09-01',
        overdue: false,
        overdueDays: 0,
        stage: 'drafting',
        stageSince: '2025-03-01',
        monthsInStage: 3,
        stageNormMonths: 10,
        monthsOverNorm: 0,
      }),
    ]);
    // Overdue plans come before any on-time one.
    const firstOnTime = open.items.findIndex((item) => !item.overdue);
    expect(open.items.slice(firstOnTime).every((item) => !item.overdue)).toBe(true);

    const overdueOnly = await plans(`asOf=${asOf}&overdue=true`);
    expect(overdueOnly.items.every((item) => item.overdue)).toBe(true);
    expect(overdueOnly.items.map((item) => item.id)).toContain(late.id);
    expect(overdueOnly.items.map((item) => item.id)).not.toContain(onTime.id);
    expect((await plans(`asOf=${asOf}&stage=drafting`)).items.map((item) => item.id)).toContain(onTime.id);
    // Before its issue date a plan is not yet tracked; in 立项 between approval and issue.
    expect((await plans('asOf=2025-02-01')).items.find((item) => item.id === onTime.id)).toBeUndefined();

    const rows = await csv(`/api/v1/reports/plans.csv?asOf=${asOf}&overdue=true`);
    expect(rows[0]?.slice(0, 3)).toEqual(['计划号', '标准号', '标准名称']);
    const lateRow = rows.find((row) => row[0] === '20220101-T-469');
    expect(lateRow).toEqual([
      '20220101-T-469',
      '',
      '信息技术 云计算 计划跟踪超期项目',
      '国家标准',
      expect.any(String),
      '2022-03-01',
      '24',
      '0',
      '2024-03-01',
      '是',
      '457',
      '征求意见',
      '2023-10-01',
      '20',
      '2',
      '18',
    ]);
    expect(rows.some((row) => row[0] === '20250101-T-469')).toBe(false);
    const english = await csv(`/api/v1/reports/plans.csv?asOf=${asOf}&lang=en`);
    expect(english[0]?.[0]).toBe('Plan number');
  });

  it('refuses bad plans with 400 naming the field, zh and en, and writes nothing; viewers cannot edit', async () => {
    const project = await create(buildProject({ planIssuedOn: '2024-01-10', planPeriodMonths: 12 }));
    const before = await auditCount();
    const refused = async (body: Record<string, unknown>, field: string) => {
      const res = await editor.patch(`/api/v1/standards/${project.id}`).send({ version: project.version, ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const error = (res.body.errors as { field: string; messageZh: string; messageEn: string }[]).find(
        (e) => e.field === field,
      );
      expect(error, JSON.stringify(res.body)).toMatchObject({
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      });
    };
    await refused({ planIssuedOn: '2024-02-30' }, 'planIssuedOn');
    await refused({ planPeriodMonths: 0 }, 'planPeriodMonths');
    await refused({ planPeriodMonths: -3 }, 'planPeriodMonths');
    await refused({ planPeriodMonths: 1.5 }, 'planPeriodMonths');
    await refused({ planIssuedOn: null }, 'planIssuedOn');
    await refused({ planPeriodMonths: null }, 'planPeriodMonths');
    await refused(
      { planExtensions: [{ grantedOn: '2023-12-01', dueOn: '2025-06-30', reason: '延期' }] },
      'planExtensions.0.grantedOn',
    );
    await refused(
      { planExtensions: [{ grantedOn: '2024-12-01', dueOn: '2024-12-31', reason: '延期' }] },
      'planExtensions.0.dueOn',
    );
    await refused(
      { planExtensions: [{ grantedOn: '2024-12-01', dueOn: '2025-06-30', reason: ' ' }] },
      'planExtensions.0.reason',
    );
    await refused({ draftingOrganisations: [''] }, 'draftingOrganisations.0');
    const create400 = await editor.post('/api/v1/standards').send(buildProject({ planPeriodMonths: 12 }));
    expect(create400.status).toBe(400);
    expect(create400.body.errors[0].field).toBe('planIssuedOn');

    const forbidden = await viewer
      .patch(`/api/v1/standards/${project.id}`)
      .send({ version: project.version, planPeriodMonths: 18 });
    expect(forbidden.status).toBe(403);
    expect((await viewer.get('/api/v1/standards/plans?asOf=2025-13-01')).status).toBe(400);
    expect((await viewer.get('/api/v1/standards/plans?overdue=maybe')).status).toBe(400);
    expect((await viewer.get('/api/v1/standards/plans?stage=published')).status).toBe(400);

    expect(await auditCount()).toBe(before);
    expect((await get(project.id, '2025-01-01')).version).toBe(project.version);
  });

  it('records drafting organisations: shown, searchable by q, exported with the province of a local standard', async () => {
    const cloud = await create(
      buildStandard({
        number: 'GB/T 45901-2025',
        draftingOrganisations: ['中国电子技术标准化研究院', '华为技术有限公司', '中国电子技术标准化研究院'],
      }),
    );
    expect(cloud.draftingOrganisations).toEqual(['中国电子技术标准化研究院', '华为技术有限公司']);
    const local = await create(
      buildStandard({
        number: 'DB11/T 4590-2025',
        titleZh: '政务云平台 演示用地方标准（示例数据）',
        draftingOrganisations: ['北京市示例研究院'],
      }),
    );
    const found = standardListSchema.parse(
      (await viewer.get(`/api/v1/standards?q=${encodeURIComponent('华为技术')}`).expect(200)).body,
    );
    expect(found.items.map((item) => item.id)).toEqual([cloud.id]);

    const rows = await csv('/api/v1/reports/standards.csv?sort=number&order=asc');
    const header = rows[0] ?? [];
    const provinceAt = header.indexOf('省份');
    const draftersAt = header.indexOf('起草单位');
    expect(provinceAt).toBeGreaterThan(0);
    expect(draftersAt).toBeGreaterThan(0);
    const cloudRow = rows.find((row) => row[0] === 'GB/T 45901-2025');
    const localRow = rows.find((row) => row[0] === 'DB11/T 4590-2025');
    expect(cloudRow?.[draftersAt]).toBe('中国电子技术标准化研究院、华为技术有限公司');
    expect(cloudRow?.[provinceAt]).toBe('');
    expect(localRow?.[provinceAt]).toBe('北京');
    expect(local.province).toBe('11');
    const english = await csv('/api/v1/reports/standards.csv?lang=en&level=local');
    expect(english[0]).toContain('Province');
    expect(english.find((row) => row[0] === 'DB11/T 4590-2025')?.[english[0]?.indexOf('Province') ?? -1]).toBe(
      'Beijing',
    );
  });

  it('exports the 复审 list as of a date', async () => {
    await create(buildStandard({ number: 'GB/T 45801-2018', publishedOn: '2018-06-01', inForceOn: '2019-01-01' }));
    const rows = await csv('/api/v1/reports/reviews.csv?asOf=2024-06-01');
    expect(rows[0]).toEqual([
      '标准号',
      '标准名称',
      '级别',
      '归口单位',
      '实施日期',
      '应复审日期',
      '上次复审结论',
      '上次复审日期',
    ]);
    expect(rows.find((row) => row[0] === 'GB/T 45801-2018')).toMatchObject({ 4: '2019-01-01', 5: '2024-01-01' });
    expect((await viewer.get('/api/v1/reports/reviews.csv?asOf=2024-02-30')).status).toBe(400);

    // The export follows the page's committee filter, normalised as the standards are.
    await create(
      buildStandard({
        number: 'GB/T 45802-2018',
        publishedOn: '2018-06-01',
        inForceOn: '2019-01-01',
        committee: 'TC260',
      }),
    );
    const filtered = await csv(
      `/api/v1/reports/reviews.csv?asOf=2024-06-01&committee=${encodeURIComponent('SAC/TC 260')}`,
    );
    const numbers = filtered.slice(1).map((row) => row[0]);
    expect(numbers).toContain('GB/T 45802-2018');
    expect(numbers).not.toContain('GB/T 45801-2018');
  });

  it('detects a revision on PATCH: a changed number of a registered family needs saveAsNew or kind revision', async () => {
    const old = await create(
      buildStandard({ number: 'GB/T 45701-2015', publishedOn: '2015-06-01', inForceOn: '2016-01-01' }),
    );
    const other = await create(buildStandard({ number: 'GB/T 45702-2024' }));
    const before = await auditCount();
    const suspected = await editor
      .patch(`/api/v1/standards/${other.id}`)
      .send({ version: other.version, number: 'GB/T 45701-2024' });
    expect(suspected.status, JSON.stringify(suspected.body)).toBe(409);
    expect(suspected.body).toMatchObject({
      code: 'REVISION_SUSPECTED',
      earlier: [{ id: old.id, number: 'GB/T 45701-2015' }],
      proposal: { kind: 'revision', replaces: ['GB/T 45701-2015'] },
    });
    expect(await auditCount()).toBe(before);

    const asNew = await editor
      .patch(`/api/v1/standards/${other.id}`)
      .send({ version: other.version, number: 'GB/T 45701-2024', saveAsNew: true });
    expect(asNew.status, JSON.stringify(asNew.body)).toBe(200);
    const entry = await ctx.handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity', '=', 'standard')
      .where('entity_id', '=', String(other.id))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.after).toMatchObject({ number: 'GB/T 45701-2024', savedAsNewDespite: ['GB/T 45701-2015'] });

    // Accepting the proposal: a revision replacing the earlier edition.
    const third = await create(buildStandard({ number: 'GB/T 45703-2025' }));
    const revision = await editor.patch(`/api/v1/standards/${third.id}`).send({
      version: third.version,
      number: 'GB/T 45701-2025',
      kind: 'revision',
      replaces: ['GB/T 45701-2024'],
    });
    expect(revision.status, JSON.stringify(revision.body)).toBe(200);

    // A record's own year corrected is no revision of itself.
    const own = await create(
      buildStandard({ number: 'GB/T 45704-2015', publishedOn: '2015-06-01', inForceOn: '2016-01-01' }),
    );
    const corrected = await editor
      .patch(`/api/v1/standards/${own.id}`)
      .send({ version: own.version, number: 'GB/T 45704-2016', publishedOn: '2016-06-01', inForceOn: '2017-01-01' });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
  });
});

import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { coverageResponseSchema, dashboardSummarySchema } from '@cloudstd/shared/schemas/dashboard';
import { standardListSchema, standardSchema, type Standard } from '@cloudstd/shared/schemas/standard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

// Local standards, alliance/enterprise documents, engineering codes and international references (issue #13).
describe.each(testDatabaseDrivers())('standard levels and references on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let admin: Agent;
  const counts = async () => ({
    standards: (await ctx.handle.db.selectFrom('standard').select('id').execute()).length,
    audit: (await ctx.handle.db.selectFrom('audit_log').select('id').execute()).length,
  });
  const create = async (overrides: Parameters<typeof buildStandard>[0]): Promise<Standard> => {
    const res = await editor.post('/api/v1/standards').send(buildStandard(overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return standardSchema.parse(res.body);
  };
  const list = async (query: string) => {
    const res = await editor.get(`/api/v1/standards?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return standardListSchema.parse(res.body);
  };

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    admin = await ctx.signedIn('admin');
  });
  afterAll(() => ctx.close());

  it('records local standards with their province and alliance documents exactly, filterable, never counted', async () => {
    const local = await create({
      number: 'db11/t 1234—2020',
      directions: ['03.1'],
      publishedOn: '2024-03-01',
      inForceOn: '2024-04-01',
      committee: null,
    });
    expect(local).toMatchObject({ number: 'DB11/T 1234-2020', level: 'local', province: '11', sector: null });
    const alliance = await create({
      number: 'Q/KXY SL008-2025',
      directions: ['03.1'],
      publishedOn: '2025-03-01',
      inForceOn: null,
      committee: null,
    });
    expect(alliance).toMatchObject({ number: 'Q/KXY SL008-2025', level: 'other', province: null });
    const national = await create({ number: 'GB/T 45001-2024', directions: ['03.1'], publishedOn: '2024-03-01' });

    expect((await list('province=11')).items.map((s) => s.number)).toEqual(['DB11/T 1234-2020']);
    expect((await list('level=local,other&sort=number&order=asc')).items.map((s) => s.number)).toEqual([
      'DB11/T 1234-2020',
      'Q/KXY SL008-2025',
    ]);
    const counted = await list('countedFor=goals-2027-draft-edition&asOf=2026-06-30&pageSize=200');
    const countedNumbers = counted.items.map((s) => s.number);
    expect(countedNumbers).toContain(national.number);
    expect(countedNumbers).not.toContain(local.number);
    expect(countedNumbers).not.toContain(alliance.number);

    const coverage = coverageResponseSchema.parse(
      (await editor.get('/api/v1/dashboard/coverage?framework=cloud-computing-draft&asOf=2026-06-30').expect(200)).body,
    );
    const row = coverage.items.find((item) => item.code === '03.1');
    expect(row).toMatchObject({ local: 1, national: 1, state: 'covered' });
  });

  it('files engineering and tax codes as industry', async () => {
    expect(await create({ number: 'JGJ/T 1-2020', publishedOn: '2020-01-01', inForceOn: null })).toMatchObject({
      level: 'industry',
      sector: 'JGJ',
    });
    expect(await create({ number: 'JTG D60-2015', publishedOn: '2015-01-01', inForceOn: null })).toMatchObject({
      number: 'JTG D60-2015',
      sector: 'JTG',
    });
    expect(await create({ number: 'SW/T 1-2020', publishedOn: '2020-01-01', inForceOn: null })).toMatchObject({
      sector: 'SW',
    });
  });

  it('stores an international reference normalised and structured, and counts one reference once', async () => {
    const first = await create({
      number: 'GB/T 45010-2025',
      publishedOn: '2025-11-01',
      inForceOn: null,
      international: { ref: 'iso/iec 17788 ： 2014', degree: 'IDT' },
    });
    expect(first.international).toEqual({
      ref: 'ISO/IEC 17788:2014',
      degree: 'IDT',
      body: 'ISO/IEC',
      number: '17788',
      year: 2014,
    });
    await create({
      number: 'GB/T 45011-2025',
      publishedOn: '2025-11-02',
      inForceOn: null,
      international: { ref: 'ISO/IEC 17788:2014', degree: 'MOD' },
    });
    const summary = dashboardSummarySchema.parse(
      (await editor.get('/api/v1/dashboard/summary?asOf=2025-12-31&targetSet=goals-2027-2025-edition').expect(200))
        .body,
    );
    expect(summary.international.adopting).toBe(1);
    expect(summary.international.national).toBe(2);
  });

  it('refuses a local number with an unknown province, an international number and a local counting rule', async () => {
    const before = await counts();
    const unknownProvince = await editor.post('/api/v1/standards').send(buildStandard({ number: 'DB99/T 1-2020' }));
    expect(unknownProvince.status).toBe(400);
    expect(unknownProvince.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknownProvince.body.errors[0]).toMatchObject({
      field: 'number',
      messageZh: expect.stringContaining('省级行政区划代码'),
      messageEn: expect.stringContaining('province code'),
    });
    const international = await editor.post('/api/v1/standards').send(buildStandard({ number: 'ISO/IEC 17788:2014' }));
    expect(international.status).toBe(400);
    expect(international.body.errors[0]).toMatchObject({
      field: 'number',
      messageZh: expect.stringContaining('采用的国际标准'),
      messageEn: expect.stringContaining('adopted international standard of a Chinese standard'),
    });
    const badRef = await editor
      .post('/api/v1/standards')
      .send(buildStandard({ international: { ref: 'GB/T 1-2020', degree: 'IDT' } }));
    expect(badRef.status).toBe(400);
    expect(badRef.body.errors[0].field).toBe('international.ref');
    const badProvince = await editor.get('/api/v1/standards?province=Beijing');
    expect(badProvince.status).toBe(400);
    expect(badProvince.body.errors[0].field).toBe('province');

    const sets = (await admin.get('/api/v1/target-sets').expect(200)).body as { key: string; version: number }[];
    const set = sets.find((s) => s.key === 'goals-2027-draft-edition');
    const localRule = await admin
      .patch('/api/v1/target-sets/goals-2027-draft-edition')
      .send({ version: set?.version, countedLevels: ['national', 'local'] });
    expect(localRule.status).toBe(400);
    expect(localRule.body.errors[0].field).toMatch(/^countedLevels/);
    expect(await counts()).toEqual(before);
  });
});

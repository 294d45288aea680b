import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { completeCreditCode } from '@cloudstd/shared/domain/credit-code';
import { monthPointDate, todayInChina } from '@cloudstd/shared/domain/calendar';
import { dashboardSummarySchema, timelineResponseSchema } from '@cloudstd/shared/schemas/dashboard';
import { snapshotDetailSchema } from '@cloudstd/shared/schemas/report';
import { standardListSchema, type CreateStandardFormValues } from '@cloudstd/shared/schemas/standard';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

/*
 * "Counted" is one rule (server/src/sql/counted.ts). A chart's point and its drill-down must agree: at many
 * as-of dates, for both target sets, every point of the timeline equals the total of the standards list
 * `countedFor=set&asOf=D&month=M`, the summary's count equals the list at D, and the enterprise KPI (read
 * from the trigger-kept rollup) equals the enterprises a snapshot lists as counted (read by the rule).
 */
type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

const SETS = ['goals-2027-2025-edition', 'goals-2027-draft-edition'] as const;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Withdrawals (one inside the 2025 window, one in the month it was published), a revision (the draft set
 * counts it, the 2025 set does not), a group standard, one deleted for good and one deleted and restored,
 * standards published before either window, on the window's first day and on its eve, and a pipeline one.
 */
const fixture: (Partial<CreateStandardFormValues> & { deleted?: 'deleted' | 'restored' })[] = [
  { number: 'GB/T 45001-2025', publishedOn: '2025-11-10' },
  { number: 'GB/T 45002-2025', publishedOn: '2025-12-01', withdrawnOn: '2026-03-15' },
  { number: 'YD/T 4500-2026', publishedOn: '2026-01-20', kind: 'revision', replaces: ['YD/T 3000-2016'] },
  { number: 'T/CESA 1450-2026', publishedOn: '2026-02-01' },
  { number: 'GB/T 44003-2024', publishedOn: '2024-05-01' },
  { number: 'GB/T 41004-2022', publishedOn: '2022-06-01' },
  { number: 'GB/T 45005-2026', publishedOn: '2026-02-10', deleted: 'deleted' },
  { number: 'GB/T 45006-2026', publishedOn: '2026-04-05', deleted: 'restored' },
  { number: 'GB/T 45007-2025', publishedOn: '2025-10-09', withdrawnOn: '2025-10-31' },
  { number: 'GB/T 45008-2025', publishedOn: '2025-10-08', withdrawnOn: '2026-05-01' },
  { number: 'YD/T 4509-2026', publishedOn: '2026-06-30' },
  { number: null, planNumber: '20250001-T-339', approvedOn: '2025-01-01', publishedOn: null },
];

describe.each(testDatabaseDrivers())('one counting rule, chart and drill-down alike, on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;
  const ids = new Map<string, number>();
  let asOfDates: string[] = [];

  const total = async (query: Record<string, string>) => {
    const res = await viewer.get('/api/v1/standards').query({ ...query, pageSize: '200' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const list = standardListSchema.parse(res.body);
    return { total: list.total, numbers: list.items.map((item) => item.number ?? item.planNumber).sort() };
  };

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
    for (const { deleted, ...fields } of fixture) {
      const res = await editor
        .post('/api/v1/standards')
        .send(buildStandard({ inForceOn: null, directions: ['02.2.4'], ...fields }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const id = res.body.id as number;
      ids.set(fields.number ?? fields.planNumber ?? '', id);
      if (deleted) await editor.delete(`/api/v1/standards/${id}`).expect(204);
      if (deleted === 'restored') await editor.post(`/api/v1/standards/${id}/restore`).expect(200);
    }

    // Enterprises: one adopting a deleted standard only, one deleted, one adopting only after the restore.
    let sequence = 0;
    const enterprise = async (adoptions: [string, string][], deleted = false) => {
      sequence += 1;
      const res = await editor.post('/api/v1/enterprises').send({
        name: `计数测试企业 ${sequence}`,
        creditCode: completeCreditCode(`913101${String(200000000 + sequence * 7919).slice(-9)}00`),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      for (const [number, adoptedOn] of adoptions) {
        await editor
          .post('/api/v1/adoptions')
          .send({ enterpriseId: res.body.id, standardId: ids.get(number), adoptedOn, evidence: 'certificate' })
          .expect(201);
      }
      if (deleted) await editor.delete(`/api/v1/enterprises/${res.body.id}`).expect(204);
    };
    await enterprise([['GB/T 45001-2025', '2025-11-20']]);
    await enterprise([['GB/T 45006-2026', '2026-04-10']]);
    await enterprise([['GB/T 45001-2025', '2026-01-05']], true);
    await enterprise([
      ['GB/T 45002-2025', '2025-12-10'],
      ['GB/T 41004-2022', '2026-05-20'],
    ]);
    await enterprise([
      ['T/CESA 1450-2026', '2026-03-01'],
      ['GB/T 45001-2025', '2026-02-01'],
    ]);
    // An adoption of the deleted standard, written behind the API's back (the API refuses it).
    await enterprise([]);
    const lastEnterprise = await ctx.handle.db
      .selectFrom('enterprise')
      .select('id')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await sql`insert into adoption (enterprise_id, standard_id, adopted_on, evidence)
      values (${lastEnterprise.id}, ${ids.get('GB/T 45005-2026')}, '2026-02-15', 'other')`.execute(ctx.handle.db);

    // Every event date and its eve, month ends, the windows' edges.
    const events = [
      ...fixture.flatMap((row) => [row.publishedOn, row.withdrawnOn]),
      '2025-11-20',
      '2026-04-10',
      '2026-01-05',
      '2025-12-10',
      '2026-05-20',
      '2026-03-01',
      '2026-02-01',
      '2026-02-15',
    ].filter((date): date is string => typeof date === 'string');
    const edges = ['2023-01-01', '2025-10-09', '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-07-31'];
    asOfDates = [...new Set([...events.flatMap((date) => [date, addDays(date, -1)]), ...edges])].sort();
  });

  afterAll(async () => {
    await ctx.close();
  });

  it('lists, for every point of the timeline, exactly the standards the point counts', async () => {
    // Points of different as-of dates that stand for the same date (a past month's end) share one list
    // request; the as-of month's point asks the list with that as-of date.
    const listed = new Map<string, number>();
    let points = 0;
    for (const targetSet of SETS) {
      for (const asOf of asOfDates) {
        const timeline = timelineResponseSchema.parse(
          (await viewer.get('/api/v1/dashboard/timeline').query({ asOf, targetSet }).expect(200)).body,
        );
        for (const point of timeline.points) {
          if (point.standards === null) continue;
          const key = `${targetSet} ${monthPointDate(point.month, asOf)}`;
          let expected = listed.get(key);
          if (expected === undefined) {
            expected = (await total({ countedFor: targetSet, asOf, month: point.month })).total;
            listed.set(key, expected);
          }
          expect(point.standards, `${targetSet} as of ${asOf}, ${point.month}`).toBe(expected);
          points += 1;
        }
        const summary = dashboardSummarySchema.parse(
          (await viewer.get('/api/v1/dashboard/summary').query({ asOf, targetSet }).expect(200)).body,
        );
        expect((await total({ countedFor: targetSet, asOf })).total, `${targetSet} as of ${asOf}`).toBe(
          summary.standards.counted,
        );
      }
    }
    expect(points).toBeGreaterThan(500);
    expect(listed.size).toBeGreaterThan(100);
  });

  it('counts what the rule says: withdrawals, revisions, group standards, deletions, the window', async () => {
    const counted = async (targetSet: string, asOf: string, month?: string) =>
      (await total({ countedFor: targetSet, asOf, ...(month ? { month } : {}) })).numbers;
    // The 2025 set: new national and industry standards published from 2025-10-09.
    expect(await counted(SETS[0], '2025-10-09')).toEqual(['GB/T 45007-2025']);
    expect(await counted(SETS[0], '2025-10-31')).toEqual([]);
    expect(await counted(SETS[0], '2026-03-14')).toEqual(['GB/T 45001-2025', 'GB/T 45002-2025']);
    expect(await counted(SETS[0], '2026-03-15')).toEqual(['GB/T 45001-2025']);
    expect(await counted(SETS[0], '2026-07-31')).toEqual(['GB/T 45001-2025', 'GB/T 45006-2026', 'YD/T 4509-2026']);
    // The draft set also counts the revision and what was published from 2023 (the eve of the 2025 window too).
    expect(await counted(SETS[1], '2026-02-28')).toEqual([
      'GB/T 44003-2024',
      'GB/T 45001-2025',
      'GB/T 45002-2025',
      'GB/T 45008-2025',
      'YD/T 4500-2026',
    ]);
    // A month's point is the month's end, capped at the as-of date.
    expect(await counted(SETS[0], '2026-07-31', '2026-03')).toEqual(['GB/T 45001-2025']);
    expect(await counted(SETS[0], '2026-03-14', '2026-03')).toEqual(['GB/T 45001-2025', 'GB/T 45002-2025']);
  });

  it('lists the counted standards in the report export and agrees with the dashboard’s enterprises', async () => {
    const csv = await viewer
      .get('/api/v1/reports/standards.csv')
      .query({ countedFor: SETS[1], asOf: '2026-07-31', month: '2026-02' })
      .expect(200);
    const rows = csv.text.trim().split(/\r?\n/).slice(1);
    expect(rows).toHaveLength((await total({ countedFor: SETS[1], asOf: '2026-07-31', month: '2026-02' })).total);
    expect(rows).toHaveLength(5);

    const snapshotDates = [
      '2025-11-19',
      '2025-11-20',
      '2026-01-05',
      '2026-02-15',
      '2026-04-09',
      '2026-04-10',
      '2026-07-31',
    ];
    const enterprises: number[] = [];
    for (const targetSet of SETS) {
      for (const asOf of snapshotDates) {
        const created = await editor
          .post('/api/v1/snapshots')
          .send({ name: `${targetSet} ${asOf}`, asOf, targetSet })
          .expect(201);
        const { data } = snapshotDetailSchema.parse(
          (await viewer.get(`/api/v1/snapshots/${created.body.id}`).expect(200)).body,
        );
        expect(data.enterprises.length, `enterprises as of ${asOf}`).toBe(data.summary.enterprises.counted);
        expect(data.counted.map((standard) => standard.number ?? standard.planNumber).sort()).toEqual(
          (await total({ countedFor: targetSet, asOf })).numbers,
        );
        expect(data.counted).toHaveLength(data.summary.standards.counted);
        enterprises.push(data.summary.enterprises.counted);
      }
    }
    // Not vacuous: none, then one, …; the deleted enterprise and the deleted standard's adopter never count.
    expect(enterprises.slice(0, snapshotDates.length)).toEqual([0, 1, 2, 3, 3, 4, 4]);
  });

  it('refuses an unknown target set, and a month without countedFor or after the as-of date', async () => {
    for (const path of ['/api/v1/standards', '/api/v1/reports/standards.csv']) {
      const unknown = await viewer.get(path).query({ countedFor: 'no-such-set', asOf: '2026-01-01' });
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(unknown.body.errors).toEqual([
        expect.objectContaining({
          field: 'countedFor',
          messageZh: '未知的目标集：no-such-set',
          messageEn: 'Unknown target set: no-such-set',
        }),
      ]);
      const monthAlone = await viewer.get(path).query({ month: '2025-12', asOf: '2026-01-01' });
      expect(monthAlone.status).toBe(400);
      expect(monthAlone.body.errors).toEqual([expect.objectContaining({ field: 'month' })]);
      const afterAsOf = await viewer.get(path).query({ countedFor: SETS[0], month: '2026-02', asOf: '2026-01-31' });
      expect(afterAsOf.status).toBe(400);
      expect(afterAsOf.body.errors).toEqual([
        expect.objectContaining({ field: 'month', messageEn: 'The month 2026-02 is after the as-of date 2026-01-31' }),
      ]);
      const malformed = await viewer.get(path).query({ countedFor: SETS[0], month: '2026-13' });
      expect(malformed.status).toBe(400);
    }
  });

  it('resolves a missing as-of date to today in Beijing, once, and documents the new parameters', async () => {
    const today = todayInChina();
    const summary = await viewer.get('/api/v1/dashboard/summary').expect(200);
    expect(summary.body.asOf).toBe(today);
    const withoutDate = await total({ countedFor: SETS[1] });
    expect(withoutDate).toEqual(await total({ countedFor: SETS[1], asOf: today }));
    const doc = (await viewer.get('/api/v1/openapi.json').expect(200)).body as {
      paths: Record<string, { get: { parameters: { name: string; required: boolean }[] } }>;
    };
    for (const path of ['/api/v1/standards', '/api/v1/reports/standards.csv']) {
      const parameters = doc.paths[path]?.get.parameters ?? [];
      expect(parameters.map((parameter) => parameter.name)).toEqual(
        expect.arrayContaining(['asOf', 'countedFor', 'month']),
      );
      expect(parameters.find((parameter) => parameter.name === 'asOf')?.required).toBe(false);
    }
  });
});

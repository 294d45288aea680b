import { testDatabaseDrivers } from '@cloudstd/db/testing';
import {
  breakdownResponseSchema,
  coverageResponseSchema,
  dashboardSummarySchema,
  milestonesResponseSchema,
  timelineResponseSchema,
} from '@cloudstd/shared/schemas/dashboard';
import { targetSetListSchema } from '@cloudstd/shared/schemas/target-set';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;
const DRAFT = 'goals-2027-draft-edition';

/*
 * The fixture, against the default set (new national + industry standards published 2025-10-09 … 2027-12-31)
 * and the draft set (new or revised, from 2023-01-01):
 *   A GB/T 50001  new, published 2025-10-08 (a day before the window)   01.1
 *   B GB/T 50002  new, published 2025-10-09 (first day), ISO adoption  02.2.4 02.5.1 03.3
 *   C YD/T 50003  new, published 2026-03-15, withdrawn 2026-09-01        03.1
 *   D GB/T 50004  revision, published 2026-04-01                         01.2
 *   E T/CESA 50005 group, published 2026-02-01, tag 金融                 04.2
 *   F GB/T 50006  new, published 2027-12-31 (last day)                  05.1.1
 *   G GB/T 50007  new, published 2028-01-01 (a day after)               05.1.2
 *   H plan 20250001-T-469, approved 2025-11-01, submitted 2026-05-01    06.1.1
 *   I GB/T 50008  revision, published 2025-06-01                         01.2
 */
describe.each(testDatabaseDrivers())('progress engine on %s', (driver) => {
  let ctx: TestContext;
  let viewer: Agent;
  const get = async (path: string) => {
    const res = await viewer.get(path);
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    return res.body as unknown;
  };
  const summary = async (query: string) =>
    dashboardSummarySchema.parse(await get(`/api/v1/dashboard/summary?${query}`));
  const coverage = async (asOf: string, framework = 'cloud-computing-draft') =>
    coverageResponseSchema.parse(await get(`/api/v1/dashboard/coverage?asOf=${asOf}&framework=${framework}`));

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    viewer = await ctx.signedIn('viewer');
    const editor = await ctx.signedIn('editor');
    const fixtures = [
      { number: 'GB/T 50001-2025', directions: ['01.1'], publishedOn: '2025-10-08' },
      {
        number: 'GB/T 50002-2025',
        directions: ['02.2.4', '02.5.1', '03.3'],
        publishedOn: '2025-10-09',
        international: { ref: 'ISO/IEC 22123-1:2023', degree: 'IDT' as const },
      },
      { number: 'YD/T 50003-2026', directions: ['03.1'], publishedOn: '2026-03-15', withdrawnOn: '2026-09-01' },
      { number: 'GB/T 50004-2026', kind: 'revision' as const, directions: ['01.2'], publishedOn: '2026-04-01' },
      { number: 'T/CESA 50005-2026', directions: ['04.2'], publishedOn: '2026-02-01', tags: ['金融'] },
      { number: 'GB/T 50006-2027', directions: ['05.1.1'], publishedOn: '2027-12-31' },
      { number: 'GB/T 50007-2027', directions: ['05.1.2'], publishedOn: '2028-01-01' },
      {
        number: null,
        planNumber: '20250001-T-469',
        directions: ['06.1.1'],
        publishedOn: null,
        approvedOn: '2025-11-01',
        submittedOn: '2026-05-01',
      },
      { number: 'GB/T 50008-2025', kind: 'revision' as const, directions: ['01.2'], publishedOn: '2025-06-01' },
    ];
    for (const fixture of fixtures) {
      const res = await editor
        .post('/api/v1/standards')
        .send(buildStandard({ inForceOn: null, committee: 'TC28/SC38', ...fixture }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  });
  afterAll(() => ctx.close());

  it('lists both target sets, the 2025 edition as the default', async () => {
    const sets = targetSetListSchema.parse(await get('/api/v1/target-sets'));
    expect(sets.map((s) => [s.key, s.isDefault, s.standardsGoal, s.standardsStretch])).toEqual([
      ['goals-2027-2025-edition', true, 30, 50],
      [DRAFT, false, 50, null],
    ]);
    expect(sets[1]?.milestones).toHaveLength(12);
    // The final edition's goals: 30 new national + industry standards from its issue date, 1,000 enterprises,
    // no parts goal and no 2025 milestones; the draft's set keeps its own.
    expect(sets[0]).toMatchObject({
      framework: 'cloud-computing-2025',
      windowStart: '2025-10-09',
      windowEnd: '2027-12-31',
      countedLevels: ['national', 'industry'],
      countedKinds: ['new'],
      enterprisesGoal: 1000,
      enterprisesDue: '2027-12-31',
      partsGoal: null,
      milestones: [],
    });
    expect(sets[1]).toMatchObject({ framework: 'cloud-computing-draft', partsGoal: 6, windowStart: '2023-01-01' });
  });

  it('counts at the window’s edges, once per standard, and forgets withdrawn ones', async () => {
    const counted = async (asOf: string, set = '') =>
      (await summary(`asOf=${asOf}${set ? `&targetSet=${set}` : ''}`)).standards.counted;
    expect(await counted('2025-10-08')).toBe(0);
    expect(await counted('2025-10-09')).toBe(1);
    expect(await counted('2026-06-30')).toBe(2);
    expect(await counted('2026-08-31')).toBe(2);
    expect(await counted('2026-09-01')).toBe(1);
    expect(await counted('2027-12-30')).toBe(1);
    expect(await counted('2027-12-31')).toBe(2);
    expect(await counted('2028-01-02')).toBe(2);
    // The draft set also counts revisions, from 2023.
    expect(await counted('2026-06-30', DRAFT)).toBe(5);
    expect(await counted('2020-01-01')).toBe(0);
  });

  it('summarises progress, coverage, forecast and the international share', async () => {
    const result = await summary('asOf=2026-06-30');
    expect(result.targetSet.key).toBe('goals-2027-2025-edition');
    expect(result.standards).toMatchObject({ counted: 2, goal: 30, stretch: 50, status: 'at_risk' });
    // 265 of 814 days elapsed: 30 × 265 / 814 ≈ 9.8 expected.
    expect(result.standards.expected).toBe(9.8);
    // 28 still needed over the 550 days (18.1 months) left.
    expect(result.standards.pace).toBeCloseTo(28 / (550 / 30.4375), 5);
    expect(result.enterprises).toEqual({
      counted: 0,
      goal: 1000,
      status: 'at_risk',
      counting: 'reached',
      reached: 0,
      trainedOnly: 0,
      implementing: 0,
      certified: 0,
      funnel: { trained: 0, implementing: 0 },
    });
    // The 2025 set follows the final edition: the draft-filed fixtures placed through the crosswalk.
    expect(result.framework.key).toBe('cloud-computing-2025');
    expect(result.coverage).toEqual({ covered: 6, groupOnly: 1, gaps: 46, total: 53, partsCovered: 3, partsTotal: 6 });
    const draftView = await summary('asOf=2026-06-30&framework=cloud-computing-draft');
    expect(draftView.framework.key).toBe('cloud-computing-draft');
    expect(draftView.coverage).toEqual({
      covered: 6,
      groupOnly: 1,
      gaps: 43,
      total: 50,
      partsCovered: 3,
      partsTotal: 6,
    });
    expect(draftView.standards).toEqual(result.standards);
    const draftSet = await summary('asOf=2026-06-30&targetSet=goals-2027-draft-edition');
    expect(draftSet.framework.key).toBe('cloud-computing-draft');
    expect(result.internationalShare).toBe(1);
    expect(result.international).toMatchObject({ share: 1, adopting: 1, national: 1, items: { total: 0 }, led: 0 });
    expect(result.forecast.rule).toMatchObject({
      pipeline: 1,
      expectedInWindow: 1,
      monthsToPublication: { submitted: 6, draft: 12, approved: 24 },
      source: { submitted: 'fallback', draft: 'fallback', approved: 'fallback' },
    });
    expect(result.forecast).toMatchObject({ projected: 3, onTrack: false });
    expect(result.forecast.rule.text.zh).toContain('默认值');
  });

  it('gives every direction a row, zeros included, with group-only and pipeline', async () => {
    const rows = (await coverage('2026-06-30')).items;
    expect(rows).toHaveLength(50);
    const byCode = Object.fromEntries(rows.map((row) => [row.code, row]));
    expect(byCode['02.2.4']).toMatchObject({ national: 1, industry: 0, group: 0, state: 'covered' });
    expect(byCode['02.5.1']?.state).toBe('covered');
    expect(byCode['03.3']?.state).toBe('covered');
    expect(byCode['01.2']).toMatchObject({ national: 2, state: 'covered' });
    expect(byCode['03.1']).toMatchObject({ industry: 1, state: 'covered' });
    expect(byCode['04.2']).toMatchObject({ group: 1, national: 0, state: 'group-only' });
    expect(byCode['06.1.1']).toMatchObject({ national: 0, pipeline: 1, state: 'gap' });
    expect(byCode['06.5.3']).toMatchObject({ national: 0, industry: 0, group: 0, pipeline: 0, state: 'gap' });
    const later = Object.fromEntries((await coverage('2026-09-01')).items.map((row) => [row.code, row.state]));
    expect(later['03.1']).toBe('gap');
    const early = (await coverage('2000-01-01')).items;
    expect(early.every((row) => row.state === 'gap' && row.pipeline === 0)).toBe(true);

    const final = await coverage('2026-06-30', 'cloud-computing-2025');
    expect(final.framework).toMatchObject({ key: 'cloud-computing-2025', edition: '2025版 (2025 edition)' });
    expect(final.items).toHaveLength(53);
    const finalByCode = Object.fromEntries(final.items.map((row) => [row.code, row]));
    expect(finalByCode['B.2.1']).toMatchObject({ national: 1, state: 'covered' });
    expect(finalByCode['A.2']).toMatchObject({ national: 2, state: 'covered' });
    expect(finalByCode['D.2']).toMatchObject({ group: 1, state: 'group-only' });
    expect(finalByCode['A.3']?.state).toBe('gap');
    const fromDefault = coverageResponseSchema.parse(await get('/api/v1/dashboard/coverage?asOf=2026-06-30'));
    expect(fromDefault).toEqual(final);
  });

  it('draws the monthly cumulative line against the straight-line goal', async () => {
    const timeline = timelineResponseSchema.parse(await get('/api/v1/dashboard/timeline?asOf=2026-09-30'));
    expect(timeline.points).toHaveLength(27);
    const byMonth = Object.fromEntries(timeline.points.map((p) => [p.month, p]));
    expect(byMonth['2025-10']?.standards).toBe(1);
    expect(byMonth['2026-02']?.standards).toBe(1);
    expect(byMonth['2026-03']?.standards).toBe(2);
    expect(byMonth['2026-08']?.standards).toBe(2);
    expect(byMonth['2026-09']?.standards).toBe(1);
    expect(byMonth['2026-10']?.standards).toBeNull();
    expect(byMonth['2027-12']?.trajectory).toBe(30);
    expect(byMonth['2025-10']?.trajectory).toBeCloseTo((30 * 23) / 814, 2);
  });

  it('checks the 2025 milestones and names the standard that met each', async () => {
    const milestones = milestonesResponseSchema.parse(
      await get(`/api/v1/dashboard/milestones?targetSet=${DRAFT}&asOf=2026-06-30`),
    );
    const byCode = Object.fromEntries(milestones.items.map((m) => [m.code, m]));
    expect(byCode['revise-01.2']).toMatchObject({ met: true, metBy: { number: 'GB/T 50008-2025' } });
    expect(byCode['revise-01.1']?.met).toBe(false);
    expect(byCode['cloud-native']).toMatchObject({
      met: true,
      metBy: { number: 'GB/T 50002-2025', publishedOn: '2025-10-09' },
    });
    expect(byCode['new-service-03.3']?.met).toBe(true);
    expect(byCode['industry-finance']?.met).toBe(false);
    const before = milestonesResponseSchema.parse(
      await get(`/api/v1/dashboard/milestones?targetSet=${DRAFT}&asOf=2025-10-08`),
    );
    expect(before.items.find((m) => m.code === 'cloud-native')?.met).toBe(false);
  });

  it('breaks down the standards existing at the date (pipeline included) by level, status, committee and part', async () => {
    const breakdown = async (by: string) =>
      breakdownResponseSchema.parse(await get(`/api/v1/dashboard/breakdown?by=${by}&asOf=2026-06-30`)).items;
    expect(await breakdown('level')).toEqual([
      { key: 'national', count: 5 },
      { key: 'group', count: 1 },
      { key: 'industry', count: 1 },
    ]);
    expect(Object.fromEntries((await breakdown('status')).map((i) => [i.key, i.count]))).toEqual({
      published: 6,
      submitted: 1,
      none: 2,
    });
    expect(await breakdown('committee')).toEqual([{ key: 'TC28/SC38', count: 7 }]);
    expect((await breakdown('part')).map((i) => i.key)).toEqual(['A', 'B', 'C', 'D', 'F']);
    const draftParts = breakdownResponseSchema.parse(
      await get('/api/v1/dashboard/breakdown?by=part&asOf=2026-06-30&framework=cloud-computing-draft'),
    );
    expect(draftParts.items.map((i) => i.key)).toEqual(['01', '02', '03', '04', '06']);
  });

  it('sees a new standard at once (cached answers follow the data)', async () => {
    const before = await summary('asOf=2026-06-30');
    const editor = await ctx.signedIn('editor');
    const res = await editor.post('/api/v1/standards').send(
      buildStandard({
        number: 'GB/T 50009-2026',
        directions: ['06.5.3'],
        publishedOn: '2026-05-05',
        inForceOn: null,
      }),
    );
    expect(res.status).toBe(201);
    const after = await summary('asOf=2026-06-30');
    expect(after.standards.counted).toBe(before.standards.counted + 1);
    expect(after.coverage.covered).toBe(before.coverage.covered + 1);
    await editor.delete(`/api/v1/standards/${res.body.id}`).expect(204);
    expect((await summary('asOf=2026-06-30')).standards.counted).toBe(before.standards.counted);
  });

  it('refuses a bad date, an unknown target set and an unknown breakdown', async () => {
    for (const path of [
      '/api/v1/dashboard/summary?asOf=2025-02-30',
      '/api/v1/dashboard/summary?targetSet=nope',
      '/api/v1/dashboard/timeline?asOf=soon',
      '/api/v1/dashboard/breakdown?by=colour',
      '/api/v1/dashboard/coverage?asOf=2025-13-01',
    ]) {
      const res = await viewer.get(path);
      expect(res.status, path).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    for (const endpoint of ['summary', 'coverage', 'timeline', 'breakdown']) {
      const res = await viewer.get(`/api/v1/dashboard/${endpoint}?framework=cloud-computing-1999`);
      expect(res.status, endpoint).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', framework: 'cloud-computing-1999' });
      expect(res.body.detail).toBe('Unknown framework: cloud-computing-1999');
      expect(res.body.detailZh).toBe('未知的标准体系：cloud-computing-1999');
    }
  });
});

describe.each(testDatabaseDrivers())('forecast from the registry’s own history on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
  });
  afterAll(() => ctx.close());

  it('uses the median time from submission to publication once five examples exist', async () => {
    const editor = await ctx.signedIn('editor');
    // Five published standards that took 60, 80, 91, 120 and 200 days from submission: median 91 days ≈ 3.0 months.
    const days = [60, 80, 91, 120, 200];
    for (const [index, gap] of days.entries()) {
      const published = new Date(Date.UTC(2025, 0, 1 + gap)).toISOString().slice(0, 10);
      await editor
        .post('/api/v1/standards')
        .send(
          buildStandard({
            number: `GB/T 6000${index}-2025`,
            submittedOn: '2025-01-01',
            publishedOn: published,
            inForceOn: null,
          }),
        )
        .expect(201);
    }
    await editor
      .post('/api/v1/standards')
      .send(
        buildStandard({
          number: null,
          planNumber: '20260002-T-469',
          publishedOn: null,
          inForceOn: null,
          submittedOn: '2027-09-01',
        }),
      )
      .expect(201);
    const viewer = await ctx.signedIn('viewer');
    const result = dashboardSummarySchema.parse((await viewer.get('/api/v1/dashboard/summary?asOf=2027-09-15')).body);
    expect(result.forecast.rule.monthsToPublication.submitted).toBe(3);
    expect(result.forecast.rule.source.submitted).toBe('registry');
    expect(result.forecast.rule.source.draft).toBe('fallback');
    // Submitted 2027-09-01 + 3 months lands inside the window (ends 2027-12-31).
    expect(result.forecast.rule.expectedInWindow).toBe(1);
    expect(result.forecast.rule.text.en).toContain('registry median');
  });
});

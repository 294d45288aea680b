import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { completeCreditCode } from '@cloudstd/shared/domain/credit-code';
import {
  breakdownResponseSchema,
  dashboardSummarySchema,
  timelineResponseSchema,
} from '@cloudstd/shared/schemas/dashboard';
import { targetSetListSchema } from '@cloudstd/shared/schemas/target-set';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseCountedAt } from '../../sql/counted.ts';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

/*
 * The enterprise goal counts enterprises REACHED (PRODUCT.md §5): trained at a 宣贯 event covering a
 * registered standard, or implementing one. A hand-computed fixture (dates in 2026):
 *   S1 live, S2 deleted later.
 *   E1 starts 02-10, ends 02-12, covers S1: attendees A, B, C.   E2 starts 04-01, covers S2 only: attendee D.
 *   E3 starts 01-05, covers S1, deleted: attendee E.
 *   Adoptions of S1: A 03-01 certificate; B 01-20 self-declaration; F 05-01 assessment; G 02-15 self-assessment.
 * At 06-30: trained A B C (3); implementing A B F G (4); certified A F (2); reached A B C F G (5);
 * split: trained only C (1), implementing not certified B G (2), certified A F (2); funnel 3 trained → 2 (A, B).
 */
type Agent = Awaited<ReturnType<TestContext['signedIn']>>;
const SET = 'goals-2027-2025-edition';

describe.each(testDatabaseDrivers())('enterprises reached by 宣贯 and implementation on %s', (driver) => {
  let ctx: TestContext;
  let admin: Agent;
  let editor: Agent;
  let viewer: Agent;
  const enterprises = new Map<string, number>();
  const standards = new Map<string, number>();
  let deletedStandard = '';

  const summary = async (asOf: string) =>
    dashboardSummarySchema.parse(
      (await viewer.get('/api/v1/dashboard/summary').query({ asOf, targetSet: SET }).expect(200)).body,
    ).enterprises;
  const breakdown = async (by: 'industry' | 'province', asOf: string) =>
    breakdownResponseSchema.parse(
      (await viewer.get('/api/v1/dashboard/breakdown').query({ by, asOf, targetSet: SET }).expect(200)).body,
    ).items;
  /** The rule itself (server/src/sql/counted.ts), read straight from the tables. */
  const byRule = async (asOf: string, enterpriseCounting: 'reached' | 'implementing_only') =>
    (
      await ctx.handle.db
        .selectFrom('enterprise')
        .select('enterprise.name')
        .where(enterpriseCountedAt(asOf, { enterpriseCounting }))
        .orderBy('enterprise.name')
        .execute()
    ).map((row) => row.name);

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    admin = await ctx.signedIn('admin');
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
    for (const number of ['GB/T 47001-2025', 'GB/T 47002-2025']) {
      const res = await editor
        .post('/api/v1/standards')
        .send(buildStandard({ number, publishedOn: '2025-11-01', inForceOn: null }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      standards.set(number, res.body.id as number);
    }
    let n = 0;
    const code = () => completeCreditCode(`91440300${String(++n * 7919).padStart(9, '0')}`);
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) {
      const res = await editor.post('/api/v1/enterprises').send({ name, creditCode: code() });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      enterprises.set(name, res.body.id as number);
    }
    const attendee = async (name: string) => {
      const row = await ctx.handle.db
        .selectFrom('enterprise')
        .select(['credit_code', 'name'])
        .where('id', '=', enterprises.get(name) ?? 0)
        .executeTakeFirstOrThrow();
      return { creditCode: row.credit_code, name: row.name };
    };
    const event = async (title: string, startsOn: string, endsOn: string, covers: string, names: string[]) => {
      const res = await editor
        .post('/api/v1/events')
        .send({ title, startsOn, endsOn, standards: [covers], attendees: await Promise.all(names.map(attendee)) });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as number;
    };
    await event('E1', '2026-02-10', '2026-02-12', 'GB/T 47001-2025', ['A', 'B', 'C']);
    await event('E2', '2026-04-01', '2026-04-01', 'GB/T 47002-2025', ['D']);
    const e3 = await event('E3', '2026-01-05', '2026-01-05', 'GB/T 47001-2025', ['E']);
    await editor.delete(`/api/v1/events/${e3}`).expect(204);
    const adopt = async (name: string, adoptedOn: string, evidence: string) => {
      const res = await editor.post('/api/v1/adoptions').send({
        enterpriseId: enterprises.get(name),
        standardId: standards.get('GB/T 47001-2025'),
        adoptedOn,
        evidence,
        ...(evidence === 'assessment' ? { assessmentBody: '示例测评机构', assessmentResult: '通过' } : {}),
        stages: ['operations', 'design', 'design'],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.stages).toEqual(['design', 'operations']);
    };
    await adopt('A', '2026-03-01', 'certificate');
    await adopt('B', '2026-01-20', 'self_declaration');
    await adopt('F', '2026-05-01', 'assessment');
    await adopt('G', '2026-02-15', 'self_assessment');
    deletedStandard = 'GB/T 47002-2025';
    // Some twenty writes through HTTP: on a loaded machine PGlite needs more than the default minute.
  }, 180_000);

  afterAll(async () => {
    await ctx.close();
  });

  it('counts an event covering a standard until the standard is deleted, then nobody through it', async () => {
    expect(await summary('2026-06-30')).toMatchObject({ counted: 6, reached: 6, funnel: { trained: 4 } });
    expect(await byRule('2026-06-30', 'reached')).toEqual(['A', 'B', 'C', 'D', 'F', 'G']);
    await editor.delete(`/api/v1/standards/${standards.get(deletedStandard)}`).expect(204);
    expect(await byRule('2026-06-30', 'reached')).toEqual(['A', 'B', 'C', 'F', 'G']);
  });

  it('breaks the enterprises reached down by industry and province under the set’s rule', async () => {
    // Before E1 only B (implementing); from E1's start A, B, C trained; at 06-30 A B C F G.
    expect(await breakdown('province', '2026-02-09')).toEqual([{ key: '', count: 1 }]);
    expect(await breakdown('province', '2026-02-10')).toEqual([{ key: '', count: 3 }]);
    expect(await breakdown('industry', '2026-06-30')).toEqual([{ key: '', count: 5 }]);
    const edit = async (fields: Record<string, string | null>) => {
      const id = enterprises.get('C');
      const { version } = (await viewer.get(`/api/v1/enterprises/${id}`).expect(200)).body as { version: number };
      const res = await editor.patch(`/api/v1/enterprises/${id}`).send({ version, ...fields });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    await edit({ province: '广东', industry: '制造' });
    expect(await breakdown('province', '2026-06-30')).toEqual([
      { key: '', count: 4 },
      { key: '广东', count: 1 },
    ]);
    expect(await breakdown('industry', '2026-06-30')).toContainEqual({ key: '制造', count: 1 });
    await edit({ province: null, industry: null });
    expect(await breakdown('province', '2026-06-30')).toEqual([{ key: '', count: 5 }]);
  });

  it('counts trained and implementing once, with the split and the funnel computed by hand', async () => {
    expect(await summary('2026-06-30')).toEqual(
      expect.objectContaining({
        counted: 5,
        goal: 1000,
        counting: 'reached',
        reached: 5,
        trainedOnly: 1,
        implementing: 2,
        certified: 2,
        funnel: { trained: 3, implementing: 2 },
      }),
    );
  });

  it('reaches attendees from the event’s start date, and pins the rollup to the rule at every boundary', async () => {
    const expected: Record<string, { reached: number; trained: number; implementing: number; certified: number }> = {
      '2026-01-04': { reached: 0, trained: 0, implementing: 0, certified: 0 },
      // The deleted event E3 (01-05) reaches nobody.
      '2026-01-05': { reached: 0, trained: 0, implementing: 0, certified: 0 },
      '2026-01-20': { reached: 1, trained: 0, implementing: 1, certified: 0 },
      '2026-02-09': { reached: 1, trained: 0, implementing: 1, certified: 0 },
      // E1 starts on 02-10 (ends 02-12): its attendees count from the first day.
      '2026-02-10': { reached: 3, trained: 3, implementing: 1, certified: 0 },
      '2026-02-11': { reached: 3, trained: 3, implementing: 1, certified: 0 },
      '2026-02-15': { reached: 4, trained: 3, implementing: 2, certified: 0 },
      '2026-03-01': { reached: 4, trained: 3, implementing: 3, certified: 1 },
      '2026-04-30': { reached: 4, trained: 3, implementing: 3, certified: 1 },
      '2026-05-01': { reached: 5, trained: 3, implementing: 4, certified: 2 },
    };
    for (const [asOf, want] of Object.entries(expected)) {
      const got = await summary(asOf);
      expect(
        {
          reached: got.reached,
          trained: got.funnel.trained,
          implementing: got.implementing + got.certified,
          certified: got.certified,
        },
        asOf,
      ).toEqual(want);
      expect(got.trainedOnly + got.implementing + got.certified, asOf).toBe(got.reached);
      expect((await byRule(asOf, 'reached')).length, asOf).toBe(got.counted);
    }
    const timeline = timelineResponseSchema.parse(
      (await viewer.get('/api/v1/dashboard/timeline').query({ asOf: '2026-06-30', targetSet: SET }).expect(200)).body,
    );
    const point = (month: string) => timeline.points.find((p) => p.month === month);
    expect(point('2026-01')).toMatchObject({
      enterprises: 1,
      enterprisesSplit: { trainedOnly: 0, implementing: 1, certified: 0 },
    });
    expect(point('2026-02')).toMatchObject({
      enterprises: 4,
      enterprisesSplit: { trainedOnly: 2, implementing: 2, certified: 0 },
    });
    expect(point('2026-06')).toMatchObject({
      enterprises: 5,
      enterprisesSplit: { trainedOnly: 1, implementing: 2, certified: 2 },
    });
    expect(point('2026-07')).toMatchObject({ enterprises: null, enterprisesSplit: null });
  });

  it('narrows to implementing only when an admin says so (audited), and back', async () => {
    const sets = targetSetListSchema.parse((await viewer.get('/api/v1/target-sets').expect(200)).body);
    const set = sets.find((s) => s.key === SET);
    expect(set?.enterpriseCounting).toBe('reached');
    expect(
      (
        await editor
          .patch(`/api/v1/target-sets/${SET}`)
          .send({ version: set?.version, enterpriseCounting: 'implementing_only' })
      ).status,
    ).toBe(403);
    const bad = await admin
      .patch(`/api/v1/target-sets/${SET}`)
      .send({ version: set?.version, enterpriseCounting: 'trained' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('enterpriseCounting');
    const narrowed = await admin
      .patch(`/api/v1/target-sets/${SET}`)
      .send({ version: set?.version, enterpriseCounting: 'implementing_only' });
    expect(narrowed.status, JSON.stringify(narrowed.body)).toBe(200);
    expect(await summary('2026-06-30')).toMatchObject({ counted: 4, reached: 5, counting: 'implementing_only' });
    // The breakdowns by industry and province count under the same rule: A B F G, not the trained-only C.
    expect(await breakdown('province', '2026-06-30')).toEqual([{ key: '', count: 4 }]);
    expect(await breakdown('industry', '2026-02-10')).toEqual([{ key: '', count: 1 }]);
    expect(await byRule('2026-06-30', 'implementing_only')).toEqual(['A', 'B', 'F', 'G']);
    expect(await summary('2026-02-10')).toMatchObject({ counted: 1 });
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity', '=', 'target_set')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ enterpriseCounting: 'implementing_only' });
    await admin
      .patch(`/api/v1/target-sets/${SET}`)
      .send({ version: narrowed.body.version, enterpriseCounting: 'reached' })
      .expect(200);
  });

  it('takes an enterprise out when deleted, and a trained one in when it later implements (counted once)', async () => {
    await editor.delete(`/api/v1/enterprises/${enterprises.get('C')}`).expect(204);
    expect(await summary('2026-06-30')).toMatchObject({ reached: 4, trainedOnly: 0, funnel: { trained: 2 } });
    await editor.post(`/api/v1/enterprises/${enterprises.get('C')}/restore`).expect(200);
    await editor
      .post('/api/v1/adoptions')
      .send({
        enterpriseId: enterprises.get('C'),
        standardId: standards.get('GB/T 47001-2025'),
        adoptedOn: '2026-06-01',
        evidence: 'training',
      })
      .expect(201);
    expect(await summary('2026-06-30')).toMatchObject({
      counted: 5,
      trainedOnly: 0,
      implementing: 3,
      funnel: { trained: 3, implementing: 3 },
    });
  });

  it('refuses an assessment body on other evidence, naming the field', async () => {
    const res = await editor.post('/api/v1/adoptions').send({
      enterpriseId: enterprises.get('D'),
      standardId: standards.get('GB/T 47001-2025'),
      adoptedOn: '2026-06-01',
      evidence: 'certificate',
      assessmentBody: '某机构',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({
      field: 'assessmentBody',
      messageZh: expect.any(String),
      messageEn: expect.any(String),
    });
    const stage = await editor.post('/api/v1/adoptions').send({
      enterpriseId: enterprises.get('D'),
      standardId: standards.get('GB/T 47001-2025'),
      adoptedOn: '2026-06-01',
      evidence: 'certificate',
      stages: ['marketing'],
    });
    expect(stage.status).toBe(400);
    expect(stage.body.errors[0].field).toBe('stages.0');
  });
});

import { readFileSync } from 'node:fs';
import { finalFrameworkPath } from '@cloudstd/db/seeds/load-framework';
import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { coverageResponseSchema } from '@cloudstd/shared/schemas/dashboard';
import { placementSchema, unplacedListSchema, type FrameworkFile } from '@cloudstd/shared/schemas/framework';
import { standardListSchema } from '@cloudstd/shared/schemas/standard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

/*
 * One registry, two views: standards filed under one edition's directions appear in the other's coverage
 * through the crosswalk. The expected counts come from the framework file's crosswalk applied here in
 * plain TypeScript, not from the database's placements.
 */
type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

const final = JSON.parse(readFileSync(finalFrameworkPath, 'utf8')) as FrameworkFile;
const pairs = (final.crosswalk?.directions ?? []).flatMap((entry) =>
  entry.continues.map((draftCode) => ({ finalCode: entry.code, draftCode })),
);
const finalCodes = (final.crosswalk?.directions ?? []).map((entry) => entry.code);
const draftCodes = [...new Set([...pairs.map((p) => p.draftCode), ...(final.crosswalk?.noSuccessor ?? [])])];
const toFinal = (code: string) => pairs.filter((p) => p.draftCode === code).map((p) => p.finalCode);
const toDraft = (code: string) => pairs.filter((p) => p.finalCode === code).map((p) => p.draftCode);

interface Filed {
  level: 'national' | 'industry' | 'group';
  directions: string[];
  publishedOn: string;
  withdrawnOn: string | null;
}

/** Per direction of the view, standards in force at D by level, each standard once per direction. */
function expectedCoverage(filed: Filed[], codes: string[], map: (code: string) => string[], asOf: string) {
  const counts = new Map(codes.map((code) => [code, { national: 0, industry: 0, group: 0 }]));
  for (const standard of filed) {
    if (standard.publishedOn > asOf || (standard.withdrawnOn !== null && standard.withdrawnOn <= asOf)) continue;
    for (const code of new Set(standard.directions.flatMap(map))) {
      const row = counts.get(code);
      if (row) row[standard.level] += 1;
    }
  }
  return codes.map((code) => ({ code, ...counts.get(code) }));
}

function randomSource(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return { pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T, next };
}

const numberPrefix = { national: 'GB/T', industry: 'YD/T', group: 'T/CESA' } as const;
const asOfDates = ['2023-12-31', '2024-06-30', '2025-03-01', '2025-10-09', '2026-06-30', '2027-12-31'];

describe.each(testDatabaseDrivers())('crosswalk views on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;
  const filedDraft: Filed[] = [];
  const filedFinal: Filed[] = [];
  let sequence = 0;

  async function file(directions: string[], random: ReturnType<typeof randomSource>): Promise<Filed> {
    sequence += 1;
    const level = random.pick(['national', 'industry', 'group'] as const);
    const publishedOn = `${random.pick(['2023', '2024', '2025', '2026', '2027'])}-${random.pick(['01', '05', '10', '12'])}-15`;
    const withdrawnOn = random.next() < 0.25 ? `${Number(publishedOn.slice(0, 4)) + 1}-03-01` : null;
    const res = await editor.post('/api/v1/standards').send(
      buildStandard({
        number: `${numberPrefix[level]} ${61000 + sequence}-${publishedOn.slice(0, 4)}`,
        directions,
        publishedOn,
        inForceOn: null,
        withdrawnOn,
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect([...res.body.directions].sort()).toEqual([...directions].sort());
    return { level, directions, publishedOn, withdrawnOn };
  }

  const coverageOf = async (framework: string, asOf: string) =>
    coverageResponseSchema
      .parse((await viewer.get(`/api/v1/dashboard/coverage?asOf=${asOf}&framework=${framework}`).expect(200)).body)
      .items.map(({ code, national, industry, group }) => ({ code, national, industry, group }));

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
    const random = randomSource(20251009);
    for (let i = 0; i < 16; i++) {
      const codes = [...new Set([random.pick(draftCodes), random.pick(draftCodes)])];
      filedDraft.push(await file(codes, random));
    }
    // The two draft directions without a successor, alone: these cannot be placed in the final edition.
    filedDraft.push(await file(['02.3'], random));
    filedDraft.push(await file(['02.5.3'], random));
    for (let i = 0; i < 10; i++) {
      const codes = [...new Set([random.pick(finalCodes), random.pick(finalCodes)])];
      filedFinal.push(await file(codes, random));
    }
  });
  afterAll(() => ctx.close());

  it('counts draft-filed and final-filed standards in the final edition’s coverage as the crosswalk says', async () => {
    for (const asOf of asOfDates) {
      const expected = expectedCoverage(filedDraft, finalCodes, toFinal, asOf);
      const own = expectedCoverage(filedFinal, finalCodes, (code) => [code], asOf);
      const sum = expected.map((row, i) => {
        const other = own[i];
        return {
          code: row.code,
          national: (row.national ?? 0) + (other?.national ?? 0),
          industry: (row.industry ?? 0) + (other?.industry ?? 0),
          group: (row.group ?? 0) + (other?.group ?? 0),
        };
      });
      expect(await coverageOf('cloud-computing-2025', asOf), `final edition at ${asOf}`).toEqual(sum);
    }
  });

  it('and the reverse: final-filed standards in the draft’s coverage', async () => {
    const draftOrder = coverageResponseSchema
      .parse((await viewer.get('/api/v1/dashboard/coverage?framework=cloud-computing-draft').expect(200)).body)
      .items.map((row) => row.code);
    for (const asOf of asOfDates) {
      const fromFinal = expectedCoverage(filedFinal, draftOrder, toDraft, asOf);
      const own = expectedCoverage(filedDraft, draftOrder, (code) => [code], asOf);
      const sum = fromFinal.map((row, i) => ({
        code: row.code,
        national: (row.national ?? 0) + (own[i]?.national ?? 0),
        industry: (row.industry ?? 0) + (own[i]?.industry ?? 0),
        group: (row.group ?? 0) + (own[i]?.group ?? 0),
      }));
      expect(await coverageOf('cloud-computing-draft', asOf), `draft at ${asOf}`).toEqual(sum);
    }
  });

  it('finds a final-filed standard by a draft direction, its own directions unchanged', async () => {
    const res = await editor
      .post('/api/v1/standards')
      .send(
        buildStandard({ number: 'GB/T 62001-2026', directions: ['B.2.1'], publishedOn: '2026-02-01', inForceOn: null }),
      )
      .expect(201);
    const list = standardListSchema.parse(
      (await viewer.get('/api/v1/standards?direction=02.2.4&q=62001').expect(200)).body,
    );
    expect(list.items.map((s) => [s.id, s.directions])).toEqual([[res.body.id, ['B.2.1']]]);
    const placement = placementSchema.parse(
      (await viewer.get(`/api/v1/frameworks/cloud-computing-draft/placements/${res.body.id}`).expect(200)).body,
    );
    expect(placement).toEqual({
      framework: 'cloud-computing-draft',
      standardId: res.body.id,
      origin: 'derived',
      directions: ['02.2.4'],
    });
  });

  it('lists what the crosswalk cannot place, and an editor’s audited override places it', async () => {
    const unplaced = async () =>
      unplacedListSchema.parse((await viewer.get('/api/v1/frameworks/cloud-computing-2025/unplaced').expect(200)).body);
    const before = await unplaced();
    const alone = before.items.filter((item) => item.filedUnder.every((code) => ['02.3', '02.5.3'].includes(code)));
    expect(alone.length).toBeGreaterThanOrEqual(2);
    expect(before.items.every((item) => item.filedUnder.every((code) => ['02.3', '02.5.3'].includes(code)))).toBe(true);
    const [first] = alone;
    if (!first) throw new Error('fixture');
    expect((await viewer.get('/api/v1/frameworks/cloud-computing-draft/unplaced').expect(200)).body.items).toEqual([]);

    const path = `/api/v1/frameworks/cloud-computing-2025/placements/${first.id}`;
    await viewer
      .patch(path)
      .send({ directions: ['B.2.1'] })
      .expect(403);
    const bad = await editor
      .patch(path)
      .send({ directions: ['02.2.4', 'Z.9'] })
      .expect(400);
    expect(bad.body.errors.map((e: { messageEn: string }) => e.messageEn)).toEqual([
      '02.2.4 is not a direction of cloud-computing-2025',
      'Z.9 is not a direction of cloud-computing-2025',
    ]);
    expect(bad.body.errors[0].messageZh).toBe('02.2.4 不是 cloud-computing-2025 的研制方向');
    const filedThere = await editor
      .patch(`/api/v1/frameworks/cloud-computing-draft/placements/${first.id}`)
      .send({ directions: ['01.1'] })
      .expect(409);
    expect(filedThere.body.code).toBe('PLACEMENT_IS_FILED');
    await editor.patch('/api/v1/frameworks/nope/placements/1').send({ directions: [] }).expect(404);
    await editor
      .patch(`/api/v1/frameworks/cloud-computing-2025/placements/999999`)
      .send({ directions: [] })
      .expect(404);

    const coverageBefore = await coverageOf('cloud-computing-2025', '2030-01-01');
    const placed = placementSchema.parse(
      (
        await editor
          .patch(path)
          .send({ directions: ['B.2.1'] })
          .expect(200)
      ).body,
    );
    expect(placed).toMatchObject({ origin: 'override', directions: ['B.2.1'] });
    expect((await unplaced()).items.map((item) => item.id)).not.toContain(first.id);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'standard_placement')
      .where('entity_id', '=', String(first.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toMatchObject({ origin: 'none', directions: [] });
    expect(audit[0]?.after).toMatchObject({ origin: 'override', directions: ['B.2.1'] });
    const coverageAfter = await coverageOf('cloud-computing-2025', '2030-01-01');
    const changed = coverageAfter.filter((row, i) => JSON.stringify(row) !== JSON.stringify(coverageBefore[i]));
    const withdrawnBy2030 = filedDraft.find((s) => s.directions.join() === first.filedUnder.join())?.withdrawnOn;
    expect(changed.map((row) => row.code)).toEqual(withdrawnBy2030 ? [] : ['B.2.1']);

    // Back to the crosswalk's placement (none), audited too.
    await editor.patch(path).send({ directions: [] }).expect(200);
    expect((await unplaced()).items.map((item) => item.id)).toContain(first.id);
    expect(await coverageOf('cloud-computing-2025', '2030-01-01')).toEqual(coverageBefore);
  });

  it('keeps an override when the standard’s own directions change', async () => {
    const res = await editor
      .post('/api/v1/standards')
      .send(
        buildStandard({ number: 'GB/T 62002-2026', directions: ['02.3'], publishedOn: '2026-02-01', inForceOn: null }),
      )
      .expect(201);
    const path = `/api/v1/frameworks/cloud-computing-2025/placements/${res.body.id}`;
    await editor
      .patch(path)
      .send({ directions: ['D.1'] })
      .expect(200);
    await editor
      .patch(`/api/v1/standards/${res.body.id}`)
      .send({ directions: ['02.3', '04.1'], version: res.body.version })
      .expect(200);
    expect(placementSchema.parse((await viewer.get(path).expect(200)).body)).toMatchObject({
      origin: 'override',
      directions: ['D.1'],
    });
  });
});

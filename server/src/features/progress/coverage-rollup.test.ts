import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { coverageResponseSchema } from '@cloudstd/shared/schemas/dashboard';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';
import { getCoverage, resolveFrameworkRef } from './dashboard.service.ts';

/*
 * The coverage endpoint reads a rollup that database triggers maintain. This drives every kind of write
 * through the API (create, edit dates, level and directions, delete, restore) and a bulk SQL insert, and
 * after each round compares the endpoint with the same counts taken straight from the standards. Every
 * round starts from the same 24 random standards in a database of its own.
 */
type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

const DIRECTIONS = ['01.1', '02.2.4', '02.5.3', '03.1', '06.1.1'];
const PREFIXES = ['GB/T', 'YD/T', 'T/CESA'];
const SEED = 20251009;

/** A small deterministic generator (a fixed LCG) so a failure can be replayed. */
function randomSource(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return {
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Milestones in their required order, some missing; dates fall in 2024–2027 so month edges matter. */
function randomMilestones(random: ReturnType<typeof randomSource>) {
  let day = addDays('2024-01-01', random.int(900));
  const step = () => (day = addDays(day, 1 + random.int(120)));
  const approvedOn = random.chance(0.5) ? day : null;
  const draftOn = random.chance(0.3) ? step() : null;
  const submittedOn = random.chance(0.4) ? step() : null;
  const published = random.chance(0.75);
  const publishedOn = published ? step() : null;
  const withdrawnOn = published && random.chance(0.3) ? step() : null;
  if (!published && !approvedOn && !draftOn && !submittedOn) return { approvedOn: day, publishedOn: null };
  return { approvedOn, draftOn, submittedOn, publishedOn, inForceOn: null, withdrawnOn };
}

/** Coverage at D computed from the standards themselves, without the rollup. */
async function coverageFromStandards(ctx: TestContext, asOf: string) {
  const d = sql`${asOf}::date`;
  const { rows } = await sql<{ code: string; national: number; industry: number; group: number; pipeline: number }>`
    select node.code,
      count(s.id) filter (where s.level = 'national' and s.published_on <= ${d}
        and (s.withdrawn_on is null or s.withdrawn_on > ${d}))::int as national,
      count(s.id) filter (where s.level = 'industry' and s.published_on <= ${d}
        and (s.withdrawn_on is null or s.withdrawn_on > ${d}))::int as industry,
      count(s.id) filter (where s.level = 'group' and s.published_on <= ${d}
        and (s.withdrawn_on is null or s.withdrawn_on > ${d}))::int as "group",
      count(s.id) filter (where (s.published_on is null or s.published_on > ${d})
        and (s.approved_on <= ${d} or s.draft_on <= ${d} or s.submitted_on <= ${d}))::int as pipeline
    from framework_node node
    join framework on framework.id = node.framework_id and framework.is_default
    left join standard_direction sd on sd.direction_id = node.id
    left join standard s on s.id = sd.standard_id and s.deleted_at is null
    where node.kind = 'direction'
    group by node.id, node.code, node.position
    order by node.position`.execute(ctx.handle.db);
  return rows;
}

describe.each(testDatabaseDrivers())('coverage rollup on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;
  let random: ReturnType<typeof randomSource>;
  let ids: number[];
  let asOfDates: string[];

  /**
   * The endpoint and the raw counts agree at every probe date (event dates, their neighbours, month
   * edges). Writes made in SQL leave no audit entry, which the endpoint's cache is keyed on, so after
   * those the service is asked directly.
   */
  async function expectRollupMatchesStandards(via: 'http' | 'service' = 'http') {
    for (const asOf of asOfDates) {
      let body: unknown;
      if (via === 'http') {
        const res = await viewer.get(`/api/v1/dashboard/coverage?asOf=${asOf}`);
        expect(res.status).toBe(200);
        body = res.body;
      } else {
        body = await getCoverage(ctx.handle.db, await resolveFrameworkRef(ctx.handle.db), asOf);
      }
      const served = coverageResponseSchema
        .parse(body)
        .items.map(({ code, national, industry, group, pipeline }) => ({ code, national, industry, group, pipeline }));
      expect(served, `coverage at ${asOf}`).toEqual(await coverageFromStandards(ctx, asOf));
    }
  }

  async function refreshProbeDates() {
    const { rows } = await sql<{ day: string }>`
      select distinct day::text as day from standard,
        lateral unnest(array[published_on, withdrawn_on, approved_on, draft_on, submitted_on]) as day
      where day is not null order by 1`.execute(ctx.handle.db);
    // Year edges too: the rollup reads whole years, then months, then the as-of month's own events.
    const probes = new Set<string>(['2023-12-31', '2030-01-01']);
    for (const year of [2024, 2025, 2026, 2027, 2028]) probes.add(`${year}-01-01`).add(`${year - 1}-12-31`);
    for (const { day } of rows.filter((_, index) => index % 3 === 0)) {
      probes.add(day);
      probes.add(addDays(day, -1));
      probes.add(`${day.slice(0, 8)}01`);
    }
    asOfDates = [...probes].sort();
  }

  beforeEach(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
    random = randomSource(SEED);
    ids = [];
    for (let i = 0; i < 24; i++) {
      const directions = [...new Set([random.pick(DIRECTIONS), random.pick(DIRECTIONS)])];
      const milestones = randomMilestones(random);
      const res = await editor.post('/api/v1/standards').send(
        buildStandard({
          number: milestones.publishedOn || random.chance(0.5) ? `${random.pick(PREFIXES)} ${61000 + i}-2025` : null,
          planNumber: `2024${String(i).padStart(4, '0')}-T-469`,
          directions,
          ...milestones,
        }),
      );
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids.push(res.body.id);
    }
    await refreshProbeDates();
  });
  afterEach(() => ctx.close());

  it('matches the standards after they are created', async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from direction_month_rollup`.execute(
      ctx.handle.db,
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
    await expectRollupMatchesStandards();
  });

  it('follows edits of dates, level and directions', async () => {
    for (const id of ids.filter((_, index) => index % 2 === 0)) {
      const current = await editor.get(`/api/v1/standards/${id}`);
      const milestones = randomMilestones(random);
      const patch = {
        version: current.body.version,
        ...milestones,
        number: milestones.publishedOn || current.body.number ? `${random.pick(PREFIXES)} ${62000 + id}-2026` : null,
        directions: [random.pick(DIRECTIONS)],
      };
      const res = await editor.patch(`/api/v1/standards/${id}`).send(patch);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    await refreshProbeDates();
    await expectRollupMatchesStandards();
  });

  it('drops deleted standards and takes restored ones back', async () => {
    const deleted = ids.filter((_, index) => index % 3 === 0);
    for (const id of deleted) expect((await editor.delete(`/api/v1/standards/${id}`)).status).toBe(204);
    await expectRollupMatchesStandards();
    for (const id of deleted.slice(0, 4)) {
      expect((await editor.post(`/api/v1/standards/${id}/restore`)).status).toBe(200);
    }
    await expectRollupMatchesStandards();
  });

  it('follows bulk inserts and removals made in SQL', async () => {
    await sql`
      insert into standard (number, level, title_zh, approved_on, published_on, withdrawn_on)
      select 'GB/T ' || (70000 + i) || '-2026', case when i % 2 = 0 then 'national' else 'group' end, '批量 ' || i,
             date '2024-01-15' + i * 7, date '2024-06-30' + i * 11,
             case when i % 4 = 0 then date '2026-01-31' + i end
      from generate_series(1, 60) as i`.execute(ctx.handle.db);
    await sql`
      insert into standard_direction (standard_id, direction_id)
      select s.id, node.id from standard s join framework_node node on node.code = '03.1'
      where s.number like 'GB/T 7%'`.execute(ctx.handle.db);
    await refreshProbeDates();
    await expectRollupMatchesStandards('service');
    // Hard deletes (the app never does this, but a hand-run script might).
    await sql`delete from standard where number like 'GB/T 700%'`.execute(ctx.handle.db);
    await expectRollupMatchesStandards('service');
  });
});

/**
 * Adoption benchmark: generates enterprises and adoptions with SQL (through the same triggers that keep
 * the rollup for the API), then times the dashboard's summary and timeline over HTTP, cold (a new as-of
 * date per request, so the cache never answers), beside the enterprise count called directly, and the
 * writes that move the rollup (an adoption recorded over HTTP; a standard with many adopters deleted).
 *   PostgreSQL: 1,000,000 adoptions over 100,000 enterprises (BENCH_DATABASE_URL or TEST_DATABASE_URL).
 *   PGlite: the same million in memory (ADOPTION_BENCH_PGLITE=100000 for a smaller run, 0 to skip).
 * Targets: summary p95 ≤ 50 ms on PostgreSQL and ≤ 100 ms on PGlite, timeline p95 ≤ 20 ms.
 */
import { performance } from 'node:perf_hooks';
import type { DatabaseDriver, DatabaseHandle } from '@cloudstd/db/connect';
import { loadShippedFrameworks } from '@cloudstd/db/seeds/load-framework';
import { seedDefaultTargetSets } from '@cloudstd/db/seeds/target-sets';
import { createTestDatabase } from '@cloudstd/db/testing';
import { countAdoptingEnterprises } from '@cloudstd/server/features/progress/adoption.repository';
import { sql } from 'kysely';
import { RUNS, runOnEachDatabase, serveApp, time } from './bench-kit.ts';

const STANDARDS = 2_000;
const ADOPTIONS_PER_ENTERPRISE = 10;

/**
 * Standards published 2015–2027 (a tenth of them deleted later, in the timed write), enterprises with
 * 10 adoptions each of distinct standards dated 2019-01-01 … 2027-03, written in batches of enterprises
 * so each statement's rollup refresh stays a moderate set.
 */
async function generate(handle: DatabaseHandle, enterprises: number): Promise<string> {
  const phases: string[] = [];
  let phaseStart = performance.now();
  const phase = (name: string) => {
    phases.push(`${name} ${((performance.now() - phaseStart) / 1000).toFixed(1)} s`);
    phaseStart = performance.now();
  };
  await sql`
    insert into standard (number, level, title_zh, kind, published_on, committee)
    select 'GB/T ' || (200000 + i) || '-2020', 'national', '基准测试标准 ' || i, 'new',
           date '2015-01-01' + (i * 13 % 4700), 'TC28'
    from generate_series(1, ${STANDARDS}) as i`.execute(handle.db);
  await sql`
    insert into enterprise (name, credit_code, industry, province, size)
    select '基准测试企业 ' || i, '91' || lpad(i::text, 16, '0'),
           (array['制造', '金融', '政务', '软件和信息技术服务', '信息通信', '能源', '交通', '医疗'])[1 + i % 8],
           (array['北京', '上海', '广东', '江苏', '浙江', '四川', '湖北', '山东', '福建', '陕西'])[1 + i % 10],
           (array['large', 'medium', 'small', 'micro'])[1 + i % 4]
    from generate_series(1, ${enterprises}) as i`.execute(handle.db);
  phase('standards and enterprises');
  const batch = 10_000;
  for (let from = 0; from < enterprises; from += batch) {
    await sql`
      insert into adoption (enterprise_id, standard_id, adopted_on, evidence)
      select e.id, s.id, date '2019-01-01' + ((e.id * 37 + k * 101) % 3000), 'certificate'
      from enterprise e
      cross join generate_series(0, ${ADOPTIONS_PER_ENTERPRISE - 1}) as k
      join standard s on s.id = 1 + (e.id * 7 + k * 131) % ${STANDARDS}
      where e.id > ${from} and e.id <= ${from + batch}`.execute(handle.db);
    // Fresh statistics as the tables grow, as autovacuum would keep them: stale ones plan the rollup's refresh badly.
    await sql`analyze adoption, enterprise_first_adoption`.execute(handle.db);
  }
  phase('adoptions with their rollup');
  await sql`analyze`.execute(handle.db);
  phase('analyze');
  return phases.join(', ');
}

/** A different as-of date per run, so no cached answer is reused. */
const asOfFor = (i: number) =>
  new Date(Date.UTC(2025, 10, 1) + Math.max(0, i) * 86_400_000 * 7).toISOString().slice(0, 10);

interface Targets {
  summary: number;
  timeline: number;
}

async function benchmark(driver: DatabaseDriver, enterprises: number, targets: Targets): Promise<boolean> {
  const setupStart = performance.now();
  // Generation runs long statements; the app's 5-second statement timeout is for requests.
  const handle = await createTestDatabase(driver, { statementTimeoutMs: 0 });
  try {
    await loadShippedFrameworks(handle.db);
    await seedDefaultTargetSets(handle.db);
    const phases = await generate(handle, enterprises);
    const setupSeconds = (performance.now() - setupStart) / 1000;
    const { base, cookie, close } = await serveApp(handle.db, 'editor');
    const call = async (path: string, init: { method?: string; body?: unknown } = {}) => {
      const res = await fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers: { cookie, 'content-type': 'application/json', origin: base },
        body: init.body === undefined ? null : JSON.stringify(init.body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.status === 204 ? null : res.json();
    };

    const adoptions = await handle.db
      .selectFrom('adoption')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const counted = await countAdoptingEnterprises(handle.db, '2030-01-01');
    console.log(
      `\n${driver}: ${Number(adoptions.n).toLocaleString('en')} adoptions over ${enterprises.toLocaleString('en')} enterprises ` +
        `(${counted.toLocaleString('en')} counted; set up in ${setupSeconds.toFixed(1)} s: ${phases})`,
    );
    console.log('measure                          p50 ms    p95 ms   target');
    const f = (n: number) => n.toFixed(1).padStart(8);
    const row = (name: string, result: { p50: number; p95: number }, target?: number) =>
      console.log(
        `${name.padEnd(30)} ${f(result.p50)}  ${f(result.p95)}   ${target === undefined ? '' : `≤ ${target}`}`,
      );

    const summary = await time((i) => call(`/api/v1/dashboard/summary?asOf=${asOfFor(i)}`));
    row('summary, HTTP, cold', summary, targets.summary);
    const timeline = await time((i) => call(`/api/v1/dashboard/timeline?asOf=${asOfFor(i + 100)}`));
    row('timeline, HTTP, cold', timeline, targets.timeline);
    row('enterprise count, direct', await time((i) => countAdoptingEnterprises(handle.db, asOfFor(i + 200))));
    row(
      'breakdown by province, HTTP',
      await time((i) => call(`/api/v1/dashboard/breakdown?by=province&asOf=${asOfFor(i + 300)}`), 10),
    );
    row(
      'top standards, HTTP',
      await time((i) => call(`/api/v1/dashboard/breakdown?by=standard&asOf=${asOfFor(i + 400)}`), 10),
    );

    // Writes: new enterprises' first adoptions (each moves the rollup), then a standard with its adopters.
    const fresh = await sql<{ id: number }>`
      insert into enterprise (name, credit_code) select '基准新企业 ' || i, '92' || lpad(i::text, 16, '0')
      from generate_series(1, ${RUNS + 1}) as i returning id`.execute(handle.db);
    row(
      'record an adoption, HTTP',
      await time((i) =>
        call('/api/v1/adoptions', {
          method: 'POST',
          body: { enterpriseId: fresh.rows[i + 1]?.id, standardId: 1, adoptedOn: '2026-05-01', evidence: 'other' },
        }),
      ),
    );
    const adopters = await handle.db
      .selectFrom('adoption')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('standard_id', '=', 2)
      .executeTakeFirstOrThrow();
    const deleteStart = performance.now();
    await call('/api/v1/standards/2', { method: 'DELETE' });
    const deleteMs = performance.now() - deleteStart;
    const restoreStart = performance.now();
    await call('/api/v1/standards/2/restore', { method: 'POST' });
    console.log(
      `delete / restore a standard with ${Number(adopters.n).toLocaleString('en')} adopters, HTTP: ` +
        `${deleteMs.toFixed(0)} ms / ${(performance.now() - restoreStart).toFixed(0)} ms`,
    );
    close();

    const ok = summary.p95 <= targets.summary && timeline.p95 <= targets.timeline;
    console.log(
      `summary p95 ${summary.p95.toFixed(1)} ms (≤ ${targets.summary}), timeline p95 ${timeline.p95.toFixed(1)} ms ` +
        `(≤ ${targets.timeline}): ${ok ? 'met' : 'NOT met'}`,
    );
    return ok;
  } finally {
    await handle.close();
  }
}

// ADOPTION_BENCH_PGLITE: how many adoptions PGlite gets (0 skips it).
const pgliteEnterprises = Number(process.env.ADOPTION_BENCH_PGLITE ?? 1_000_000) / ADOPTIONS_PER_ENTERPRISE;
await runOnEachDatabase(
  (driver) =>
    driver === 'pglite'
      ? benchmark('pglite', pgliteEnterprises, { summary: 100, timeline: 20 })
      : benchmark('postgres', 100_000, { summary: 50, timeline: 20 }),
  { pglite: pgliteEnterprises > 0 },
);

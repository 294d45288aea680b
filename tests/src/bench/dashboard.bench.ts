/**
 * Dashboard benchmark: generates standards deterministically, then times each dashboard endpoint
 * over HTTP (cold: a new as-of date per request, so the cache never answers; warm: the same view
 * again) beside the same aggregate called directly on the database. Prints p50/p95 in ms.
 *   PGlite: 10,000 standards (in memory). PostgreSQL: 100,000 standards, when BENCH_DATABASE_URL
 *   (or TEST_DATABASE_URL) names a server on which it may create a scratch database.
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { seedDefaultTargetSets } from '@cloudstd/db/seeds/target-sets';
import { defaultFrameworkPath, loadFrameworkFromFile } from '@cloudstd/db/seeds/load-framework';
import { createTestDatabase } from '@cloudstd/db/testing';
import type { DatabaseDriver, DatabaseHandle } from '@cloudstd/db/connect';
import { createApp } from '@cloudstd/server/app';
import { createUser } from '@cloudstd/server/features/accounts/users.service';
import * as dashboard from '@cloudstd/server/features/progress/dashboard.service';
import { resolveTargetSet } from '@cloudstd/server/features/progress/targets.service';
import { sql } from 'kysely';

const RUNS = 40;

async function generateStandards(handle: DatabaseHandle, count: number): Promise<void> {
  // Levels 60/20/20 national/industry/group; a seventh are revisions; a thirteenth are pipeline
  // projects; a seventeenth withdrawn; publication dates spread over 2000–2027; 1–2 directions each.
  await sql`
    insert into standard (number, plan_number, level, sector, title_zh, kind, approved_on, submitted_on,
                          published_on, in_force_on, withdrawn_on, committee, international_ref, international_degree)
    select
      case when i % 13 = 0 then null
           when i % 10 < 6 then 'GB/T ' || (100000 + i) || '-' || (2000 + i % 28)
           when i % 10 < 8 then 'YD/T ' || (100000 + i) || '-' || (2000 + i % 28)
           else 'T/BENCH ' || (100000 + i) || '-' || (2000 + i % 28) end,
      case when i % 13 = 0 then (2020 + i % 6) || lpad((i % 10000)::text, 4, '0') || '-T-469' end,
      case when i % 10 < 6 then 'national' when i % 10 < 8 then 'industry' else 'group' end,
      case when i % 10 between 6 and 7 then 'YD' end,
      '基准测试标准 ' || i,
      case when i % 7 = 0 then 'revision' else 'new' end,
      case when i % 13 = 0 then date '2023-01-01' + (i % 900) end,
      case when i % 13 = 0 and i % 2 = 0 then date '2023-01-01' + (i % 900) + 200 end,
      case when i % 13 <> 0 then date '2000-01-01' + (i * 37 % 10225) end,
      case when i % 13 <> 0 then date '2000-01-01' + (i * 37 % 10225) + 180 end,
      case when i % 13 <> 0 and i % 17 = 0 then date '2000-01-01' + (i * 37 % 10225) + 1500 end,
      'TC' || (28 + i % 5),
      case when i % 10 < 6 and i % 4 = 0 then 'ISO/IEC ' || (10000 + i % 9000) || ':2014' end,
      case when i % 10 < 6 and i % 4 = 0 then 'IDT' end
    from generate_series(1, ${count}) as i`.execute(handle.db);
  await sql`
    with d as (
      select framework_node.id, (row_number() over (order by position) - 1) as n
      from framework_node join framework on framework.id = framework_node.framework_id
      where framework.is_default and framework_node.kind = 'direction')
    insert into standard_direction (standard_id, direction_id)
    select s.id, d.id from standard s join d on d.n = (s.id * 7) % 50
    union
    select s.id, d.id from standard s join d on d.n = (s.id * 11 + 5) % 50 where s.id % 3 = 0`.execute(handle.db);
  await sql`analyze`.execute(handle.db);
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function time(run: (index: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await run(-1);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** A different as-of date per run, inside the window, so no cached answer can be reused. */
const asOfFor = (i: number) =>
  new Date(Date.UTC(2025, 10, 1) + Math.max(0, i) * 86_400_000 * 9).toISOString().slice(0, 10);

async function benchmark(driver: DatabaseDriver, count: number, targetMs: number): Promise<boolean> {
  const setupStart = performance.now();
  // Generating 100,000 rows (and their rollup, through the triggers) outlasts the app's 5 s statement limit.
  const handle = await createTestDatabase(driver, { statementTimeoutMs: 300_000 });
  try {
    await loadFrameworkFromFile(handle.db, defaultFrameworkPath);
    await seedDefaultTargetSets(handle.db);
    await generateStandards(handle, count);
    await createUser(handle.db, { username: 'bench', password: 'bench-password-1', role: 'viewer' }, { id: null });
    const server = createApp({ db: handle.db }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench', password: 'bench-password-1' }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return res.json();
    };
    const set = await resolveTargetSet(handle.db, undefined);
    console.log(
      `\n${driver}: ${count.toLocaleString('en')} standards (set up in ${((performance.now() - setupStart) / 1000).toFixed(1)} s)`,
    );
    console.log(
      'endpoint                 cold p50  cold p95  warm p50  warm p95  direct p50  direct p95  cold p95 / direct p95',
    );
    const endpoints: [string, (asOf: string) => string, (asOf: string) => Promise<unknown>][] = [
      ['summary', (d) => `/api/v1/dashboard/summary?asOf=${d}`, (d) => dashboard.getSummary(handle.db, set, d)],
      ['coverage', (d) => `/api/v1/dashboard/coverage?asOf=${d}`, (d) => dashboard.getCoverage(handle.db, d)],
      ['timeline', (d) => `/api/v1/dashboard/timeline?asOf=${d}`, (d) => dashboard.getTimeline(handle.db, set, d)],
      [
        'milestones (draft set)',
        (d) => `/api/v1/dashboard/milestones?asOf=${d}&targetSet=goals-2027-draft-edition`,
        async (d) =>
          dashboard.getMilestones(handle.db, await resolveTargetSet(handle.db, 'goals-2027-draft-edition'), d),
      ],
      [
        'breakdown by status',
        (d) => `/api/v1/dashboard/breakdown?by=status&asOf=${d}`,
        (d) => dashboard.getBreakdown(handle.db, 'status', d),
      ],
    ];
    let worst = 0;
    for (const [name, path, direct] of endpoints) {
      const cold = await time((i) => get(path(asOfFor(i))));
      const warm = await time(() => get(path('2026-11-21')));
      const raw = await time((i) => direct(asOfFor(i + 1000)));
      worst = Math.max(worst, cold.p95);
      const f = (n: number) => n.toFixed(1).padStart(8);
      console.log(
        `${name.padEnd(24)} ${f(cold.p50)}  ${f(cold.p95)}  ${f(warm.p50)}  ${f(warm.p95)}  ${f(raw.p50)}    ${f(raw.p95)}    ${(cold.p95 / raw.p95).toFixed(2)}×`,
      );
    }
    server.close();
    const ok = worst <= targetMs;
    console.log(`worst cold p95: ${worst.toFixed(1)} ms (target ≤ ${targetMs} ms): ${ok ? 'met' : 'NOT met'}`);
    return ok;
  } finally {
    await handle.close();
  }
}

const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const results = [await benchmark('pglite', 10_000, 200)];
if (pgUrl) {
  process.env.TEST_DATABASE_URL = pgUrl;
  results.push(await benchmark('postgres', 100_000, 50));
} else {
  console.log('\npostgres: skipped (set BENCH_DATABASE_URL to a server where a scratch database may be created)');
}
if (results.some((ok) => !ok)) process.exitCode = 1;

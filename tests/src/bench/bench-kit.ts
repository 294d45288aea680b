/** What the benchmarks share: timing, the app on a free port with a signed-in user, generated standards. */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { DatabaseDriver } from '@cloudstd/db/connect';
import type { Database } from '@cloudstd/db/tables';
import { createApp } from '@cloudstd/server/app';
import { createUser } from '@cloudstd/server/features/accounts/users.service';
import type { Role } from '@cloudstd/shared/schemas/user';
import { sql, type Kysely } from 'kysely';

export { freePort } from '../free-port.ts';

/** Timed runs per measure (after one untimed warm-up run). */
export const RUNS = 40;

export interface Timing {
  p50: number;
  p95: number;
}

/** The nearest-rank percentile `p` (0–100) of the samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Runs `run(-1)` once untimed, then `run(0 … runs-1)` timed; p50 and p95 in ms. */
export async function time(run: (index: number) => Promise<unknown>, runs = RUNS): Promise<Timing> {
  await run(-1);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Signs in over the API and answers the session cookie (`name=value`). */
export async function signInCookie(base: string, username: string, password: string): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in as ${username}: ${login.status}`);
  return login.headers.get('set-cookie')?.split(';')[0] ?? '';
}

export interface BenchApp {
  base: string;
  cookie: string;
  close: () => void;
}

/** The app in this process on a free port over `db`, with a user `bench` of `role`, signed in. */
export async function serveApp(db: Kysely<Database>, role: Role): Promise<BenchApp> {
  const password = 'bench-password-1';
  await createUser(db, { username: 'bench', password, role }, { id: null });
  const server = createApp({ db }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, cookie: await signInCookie(base, 'bench', password), close: () => server.close() };
}

/**
 * The benchmarks' registry of `count` standards: levels 60/20/20 national/industry/group; a seventh
 * are revisions; a thirteenth are pipeline projects; a seventeenth withdrawn; publication dates spread
 * over 2000–2027; 1–2 directions each. Titles are `titlePrefix || i || titleSuffix`.
 */
export async function generateStandards(
  db: Kysely<Database>,
  count: number,
  { titlePrefix = '基准测试标准 ', titleSuffix = '' } = {},
): Promise<void> {
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
      ${titlePrefix}::text || i || ${titleSuffix}::text,
      case when i % 7 = 0 then 'revision' else 'new' end,
      case when i % 13 = 0 then date '2023-01-01' + (i % 900) end,
      case when i % 13 = 0 and i % 2 = 0 then date '2023-01-01' + (i % 900) + 200 end,
      case when i % 13 <> 0 then date '2000-01-01' + (i * 37 % 10225) end,
      case when i % 13 <> 0 then date '2000-01-01' + (i * 37 % 10225) + 180 end,
      case when i % 13 <> 0 and i % 17 = 0 then date '2000-01-01' + (i * 37 % 10225) + 1500 end,
      'TC' || (28 + i % 5),
      case when i % 10 < 6 and i % 4 = 0 then 'ISO/IEC ' || (10000 + i % 9000) || ':2014' end,
      case when i % 10 < 6 and i % 4 = 0 then 'IDT' end
    from generate_series(1, ${count}) as i`.execute(db);
  await sql`
    with d as (
      select framework_node.id, (row_number() over (order by position) - 1) as n
      from framework_node join framework on framework.id = framework_node.framework_id
      where framework.is_default and framework_node.kind = 'direction')
    insert into standard_direction (standard_id, direction_id)
    select s.id, d.id from standard s join d on d.n = (s.id * 7) % 50
    union
    select s.id, d.id from standard s join d on d.n = (s.id * 11 + 5) % 50 where s.id % 3 = 0`.execute(db);
}

/** The PostgreSQL server a benchmark may create a scratch database on, if any. */
export function benchDatabaseUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
}

/**
 * Runs the benchmark on PGlite (unless `pglite` is false) and, when a PostgreSQL server is named, on
 * PostgreSQL; sets a failing exit code when any run missed its target.
 */
export async function runOnEachDatabase(
  benchmark: (driver: DatabaseDriver) => Promise<boolean>,
  { pglite = true }: { pglite?: boolean } = {},
): Promise<void> {
  const results = pglite ? [await benchmark('pglite')] : [];
  const pgUrl = benchDatabaseUrl();
  if (pgUrl) {
    // createTestDatabase makes its scratch database on TEST_DATABASE_URL's server.
    process.env.TEST_DATABASE_URL = pgUrl;
    results.push(await benchmark('postgres'));
  } else {
    console.log('\npostgres: skipped (set BENCH_DATABASE_URL to a server where a scratch database may be created)');
  }
  if (results.some((ok) => !ok)) process.exitCode = 1;
}

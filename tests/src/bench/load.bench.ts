/**
 * Load benchmark (#17): two app processes (the production bundle) share one PostgreSQL; 50 clients
 * (25 on each) send a mixed read load for LOAD_SECONDS (default 60) through autocannon over loopback,
 * each request bounded by a 10 s timeout. It prints each process's and the total's throughput and
 * latency and fails on any error, timeout or non-2xx answer. Its throughput goals belong to the
 * performance issue. Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a server where a scratch database
 * may be created); skipped without.
 */
import { openDatabase } from '@cloudstd/db/connect';
import { migrateToLatest } from '@cloudstd/db/migrate';
import { loadShippedFrameworks } from '@cloudstd/db/seeds/load-framework';
import { seedDefaultTargetSets } from '@cloudstd/db/seeds/target-sets';
import { buildServer } from '../../../server/scripts/build.ts';
import autocannon from 'autocannon';
import pg from 'pg';
import { startServer, type RunningServer } from '../e2e/server-process.ts';
import { benchDatabaseUrl, generateStandards, signInCookie } from './bench-kit.ts';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const STANDARDS = 5_000;
const PASSWORD = 'load-bench-password';

const serverUrl = benchDatabaseUrl();
if (!serverUrl) {
  console.log('load: skipped (set BENCH_DATABASE_URL to a server where a scratch database may be created)');
  process.exit(0);
}

const name = `cloudstd_load_${process.pid}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const databaseUrl = url.toString();
const servers: RunningServer[] = [];

try {
  const handle = await openDatabase({ driver: 'postgres', databaseUrl });
  await migrateToLatest(handle.db);
  await loadShippedFrameworks(handle.db);
  await seedDefaultTargetSets(handle.db);
  await generateStandards(handle.db, STANDARDS);
  await handle.close();

  await buildServer();
  const env = { DATABASE_URL: databaseUrl, ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: PASSWORD, LOG_LEVEL: 'warn' };
  // One after the other: the first migrates (nothing to do) and creates the admin, the second finds both.
  servers.push(await startServer(env));
  servers.push(await startServer(env));
  // One session, signed in through the first process, used on both: sessions live in the database.
  const cookie = await signInCookie(servers[0]?.url ?? '', 'admin', PASSWORD);

  const requests = [
    '/api/v1/standards?pageSize=20',
    '/api/v1/dashboard/summary',
    '/api/v1/standards?q=%E5%9F%BA%E5%87%86&level=national&pageSize=50&sort=publishedOn',
    '/api/v1/dashboard/coverage',
    '/api/v1/standards/42',
    '/api/v1/dashboard/timeline',
    '/api/v1/enterprises?pageSize=20',
    '/api/v1/target-sets',
  ].map((path) => ({ method: 'GET' as const, path }));

  console.log(
    `load: ${CONNECTIONS} clients × ${SECONDS} s, mixed reads, over 2 processes on one PostgreSQL (${STANDARDS.toLocaleString('en')} standards)`,
  );
  const results = await Promise.all(
    servers.map((server) =>
      autocannon({
        url: server.url,
        connections: CONNECTIONS / servers.length,
        duration: SECONDS,
        timeout: 10,
        headers: { cookie },
        requests,
      }),
    ),
  );

  let failed = 0;
  const line = (
    label: string,
    r: { requests: number; errors: number; timeouts: number; non2xx: number },
    rps: number,
    p50: number,
    p97: number,
    p99: number,
    max: number,
  ) =>
    console.log(
      `${label.padEnd(10)} ${String(r.requests).padStart(8)} requests  ${rps.toFixed(0).padStart(6)} req/s  ` +
        `latency p50 ${p50} ms  p97.5 ${p97} ms  p99 ${p99} ms  max ${max} ms  ` +
        `errors ${r.errors}  timeouts ${r.timeouts}  non-2xx ${r.non2xx}`,
    );
  results.forEach((result, index) => {
    failed += result.errors + result.timeouts + result.non2xx;
    line(
      `process ${index + 1}`,
      { requests: result.requests.total, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
      result.requests.average,
      result.latency.p50,
      result.latency.p97_5,
      result.latency.p99,
      result.latency.max,
    );
  });
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  line(
    'total',
    {
      requests: sum((r) => r.requests.total),
      errors: sum((r) => r.errors),
      timeouts: sum((r) => r.timeouts),
      non2xx: sum((r) => r.non2xx),
    },
    sum((r) => r.requests.average),
    Math.max(...results.map((r) => r.latency.p50)),
    Math.max(...results.map((r) => r.latency.p97_5)),
    Math.max(...results.map((r) => r.latency.p99)),
    Math.max(...results.map((r) => r.latency.max)),
  );
  console.log(failed === 0 ? 'load: 0 errors' : `load: ${failed} failed requests`);
  if (failed > 0) process.exitCode = 1;
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

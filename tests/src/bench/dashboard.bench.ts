/**
 * Dashboard benchmark: generates standards deterministically, then times each dashboard endpoint
 * over HTTP (cold: a new as-of date per request, so the cache never answers; warm: the same view
 * again) beside the same aggregate called directly on the database. Prints p50/p95 in ms.
 *   PGlite: 10,000 standards (in memory). PostgreSQL: 100,000 standards, when BENCH_DATABASE_URL
 *   (or TEST_DATABASE_URL) names a server on which it may create a scratch database.
 */
import { performance } from 'node:perf_hooks';
import { seedDefaultTargetSets } from '@cloudstd/db/seeds/target-sets';
import { loadShippedFrameworks } from '@cloudstd/db/seeds/load-framework';
import { createTestDatabase } from '@cloudstd/db/testing';
import type { DatabaseDriver } from '@cloudstd/db/connect';
import * as dashboard from '@cloudstd/server/features/progress/dashboard.service';
import { resolveTargetSet } from '@cloudstd/server/features/progress/targets.service';
import { sql } from 'kysely';
import { generateStandards, runOnEachDatabase, serveApp, time } from './bench-kit.ts';

/** A different as-of date per run, inside the window, so no cached answer can be reused. */
const asOfFor = (i: number) =>
  new Date(Date.UTC(2025, 10, 1) + Math.max(0, i) * 86_400_000 * 9).toISOString().slice(0, 10);

async function benchmark(driver: DatabaseDriver, count: number, targetMs: number): Promise<boolean> {
  const setupStart = performance.now();
  // Generating 100,000 rows (and their rollup, through the triggers) outlasts the app's 5 s statement limit.
  const handle = await createTestDatabase(driver, { statementTimeoutMs: 300_000 });
  try {
    await loadShippedFrameworks(handle.db);
    await seedDefaultTargetSets(handle.db);
    await generateStandards(handle.db, count);
    await sql`analyze`.execute(handle.db);
    const { base, cookie, close } = await serveApp(handle.db, 'viewer');
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return res.json();
    };
    const set = await resolveTargetSet(handle.db, undefined);
    const framework = await dashboard.resolveFrameworkRef(handle.db, set.framework);
    console.log(
      `\n${driver}: ${count.toLocaleString('en')} standards (set up in ${((performance.now() - setupStart) / 1000).toFixed(1)} s)`,
    );
    console.log(
      'endpoint                 cold p50  cold p95  warm p50  warm p95  direct p50  direct p95  cold p95 / direct p95',
    );
    const endpoints: [string, (asOf: string) => string, (asOf: string) => Promise<unknown>][] = [
      [
        'summary',
        (d) => `/api/v1/dashboard/summary?asOf=${d}`,
        (d) => dashboard.getSummary(handle.db, set, framework, d),
      ],
      [
        'coverage',
        (d) => `/api/v1/dashboard/coverage?asOf=${d}`,
        (d) => dashboard.getCoverage(handle.db, framework, d),
      ],
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
        (d) => dashboard.getBreakdown(handle.db, 'status', d, framework.id, set),
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
    close();
    const ok = worst <= targetMs;
    console.log(`worst cold p95: ${worst.toFixed(1)} ms (target ≤ ${targetMs} ms): ${ok ? 'met' : 'NOT met'}`);
    return ok;
  } finally {
    await handle.close();
  }
}

await runOnEachDatabase((driver) =>
  driver === 'pglite' ? benchmark('pglite', 10_000, 200) : benchmark('postgres', 100_000, 50),
);

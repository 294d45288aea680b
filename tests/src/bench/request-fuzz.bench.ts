/**
 * npm run bench: the request fuzz of server/src/http/request-fuzz.test.ts at 10,000 cases per driver
 * (FUZZ_RUNS to change it; PostgreSQL too with TEST_DATABASE_URL): no 5xx, problem+json on every error,
 * stored data unchanged by every refused request.
 */
import { performance } from 'node:perf_hooks';
import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { fuzzOperations, fuzzRequests } from '@cloudstd/server/testing/fuzz-requests';
import { createTestContext } from '@cloudstd/server/testing/test-app';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
let failed = false;
for (const driver of testDatabaseDrivers()) {
  const ctx = await createTestContext(driver);
  try {
    const admin = await ctx.signedIn('admin');
    const document = (await admin.get('/api/v1/openapi.json').expect(200)).body as Parameters<typeof fuzzOperations>[0];
    const start = performance.now();
    const result = await fuzzRequests({ agent: admin, db: ctx.handle.db, operations: fuzzOperations(document), runs });
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(
      `request fuzz on ${driver}: ${result.requests} requests in ${seconds} s, statuses ${JSON.stringify(result.statuses)}`,
    );
  } catch (error) {
    failed = true;
    console.error(`request fuzz on ${driver} failed:`, error);
  } finally {
    await ctx.close();
  }
}
process.exit(failed ? 1 : 0);

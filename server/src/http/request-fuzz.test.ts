import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../testing/factories.ts';
import { fuzzOperations, fuzzRequests } from '../testing/fuzz-requests.ts';
import { createTestContext, type TestContext } from '../testing/test-app.ts';

/** 1,000 cases per driver here (2,000 with PostgreSQL); `npm run bench` (request-fuzz.bench.ts) sends 10,000 per driver. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

describe.each(testDatabaseDrivers())('property fuzz over the OpenAPI operations on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
    const editor = await ctx.signedIn('editor');
    for (let i = 0; i < 3; i++) await editor.post('/api/v1/standards').send(buildStandard()).expect(201);
  });
  afterAll(() => ctx.close());

  it('answers no 5xx, problem+json on every error, and a refused request changes nothing', async () => {
    const admin = await ctx.signedIn('admin');
    const document = (await admin.get('/api/v1/openapi.json').expect(200)).body;
    const operations = fuzzOperations(document);
    expect(operations.length).toBeGreaterThan(30);
    const result = await fuzzRequests({ agent: admin, db: ctx.handle.db, operations, runs: RUNS });
    expect(result.requests).toBe(RUNS);
    // Most generated requests are refused; some get through, which is fine.
    expect(Object.keys(result.statuses).every((status) => Number(status) < 500)).toBe(true);
  }, 120_000);
});

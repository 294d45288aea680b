import { openDatabase, type DatabaseHandle } from '@cloudstd/db/connect';
import { sql } from 'kysely';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv } from '../features/imports/testing.ts';
import { buildStandard } from '../testing/factories.ts';
import { createTestContext, type TestContext } from '../testing/test-app.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What production does to a PostgreSQL connection: an administrator (or a failover, or a restart)
 * ends the server processes serving the app. The process must survive, answer 503 meanwhile and
 * recover by itself.
 */
describe.runIf(process.env.TEST_DATABASE_URL)('terminated PostgreSQL connections', () => {
  let ctx: TestContext;
  let admin: DatabaseHandle;
  let database: string;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);

  /** Ends every server process serving the test database; answers how many it ended. */
  const terminateBackends = async (): Promise<number> => {
    const { rows } = await sql<{ ended: boolean }>`
      select pg_terminate_backend(pid) as ended from pg_stat_activity
      where datname = ${database} and pid <> pg_backend_pid()`.execute(admin.db);
    return rows.filter((row) => row.ended).length;
  };

  const expectUnavailableProblem = (res: request.Response) => {
    expect(res.status, JSON.stringify(res.body)).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
    expect(res.headers['retry-after']).toBeDefined();
  };

  /** /readyz answers 200 again within 5 s of the outage ending. */
  const expectRecoveryWithin5s = async () => {
    const started = Date.now();
    for (;;) {
      const res = await request(ctx.app).get('/readyz');
      if (res.status === 200) break;
      expectUnavailableProblem(res);
      expect(Date.now() - started).toBeLessThan(5000);
      await sleep(100);
    }
    return Date.now() - started;
  };

  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    ctx = await createTestContext('postgres');
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(ctx.handle.db);
    database = rows[0]?.name ?? '';
    admin = await openDatabase({ driver: 'postgres', databaseUrl: process.env.TEST_DATABASE_URL ?? '', poolSize: 1 });
  });
  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await admin.close();
    await ctx.close();
  });

  it('survives a checked-out connection ended while it waits between queries', async () => {
    const editor = await ctx.signedIn('editor');
    // A transaction between two statements holds its connection without a query running on it:
    // the server's termination notice then arrives as an 'error' event on the pg Client itself.
    const held = ctx.handle.db
      .transaction()
      .execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await terminateBackends();
        await sleep(300);
        await sql`select 1`.execute(trx);
      })
      .then(
        () => 'committed',
        () => 'failed',
      );
    expect(await held).toBe('failed');
    await sleep(100);
    expect(uncaught).toEqual([]);
    await expectRecoveryWithin5s();
    await editor.get('/api/v1/standards').expect(200);
  });

  it('answers reads and writes in flight with 200 or a 503 problem, never crashes, and recovers within 5 s', async () => {
    const editor = await ctx.signedIn('editor');
    const viewer = await ctx.signedIn('viewer');
    const statuses = new Map<number, number>();
    let stop = false;
    let terminated = 0;
    const killer = (async () => {
      while (!stop) {
        await sleep(40);
        terminated += await terminateBackends();
      }
    })();
    const client = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const res =
          (n + i) % 3 === 0
            ? await editor.post('/api/v1/standards').send(buildStandard())
            : (n + i) % 3 === 1
              ? await viewer.get('/api/v1/standards').query({ pageSize: 50 })
              : await viewer.get('/api/v1/dashboard/summary');
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) expectUnavailableProblem(res);
        else expect([200, 201]).toContain(res.status);
      }
    };
    const clients = Array.from({ length: 6 }, (_, n) => client(n));
    await sleep(2500);
    stop = true;
    await Promise.all([...clients, killer]);
    expect(terminated).toBeGreaterThan(0);
    expect(uncaught).toEqual([]);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    await expectRecoveryWithin5s();
    await viewer.get('/api/v1/dashboard/summary').expect(200);
    await editor.post('/api/v1/standards').send(buildStandard()).expect(201);
  }, 30_000);

  it('commits an import all or nothing when its connection is ended part-way', async () => {
    const editor = await ctx.signedIn('editor');
    const header = ['number', 'title_zh', 'directions', 'published_on', 'kind'];
    const outcomes: string[] = [];
    for (const [attempt, delay] of [0, 30, 80, 150, 250, 400, 700].entries()) {
      const title = `云计算 中断测试 ${attempt}-`;
      const rows = Array.from({ length: 1500 }, (_, i) => [
        `T/CESA ${70000 + attempt * 2000 + i}-2024`,
        `${title}${i + 1}`,
        '02.2.4',
        '2024-06-01',
        'new',
      ]);
      const upload = editor
        .post('/api/v1/imports/standards?dryRun=false')
        .attach('file', Buffer.from(csv([header, ...rows])), `outage-${attempt}.csv`)
        .then((res) => res);
      await sleep(delay);
      await terminateBackends();
      const res = await upload;
      await expectRecoveryWithin5s();
      const { rows: stored } = await sql<{ n: number }>`
        select count(*) as n from standard where title_zh like ${`${title}%`}`.execute(ctx.handle.db);
      const count = stored[0]?.n;
      if (res.status === 200) expect(count).toBe(1500);
      else {
        expectUnavailableProblem(res);
        expect(count).toBe(0);
      }
      outcomes.push(`${delay} ms: ${res.status}`);
    }
    expect(uncaught).toEqual([]);
    // At least one termination landed inside the work (the others may land before or after it).
    expect(
      outcomes.some((outcome) => outcome.endsWith('503')),
      outcomes.join(', '),
    ).toBe(true);
  }, 60_000);
});

import { openDatabase, type DatabaseHandle } from '@cloudstd/db/connect';
import { sql } from 'kysely';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { csv } from '../features/imports/testing.ts';
import { buildStandard } from '../testing/factories.ts';
import { createTestContext, testPasswordCost, testPasswords, type TestContext } from '../testing/test-app.ts';

/**
 * Two app instances, each with its own connection pool, on one PostgreSQL database: what two processes
 * behind a load balancer share is the database alone, so sessions and the dashboard's cache must live there.
 */
describe.runIf(process.env.TEST_DATABASE_URL)('two app instances on one PostgreSQL database', () => {
  let ctx: TestContext;
  let second: DatabaseHandle;
  beforeAll(async () => {
    ctx = await createTestContext('postgres');
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(ctx.handle.db);
    const url = new URL(process.env.TEST_DATABASE_URL ?? '');
    url.pathname = `/${rows[0]?.name ?? ''}`;
    second = await openDatabase({ driver: 'postgres', databaseUrl: url.toString(), poolSize: 3 });
  });
  afterAll(async () => {
    await second.close();
    await ctx.close();
  });

  it('shares sessions, and a write or an import through one is read at once through the other', async () => {
    const one = ctx.app;
    const other = createApp({ db: second.db, passwordCost: testPasswordCost });
    const login = await request(one)
      .post('/api/v1/auth/login')
      .send({ username: 'editor', password: testPasswords.editor })
      .expect(200);
    const cookie = login.headers['set-cookie'] as unknown as string[];
    const me = await request(other).get('/api/v1/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.user.username).toBe('editor');

    const summary = async () =>
      (
        await request(other)
          .get('/api/v1/dashboard/summary')
          .query({ asOf: '2026-06-30' })
          .set('Cookie', cookie)
          .expect(200)
      ).body.standards.counted as number;
    const before = await summary(); // cached by the other instance now
    await request(one)
      .post('/api/v1/standards')
      .set('Cookie', cookie)
      .send(buildStandard({ publishedOn: '2025-11-01', inForceOn: null }))
      .expect(201);
    expect(await summary()).toBe(before + 1);

    const file = csv([
      ['number', 'title_zh', 'directions', 'published_on', 'kind'],
      ['GB/T 71001-2026', '云计算 两实例测试 一', '02.2.4', '2026-01-05', 'new'],
      ['GB/T 71002-2026', '云计算 两实例测试 二', '02.2.4', '2026-02-05', 'new'],
    ]);
    await request(one)
      .post('/api/v1/imports/standards?dryRun=false')
      .set('Cookie', cookie)
      .attach('file', Buffer.from(file), 'two.csv')
      .expect(200);
    expect(await summary()).toBe(before + 3);

    // Signing out through one ends the session for both.
    await request(one).post('/api/v1/auth/logout').set('Cookie', cookie).expect(204);
    await request(other).get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
  });
});

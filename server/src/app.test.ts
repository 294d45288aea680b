import { createTestDatabase, testDatabaseDrivers } from '@cloudstd/db/testing';
import { sql } from 'kysely';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createUser } from './features/accounts/users.service.ts';
import { createTestContext, testPasswordCost, testPasswords, type TestContext } from './testing/test-app.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface OpenApiOperation {
  security?: unknown[];
  'x-required-role'?: string;
}

describe.each(testDatabaseDrivers())('the app on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
  });
  afterAll(() => ctx.close());

  it('answers liveness, readiness and metrics without a session', async () => {
    expect((await request(ctx.app).get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
    expect((await request(ctx.app).get('/readyz').expect(200)).body).toEqual({ status: 'ready' });
    await request(ctx.app).get('/api/v1/auth/me').expect(401);
    const metrics = await request(ctx.app).get('/metrics').expect(200);
    expect(metrics.text).toMatch(
      /http_request_duration_seconds_bucket\{[^}]*route="\/api\/v1\/auth\/me"[^}]*status_code="401"/,
    );
  });

  it('sets security headers: CSP with frame-ancestors, nosniff, Referrer-Policy, a request id', async () => {
    const res = await request(ctx.app).get('/healthz');
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('publishes an OpenAPI document generated from the schemas', async () => {
    const doc = (await request(ctx.app).get('/api/v1/openapi.json').expect(200)).body;
    expect(doc.openapi).toBe('3.1.0');
    const login = doc.paths['/api/v1/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    expect(doc.paths['/api/v1/users/{id}'].patch.parameters[0]).toMatchObject({ name: 'id', in: 'path' });
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/me', '/api/v1/users', '/api/v1/framework', '/api/v1/directions']),
    );
    // Downloads say what they answer with, and uploads what they take.
    const binary = { schema: { type: 'string', format: 'binary' } };
    const report = doc.paths['/api/v1/reports/progress.{format}'].get.responses['200'];
    expect(report.content).toEqual({ 'application/pdf': binary, [xlsxType]: binary });
    expect(report.headers).toHaveProperty('Content-Disposition');
    expect(doc.paths['/api/v1/reports/standards.csv'].get.responses['200'].content).toEqual({
      'text/csv; charset=utf-8': binary,
    });
    expect(Object.keys(doc.paths['/api/v1/snapshots/{id}/progress.{format}'].get.responses['200'].content)).toEqual([
      'application/pdf',
      xlsxType,
    ]);
    expect(doc.paths['/api/v1/imports/adoptions/template.xlsx'].get.responses['200'].content).toEqual({
      [xlsxType]: binary,
    });
    const upload = doc.paths['/api/v1/imports/standards'].post;
    expect(Object.keys(upload.responses['200'].content)).toEqual(['application/json', xlsxType]);
    expect(upload.requestBody.content['multipart/form-data'].schema).toMatchObject({
      properties: { file: { type: 'string', format: 'binary' } },
      required: ['file'],
    });
  });

  it('answers 401 without a session and 403 below the required role, for every operation', async () => {
    const doc = (await request(ctx.app).get('/api/v1/openapi.json')).body as {
      paths: Record<string, Record<string, OpenApiOperation>>;
    };
    const rank = { viewer: 0, editor: 1, admin: 2 } as const;
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const required = operation['x-required-role'] as keyof typeof rank | undefined;
        if (!required) {
          expect(operation.security).toEqual([]);
          continue;
        }
        const url = path.replace(/\{\w+\}/g, '1');
        const call = (agent: ReturnType<typeof request.agent>) => agent[method as 'get'](url).send({});
        expect((await call(request.agent(ctx.app))).status, `${method} ${path} without a session`).toBe(401);
        for (const role of ['viewer', 'editor'] as const) {
          if (rank[role] >= rank[required]) continue;
          expect((await call(await ctx.signedIn(role))).status, `${method} ${path} as ${role}`).toBe(403);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(7);
  });

  it('refuses malformed JSON, oversized bodies and non-JSON bodies as problem+json', async () => {
    const malformed = await request(ctx.app)
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "admin", ');
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(malformed.body).toMatchObject({ code: 'MALFORMED_JSON', titleZh: expect.any(String) });
    expect(JSON.stringify(malformed.body)).not.toMatch(/at \w+ \(|node_modules/);

    const huge = await request(ctx.app)
      .post('/api/v1/auth/login')
      .send({ username: 'admin', password: 'x'.repeat(200_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');

    const form = await request(ctx.app).post('/api/v1/auth/login').type('form').send('username=admin&password=x');
    expect(form.status).toBe(415);

    const notObject = await request(ctx.app).post('/api/v1/auth/login').send([1, 2]);
    expect(notObject.status).toBe(400);
    expect(notObject.body.code).toBe('VALIDATION_FAILED');
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const res = await request(ctx.app).get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});

describe('readiness without a database', () => {
  it('answers 503 when the database is gone', async () => {
    const ctx = await createTestContext('pglite');
    await ctx.close();
    const res = await request(ctx.app).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
    await request(ctx.app).get('/healthz').expect(200);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL under pressure', () => {
  it('answers 503 within seconds, not never, when every pooled connection is busy', async () => {
    const handle = await createTestDatabase('postgres', { poolSize: 1 });
    try {
      await createUser(
        handle.db,
        { username: 'admin', password: testPasswords.admin, role: 'admin' },
        { id: null },
        testPasswordCost,
      );
      const app = createApp({ db: handle.db });
      const agent = request.agent(app);
      await agent.post('/api/v1/auth/login').send({ username: 'admin', password: testPasswords.admin }).expect(200);

      // Three short sleeps in one transaction hold the only connection for 6 s, each under the statement timeout.
      const blocker = handle.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 3; i++) await sql`select pg_sleep(2)`.execute(trx);
      });
      await new Promise((resolve) => setTimeout(resolve, 300)); // let it take the only connection
      const started = Date.now();
      const res = await agent.get('/api/v1/auth/me');
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
      expect(res.headers['retry-after']).toBe('5');
      expect(Date.now() - started).toBeLessThan(3500);
      expect((await request(app).get('/readyz')).status).toBe(503);
      await blocker;
      await agent.get('/api/v1/auth/me').expect(200);
    } finally {
      await handle.close();
    }
  }, 20_000);
});

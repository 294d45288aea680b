import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { testDatabaseDrivers } from '@cloudstd/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { csv } from '../features/imports/testing.ts';
import { buildStandard } from '../testing/factories.ts';
import { createTestContext, testPasswordCost, type TestContext } from '../testing/test-app.ts';
import { storedDataFingerprint } from '../testing/fuzz-requests.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

const expectProblem = (res: request.Response, status: number, code?: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  if (code) expect(res.body.code).toBe(code);
};

describe.each(testDatabaseDrivers())('malformed input on %s answers 4xx, never 5xx', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let admin: Agent;
  let standardId: number;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    admin = await ctx.signedIn('admin');
    standardId = (await editor.post('/api/v1/standards').send(buildStandard()).expect(201)).body.id as number;
  });
  afterAll(() => ctx.close());

  it('refuses NUL and other control characters in any text field, query or path, changing nothing', async () => {
    const before = await storedDataFingerprint(ctx.handle.db);
    for (const bad of ['a\u0000b', '\u0000', 'x\u0007', 'line\rbreak', 'del\u007f', 'half \ud800 surrogate']) {
      const created = await editor.post('/api/v1/standards').send(buildStandard({ titleZh: bad }));
      expectProblem(created, 400, 'VALIDATION_FAILED');
      expect(created.body.errors[0]).toMatchObject({ field: 'titleZh', messageZh: expect.any(String) });
      expectProblem(await editor.post('/api/v1/standards').send(buildStandard({ notes: bad })), 400);
      if (!bad.includes('\ud800')) {
        // (A URL cannot carry a lone surrogate: the client sends U+FFFD, which is text.)
        expectProblem(await editor.get('/api/v1/standards').query({ q: bad }), 400);
        expectProblem(await editor.get('/api/v1/enterprises').query({ q: bad }), 400);
      }
      expectProblem(
        await admin.post('/api/v1/users').send({ username: bad, password: 'long enough 123', role: 'viewer' }),
        400,
      );
    }
    expectProblem(await request(ctx.app).post('/api/v1/auth/login').send({ username: 'a\u0000', password: 'x' }), 400);
    // Tab and line feed are ordinary text.
    await editor
      .post('/api/v1/standards')
      .send(buildStandard({ notes: 'one\ttwo\nthree' }))
      .expect(201);
    const after = await storedDataFingerprint(ctx.handle.db);
    expect(after.tables.standard).toBe((before.tables.standard ?? 0) + 1);
  });

  it('takes ids, pages and sizes as bounded decimal integers only', async () => {
    for (const id of ['0x10', '1e1', '99999999999', '2147483648', '-1', '0', '1.5', ' 1', 'NaN', 'Infinity']) {
      expectProblem(await editor.get(`/api/v1/standards/${encodeURIComponent(id)}`), 400, 'VALIDATION_FAILED');
      expectProblem(await editor.patch(`/api/v1/standards/${encodeURIComponent(id)}`).send({ version: 1 }), 400);
      expectProblem(await editor.get(`/api/v1/enterprises/${encodeURIComponent(id)}`), 400);
    }
    await editor.get(`/api/v1/standards/${standardId}`).expect(200);
    await editor.get('/api/v1/standards/2147483647').expect(404);
    for (const page of ['1e20', '99999999999', '0x2', '-3']) {
      expectProblem(await editor.get('/api/v1/standards').query({ page }), 400);
      expectProblem(await editor.get('/api/v1/standards').query({ pageSize: page }), 400);
      expectProblem(await admin.get('/api/v1/audit').query({ page }), 400);
    }
    await editor.get('/api/v1/standards').query({ page: '2147483647' }).expect(200);
    const version = await editor.patch(`/api/v1/standards/${standardId}`).send({ version: 1e20, notes: 'x' });
    expectProblem(version, 400, 'VALIDATION_FAILED');
  });

  it('takes dates from 1900 to 2100 only', async () => {
    for (const date of ['0000-01-01', '1899-12-31', '2101-01-01', '99999-01-01']) {
      expectProblem(await editor.post('/api/v1/standards').send(buildStandard({ publishedOn: date })), 400);
      expectProblem(await editor.get('/api/v1/dashboard/summary').query({ asOf: date }), 400);
    }
    await editor.get('/api/v1/dashboard/summary').query({ asOf: '1900-01-01' }).expect(200);
  });

  it('answers corrupt gzip bodies, undecodable paths and junk with 400 problems', async () => {
    const corrupt = Buffer.concat([gzipSync(Buffer.from('{"a":1}')).subarray(0, 12), Buffer.from('garbage')]);
    expectProblem(
      await editor
        .post('/api/v1/standards')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .send(corrupt),
      400,
      'BAD_REQUEST',
    );
    for (const path of ['/api/v1/standards/%ff', '/api/v1/standards/%c0%ae', '/api/v1/users/%E0%A4%A', '/%ff']) {
      const res = await editor.get(path);
      expect(res.status, path).toBeLessThan(500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('refuses an import whose cells hold a NUL or another control character, naming the cell, and imports nothing', async () => {
    const before = await storedDataFingerprint(ctx.handle.db);
    for (const control of ['\u0000', '\u0007', '\u001b', 'bare\rCR']) {
      const file = csv([
        ['number', 'title_zh', 'directions', 'published_on'],
        ['T/CESA 61001-2024', `云计算 控制${control}字符`, '02.2.4', '2024-06-01'],
      ]);
      const res = await editor
        .post('/api/v1/imports/standards?dryRun=false')
        .attach('file', Buffer.from(file), 'control.csv');
      expectProblem(res, 400, 'IMPORT_UNREADABLE_FILE');
      // A NUL marks a binary file; the others are named by their cell.
      if (control !== '\u0000') expect(res.body.detail).toContain('B2');
    }
    expect(await storedDataFingerprint(ctx.handle.db)).toEqual(before);
  });
});

describe('the request time limit', () => {
  it('answers a request whose body never finishes arriving with a 503 problem, in time', async () => {
    const ctx = await createTestContext('pglite');
    const app = createApp({ db: ctx.handle.db, passwordCost: testPasswordCost, requestTimeoutMs: 300 });
    const server = app.listen(0, '127.0.0.1');
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as { port: number };
      const started = Date.now();
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(
            'POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
              'Content-Length: 100\r\n\r\n{"username":',
          );
        });
        let text = '';
        socket.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('}')) socket.destroy();
        });
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(answer).toMatch(/^HTTP\/1\.1 503/);
      expect(answer).toContain('application/problem+json');
      expect(answer).toContain('REQUEST_TIMEOUT');
    } finally {
      server.close();
      await ctx.close();
    }
  });
});

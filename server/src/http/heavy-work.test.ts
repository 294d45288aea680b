import { testDatabaseDrivers } from '@cloudstd/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { binaryParser } from '../testing/binary-parser.ts';
import { createTestContext, testPasswordCost, testPasswords, type TestContext } from '../testing/test-app.ts';

describe.each(testDatabaseDrivers())('heavy requests on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
  });
  afterAll(() => ctx.close());

  it('builds a bounded number of files at once: the rest answer 503 with Retry-After, small requests stay fast', async () => {
    const app = createApp({ db: ctx.handle.db, passwordCost: testPasswordCost, heavyWorkLimit: 1 });
    const agent = request.agent(app);
    await agent.post('/api/v1/auth/login').send({ username: 'editor', password: testPasswords.editor }).expect(200);
    const files = [
      '/api/v1/reports/progress.xlsx',
      '/api/v1/reports/progress.pdf',
      '/api/v1/imports/standards/template.xlsx',
      '/api/v1/reports/standards.csv',
    ];
    const downloads = files.map((path) =>
      agent
        .get(path)
        .buffer(true)
        .parse(binaryParser)
        .then((res) => res),
    );
    const small = await agent.get('/api/v1/auth/me');
    expect(small.status).toBe(200);
    const answers = await Promise.all(downloads);
    const statuses = answers.map((res) => res.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    for (const res of answers.filter((answer) => answer.status === 503)) {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(String(res.body)).code).toBe('SERVER_BUSY');
      expect(res.headers['retry-after']).toBe('10');
    }
    // Slots are given back: one at a time, every file is built.
    for (const path of files) await agent.get(path).buffer(true).parse(binaryParser).expect(200);
  });
});

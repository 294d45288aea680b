import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { completeCreditCode } from '@cloudstd/shared/domain/credit-code';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

describe.each(testDatabaseDrivers())('an enterprise PATCH that changes nothing on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
  });
  afterAll(() => ctx.close());

  it('keeps the version and writes no audit entry; a real change still does both', async () => {
    const editor = await ctx.signedIn('editor');
    const admin = await ctx.signedIn('admin');
    const created = await editor
      .post('/api/v1/enterprises')
      .send({
        name: '不变测试有限公司',
        creditCode: completeCreditCode('91310115MA1K00001'),
        industry: '软件',
        notes: null,
      })
      .expect(201);
    const { id, version, name, creditCode, industry } = created.body as Record<string, unknown>;
    const auditCount = async () =>
      (
        await admin
          .get('/api/v1/audit')
          .query({ entity: 'enterprise', entityId: String(id) })
          .expect(200)
      ).body.total as number;
    const before = await auditCount();

    const same = await editor.patch(`/api/v1/enterprises/${String(id)}`).send({ version, name, creditCode, industry });
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(version);
    expect(await auditCount()).toBe(before);
    // The unchanged answer still needs the current version: a stale one is a conflict.
    expect((await editor.patch(`/api/v1/enterprises/${String(id)}`).send({ version: 99, name })).status).toBe(409);

    const changed = await editor.patch(`/api/v1/enterprises/${String(id)}`).send({ version, industry: '信息服务' });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe((version as number) + 1);
    expect(await auditCount()).toBe(before + 1);
  });
});

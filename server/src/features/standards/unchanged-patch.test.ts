import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { standardSchema } from '@cloudstd/shared/schemas/standard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

describe.each(testDatabaseDrivers())('a standard PATCH that changes nothing on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
  });
  afterAll(() => ctx.close());

  it('keeps the version and writes no audit entry; a real change still does both', async () => {
    const editor = await ctx.signedIn('editor');
    const admin = await ctx.signedIn('admin');
    const created = standardSchema.parse((await editor.post('/api/v1/standards').send(buildStandard())).body);
    const auditCount = async () =>
      (
        await admin
          .get('/api/v1/audit')
          .query({ entity: 'standard', entityId: String(created.id) })
          .expect(200)
      ).body.total as number;
    const before = await auditCount();

    const same = await editor.patch(`/api/v1/standards/${created.id}`).send({
      version: created.version,
      titleZh: created.titleZh,
      level: created.level,
      directions: created.directions,
    });
    expect(same.status, JSON.stringify(same.body)).toBe(200);
    expect(same.body.version).toBe(created.version);
    expect(await auditCount()).toBe(before);
    // The unchanged answer still needs the current version: a stale one is a conflict.
    const stale = await editor.patch(`/api/v1/standards/${created.id}`).send({ version: 99, titleZh: created.titleZh });
    expect(stale.status).toBe(409);

    const changed = await editor
      .patch(`/api/v1/standards/${created.id}`)
      .send({ version: created.version, titleZh: `${created.titleZh}（修订）` });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.version).toBe(created.version + 1);
    expect(await auditCount()).toBe(before + 1);
  });
});

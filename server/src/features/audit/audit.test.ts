import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { auditListSchema } from '@cloudstd/shared/schemas/audit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

describe.each(testDatabaseDrivers())('audit log on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
  });
  afterAll(() => ctx.close());

  it('shows admins every write, newest first, filterable by entity and actor', async () => {
    const editor = await ctx.signedIn('editor');
    const admin = await ctx.signedIn('admin');
    const created = await editor.post('/api/v1/standards').send(buildStandard()).expect(201);
    await editor.patch(`/api/v1/standards/${created.body.id}`).send({ titleZh: '改过的标题', version: 1 }).expect(200);

    const all = auditListSchema.parse((await admin.get('/api/v1/audit').expect(200)).body);
    expect(all.total).toBeGreaterThanOrEqual(8);
    expect(all.items[0]).toMatchObject({
      action: 'update',
      entity: 'standard',
      actor: 'editor',
      entityId: String(created.body.id),
    });
    expect(all.items.map((e) => e.id)).toEqual([...all.items.map((e) => e.id)].sort((a, b) => b - a));

    const standardOnly = auditListSchema.parse(
      (await admin.get(`/api/v1/audit?entity=standard&entityId=${created.body.id}&actor=EDITOR`)).body,
    );
    expect(standardOnly.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(standardOnly.items[0]?.before).toMatchObject({ titleZh: expect.any(String) });
    expect(standardOnly.items[0]?.after).toMatchObject({ titleZh: '改过的标题' });

    const today = (await admin.get('/api/v1/audit?from=2000-01-01&to=2099-12-31')).body;
    expect(today.total).toBe(all.total);
    expect((await admin.get('/api/v1/audit?to=2000-01-01')).body.total).toBe(0);
  });

  it('is for admins only, and refuses bad filters', async () => {
    await (await ctx.signedIn('editor')).get('/api/v1/audit').expect(403);
    await (await ctx.signedIn('viewer')).get('/api/v1/audit').expect(403);
    const bad = await (await ctx.signedIn('admin')).get('/api/v1/audit?from=2025-13-01');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('from');
  });
});

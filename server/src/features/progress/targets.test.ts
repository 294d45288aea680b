import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { dashboardSummarySchema } from '@cloudstd/shared/schemas/dashboard';
import { targetSetListSchema, targetSetSchema } from '@cloudstd/shared/schemas/target-set';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

const KEY = 'goals-2027-2025-edition';

describe.each(testDatabaseDrivers())('target sets on %s', (driver) => {
  // Every test changes the sets: each starts from the seeded ones.
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext(driver);
  });
  afterEach(() => ctx.close());

  it('lets an admin change a goal with its version, audited, and the dashboard follows', async () => {
    const admin = await ctx.signedIn('admin');
    const [set] = targetSetListSchema.parse((await admin.get('/api/v1/target-sets')).body);
    const res = await admin.patch(`/api/v1/target-sets/${KEY}`).send({ standardsGoal: 35, version: set?.version });
    expect(res.status).toBe(200);
    expect(targetSetSchema.parse(res.body)).toMatchObject({ standardsGoal: 35, standardsStretch: 50, version: 2 });
    const summary = dashboardSummarySchema.parse((await admin.get('/api/v1/dashboard/summary')).body);
    expect(summary.standards.goal).toBe(35);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'target_set')
      .where('action', '=', 'update')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toMatchObject({ standardsGoal: 30 });
    expect(audit[0]?.after).toMatchObject({ standardsGoal: 35 });
  });

  it('refuses a stale version, a stretch below the goal, a backwards window, and non-admins', async () => {
    const admin = await ctx.signedIn('admin');
    await admin.patch(`/api/v1/target-sets/${KEY}`).send({ standardsGoal: 35, version: 1 }).expect(200);
    const stale = await admin.patch(`/api/v1/target-sets/${KEY}`).send({ standardsGoal: 40, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ standardsGoal: 35, version: 2 });
    const stretch = await admin.patch(`/api/v1/target-sets/${KEY}`).send({ standardsStretch: 20, version: 2 });
    expect(stretch.status).toBe(400);
    expect(stretch.body.errors[0].field).toBe('standardsStretch');
    const window = await admin.patch(`/api/v1/target-sets/${KEY}`).send({ windowEnd: '2020-01-01', version: 2 });
    expect(window.body.errors[0].field).toBe('windowEnd');
    const empty = await admin.patch(`/api/v1/target-sets/${KEY}`).send({ countedLevels: [], version: 2 });
    expect(empty.body.errors[0]).toMatchObject({ field: 'countedLevels', messageZh: '至少计入一个级别' });
    await (
      await ctx.signedIn('editor')
    )
      .patch(`/api/v1/target-sets/${KEY}`)
      .send({ standardsGoal: 1, version: 2 })
      .expect(403);
    await admin.patch('/api/v1/target-sets/nope').send({ standardsGoal: 1, version: 1 }).expect(404);
    const [set] = targetSetListSchema.parse((await admin.get('/api/v1/target-sets')).body);
    expect(set).toMatchObject({ standardsGoal: 35, version: 2 });
  });

  it('moves the default to another set', async () => {
    const admin = await ctx.signedIn('admin');
    const res = await admin.patch('/api/v1/target-sets/goals-2027-draft-edition').send({ isDefault: true, version: 1 });
    expect(res.status).toBe(200);
    const sets = targetSetListSchema.parse((await admin.get('/api/v1/target-sets')).body);
    expect(sets.filter((s) => s.isDefault).map((s) => s.key)).toEqual(['goals-2027-draft-edition']);
    const summary = dashboardSummarySchema.parse((await admin.get('/api/v1/dashboard/summary')).body);
    expect(summary.targetSet.key).toBe('goals-2027-draft-edition');
  });
});

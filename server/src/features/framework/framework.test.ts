import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { directionListSchema, frameworkSchema, type FrameworkTreeNode } from '@cloudstd/shared/schemas/framework';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

const countLeaves = (node: FrameworkTreeNode): number =>
  node.children.length === 0 ? 1 : node.children.reduce((sum, child) => sum + countLeaves(child), 0);

describe.each(testDatabaseDrivers())('framework API on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
  });
  afterAll(() => ctx.close());

  it('returns the tree: 6 parts and 50 directions with the guideline’s codes', async () => {
    const viewer = await ctx.signedIn('viewer');
    const framework = frameworkSchema.parse((await viewer.get('/api/v1/framework').expect(200)).body);
    expect(framework.key).toBe('cloud-computing-draft');
    expect(framework.directionCount).toBe(50);
    expect(framework.parts.map((part) => [part.code, part.nameZh, countLeaves(part)])).toEqual([
      ['01', '基础标准', 2],
      ['02', '技术与产品标准', 13],
      ['03', '服务标准', 7],
      ['04', '应用标准', 2],
      ['05', '管理标准', 13],
      ['06', '安全标准', 13],
    ]);
    const cloudNative = framework.parts[1]?.children[1]?.children[3];
    expect(cloudNative).toMatchObject({ code: '02.2.4', kind: 'direction', nameZh: '云原生', children: [] });
    expect(cloudNative?.scope).toMatch(/^用于规范云原生相关技术和产品/);
  });

  it('lists the 50 directions flat, in code order, each with its part and scope', async () => {
    const viewer = await ctx.signedIn('viewer');
    const directions = directionListSchema.parse((await viewer.get('/api/v1/directions').expect(200)).body);
    expect(directions).toHaveLength(50);
    expect(directions[0]).toMatchObject({ code: '01.1', nameZh: '术语', partCode: '01', groupCode: null });
    expect(directions.at(-1)).toMatchObject({ code: '06.5.3', nameZh: '安全监管', partCode: '06', groupCode: '06.5' });
    const codes = directions.map((d) => d.code);
    const numeric = (code: string) => code.split('.').map(Number);
    const sorted = [...codes].sort((a, b) => {
      const [x, y] = [numeric(a), numeric(b)];
      for (let i = 0; i < Math.max(x.length, y.length); i++)
        if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
      return 0;
    });
    expect(codes).toEqual(sorted);
    expect(new Set(codes).size).toBe(50);
    for (const direction of directions) {
      expect(direction.scope).toMatch(/^用于.+。$/);
      expect(direction.nameEn.length).toBeGreaterThan(2);
    }
    const others = directions.filter((d) => d.nameZh === '其它');
    expect(others.map((d) => d.code)).toEqual(['02.5.3', '03.7']);
    expect(new Set(others.map((d) => d.nameEn)).size).toBe(2);
  });

  it('needs a session', async () => {
    await request(ctx.app).get('/api/v1/framework').expect(401);
    await request(ctx.app).get('/api/v1/directions').expect(401);
  });
});

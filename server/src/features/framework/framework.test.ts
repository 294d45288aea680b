import { testDatabaseDrivers } from '@cloudstd/db/testing';
import {
  directionListSchema,
  frameworkListSchema,
  frameworkSchema,
  type FrameworkTreeNode,
} from '@cloudstd/shared/schemas/framework';
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

  it('returns the final 2025 edition by default: 6 parts A–F and 53 directions', async () => {
    const viewer = await ctx.signedIn('viewer');
    const framework = frameworkSchema.parse((await viewer.get('/api/v1/framework').expect(200)).body);
    expect(framework).toMatchObject({ key: 'cloud-computing-2025', isDefault: true, issuedOn: '2025-10-09' });
    expect(framework.directionCount).toBe(53);
    expect(framework.parts.map((part) => [part.code, part.nameZh, countLeaves(part)])).toEqual([
      ['A', '基础标准', 3],
      ['B', '技术标准', 11],
      ['C', '服务标准', 7],
      ['D', '应用标准', 2],
      ['E', '管理标准', 13],
      ['F', '安全标准', 17],
    ]);
    const frameworks = frameworkListSchema.parse((await viewer.get('/api/v1/frameworks').expect(200)).body);
    expect(frameworks.map((f) => [f.key, f.isDefault, f.directionCount])).toEqual([
      ['cloud-computing-2025', true, 53],
      ['cloud-computing-draft', false, 50],
    ]);
  });

  it('lists the final edition’s directions with paths that tell the repeated names apart', async () => {
    const viewer = await ctx.signedIn('viewer');
    const directions = directionListSchema.parse((await viewer.get('/api/v1/directions').expect(200)).body);
    expect(directions).toHaveLength(53);
    const repeated = directions.filter((d) => d.nameZh === '设备安全' || d.nameZh === '软件安全');
    expect(repeated.map((d) => [d.code, d.path.zh])).toEqual([
      ['F.2.1', '安全技术与产品 › 软件安全'],
      ['F.2.2', '安全技术与产品 › 设备安全'],
      ['F.3.1', '基础设施安全 › 设备安全'],
      ['F.3.2', '基础设施安全 › 软件安全'],
    ]);
    expect(new Set(directions.map((d) => d.path.zh)).size).toBe(53);
    expect(new Set(directions.map((d) => d.path.en)).size).toBe(53);
    expect(directions[0]).toMatchObject({ code: 'A.1', groupCode: null, path: { zh: '术语', en: 'Terminology' } });
  });

  it('names an unknown framework in a 404 problem', async () => {
    const viewer = await ctx.signedIn('viewer');
    for (const path of ['/api/v1/framework?framework=nope', '/api/v1/directions?framework=nope']) {
      const res = await viewer.get(path).expect(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', framework: 'nope', detail: 'Unknown framework: nope' });
      expect(res.body.detailZh).toBe('未知的标准体系：nope');
    }
  });

  it('returns the draft’s tree on request: 6 parts and 50 directions with the guideline’s codes', async () => {
    const viewer = await ctx.signedIn('viewer');
    const framework = frameworkSchema.parse(
      (await viewer.get('/api/v1/framework?framework=cloud-computing-draft').expect(200)).body,
    );
    expect(framework.key).toBe('cloud-computing-draft');
    expect(framework.isDefault).toBe(false);
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
    const directions = directionListSchema.parse(
      (await viewer.get('/api/v1/directions?framework=cloud-computing-draft').expect(200)).body,
    );
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
    await request(ctx.app).get('/api/v1/frameworks').expect(401);
  });
});

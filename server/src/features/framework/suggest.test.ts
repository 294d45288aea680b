import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { directionSuggestionListSchema } from '@cloudstd/shared/schemas/framework';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

describe.each(testDatabaseDrivers())('POST /directions/suggest on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
  });
  afterAll(() => ctx.close());

  const suggest = async (body: object, role: 'viewer' | 'editor' = 'viewer') => {
    const agent = await ctx.signedIn(role);
    const res = await agent.post('/api/v1/directions/suggest').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return directionSuggestionListSchema.parse(res.body);
  };

  it('ranks the default edition’s directions for a title on an empty registry, with reasons', async () => {
    const answer = await suggest({ titleZh: '信息技术 云计算 云服务采购指南' });
    expect(answer.framework).toBe('cloud-computing-2025');
    expect(answer.items[0]).toMatchObject({ code: 'E.1.2' });
    expect(answer.items[0]?.reasons.map((reason) => reason.kind)).toContain('name');
    const draft = await suggest({ titleZh: '信息技术 云计算 云服务采购指南', framework: 'cloud-computing-draft' });
    expect(draft.items[0]?.code).toBe('05.1.2');
  });

  it('learns from registered standards at once (the index follows every write), in every edition', async () => {
    const title = '信息技术 云计算 虚拟桌面服务质量要求';
    const before = await suggest({ titleZh: title });
    expect(before.items[0]?.code).not.toBe('C.7');
    const editor = await ctx.signedIn('editor');
    const created = await editor
      .post('/api/v1/standards')
      .send(buildStandard({ titleZh: '信息技术 云计算 虚拟桌面服务通用要求', directions: ['C.7'] }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const after = await suggest({ titleZh: title }, 'editor');
    expect(after.items[0]?.code).toBe('C.7');
    const similar = after.items[0]?.reasons.find((reason) => reason.kind === 'similar');
    expect(similar?.standard).toMatchObject({ number: created.body.number, directions: ['C.7'] });
    // Filed under the final edition, it is placed in the draft through the crosswalk and votes there too.
    const draft = await suggest({ titleZh: title, framework: 'cloud-computing-draft' });
    expect(draft.items[0]?.code).toBe('03.7');
    await editor.delete(`/api/v1/standards/${created.body.id as number}`).expect(204);
    expect((await suggest({ titleZh: title })).items[0]?.code).not.toBe('C.7');
  });

  it('refuses a missing title and an unknown edition in both languages, and anonymous callers', async () => {
    const viewer = await ctx.signedIn('viewer');
    const missing = await viewer.post('/api/v1/directions/suggest').send({ titleEn: 'Cloud' });
    expect(missing.status).toBe(400);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body.errors[0]).toMatchObject({ field: 'titleZh', messageZh: '请填写中文标准名称' });
    const blank = await viewer.post('/api/v1/directions/suggest').send({ titleZh: '  ' });
    expect(blank.status).toBe(400);
    const unknown = await viewer.post('/api/v1/directions/suggest').send({ titleZh: '云', framework: 'nope' });
    expect(unknown.status).toBe(404);
    const extra = await viewer.post('/api/v1/directions/suggest').send({ titleZh: '云', limit: 3 });
    expect(extra.status).toBe(400);
    await request(ctx.app).post('/api/v1/directions/suggest').send({ titleZh: '云' }).expect(401);
  });
});

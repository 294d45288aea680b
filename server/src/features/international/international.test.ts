import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { stageAsOf } from '@cloudstd/shared/domain/international-stage';
import { dashboardSummarySchema } from '@cloudstd/shared/schemas/dashboard';
import {
  internationalItemListSchema,
  internationalItemSchema,
  internationalProgressSchema,
  type CreateInternationalItemFormValues,
  type InternationalItem,
} from '@cloudstd/shared/schemas/international-item';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInternationalItem, recordInternationalFixture } from '../../testing/international-fixture.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

const buildItem = buildInternationalItem;

describe.each(testDatabaseDrivers())('international items on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;
  let byRef: Record<string, InternationalItem> = {};
  let convertedNumber = '';

  const create = async (overrides: Partial<CreateInternationalItemFormValues>) => {
    const res = await editor.post('/api/v1/international-items').send(buildItem(overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return internationalItemSchema.parse(res.body);
  };
  const list = async (query: string) => {
    const res = await viewer.get(`/api/v1/international-items?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return internationalItemListSchema.parse(res.body);
  };

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
    ({ byRef, convertedNumber } = await recordInternationalFixture(editor));
  });
  afterAll(() => ctx.close());

  it('records an item with its stage history in stage order, its related standard and an audit entry', async () => {
    const b = byRef.B;
    expect(b?.stages.map((s) => s.stage)).toEqual(['np', 'wd', 'published']);
    expect(byRef.A).toMatchObject({
      body: 'iso_iec_jtc1',
      chinaRole: 'led',
      relatedStandard: convertedNumber,
      currentStage: 'published',
      experts: ['测试专家'],
      version: 1,
    });
    expect(byRef.A?.relatedStandardId).toBeTypeOf('number');
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'international_item')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'create', 'create', 'create', 'create', 'create', 'delete']);
    const one = await viewer.get(`/api/v1/international-items/${byRef.A?.id}`).expect(200);
    expect(internationalItemSchema.parse(one.body).stages).toHaveLength(7);
  });

  it('lists by stage as of a date, body and role; deleted items only when asked', async () => {
    const refs = (l: { items: InternationalItem[] }) => l.items.map((i) => i.reference).sort();
    expect(refs(await list('asOf=2025-12-31&stage=dis'))).toEqual(['ISO/IEC TEST A']);
    expect(refs(await list('asOf=2025-12-31&stage=np'))).toEqual(['ISO TEST C']);
    expect(refs(await list('asOf=2026-04-30&stage=published'))).toEqual(['ISO/IEC TEST A', 'Y.TEST-B']);
    expect(refs(await list('asOf=2026-04-30&stage=published&body=itu_t'))).toEqual(['Y.TEST-B']);
    expect(refs(await list('chinaRole=co_edited,participated'))).toEqual([
      'IEC TEST D',
      'ISO TEST C',
      'ISO/IEC TEST F',
    ]);
    expect(refs(await list('q=sg13'))).toEqual(['Y.TEST-B']);
    expect((await list('')).total).toBe(5);
    expect(refs(await list('deleted=only'))).toEqual(['ISO/IEC TEST E']);
  });

  it('gives the stage as of D by one rule: the SQL list agrees with the shared stageAsOf', async () => {
    const all = (await list('pageSize=200')).items;
    for (const date of [
      '2024-04-30',
      '2024-09-01',
      '2025-06-01',
      '2025-10-31',
      '2025-11-15',
      '2026-03-01',
      '2026-05-10',
    ]) {
      const at = await list(`asOf=${date}&pageSize=200`);
      for (const item of at.items) {
        const full = all.find((i) => i.id === item.id);
        expect(item.currentStage, `${item.reference} at ${date}`).toBe(stageAsOf(full?.stages ?? [], date));
      }
    }
    const a = all.find((i) => i.reference === 'ISO/IEC TEST A');
    expect(stageAsOf(a?.stages ?? [], '2024-04-30')).toBeNull();
    expect(stageAsOf(a?.stages ?? [], '2025-11-14')).toBe('cd');
    expect(stageAsOf(a?.stages ?? [], '2025-11-15')).toBe('dis');
  });

  it('computes the summary’s international figures on the hand-computed fixture', async () => {
    const at = async (asOf: string) =>
      dashboardSummarySchema.parse((await viewer.get(`/api/v1/dashboard/summary?asOf=${asOf}`).expect(200)).body)
        .international;
    // 2026-04-30: A published, B published, C at WD; D not yet begun, E deleted, F without stages. One
    // national standard of two converted (IDT); A is the one China-led item published since 2025-10-09.
    expect(await at('2026-04-30')).toEqual({
      share: 0.5,
      adopting: 1,
      national: 2,
      items: { total: 3, byStage: { proposal: 0, np: 0, wd: 1, cd: 0, dis: 0, fdis: 0, published: 2 } },
      led: 1,
    });
    // 2025-12-31: A at DIS, B published (before the window: not counted as led), C at NP.
    expect(await at('2025-12-31')).toMatchObject({
      share: null,
      items: { total: 3, byStage: { proposal: 0, np: 1, wd: 0, cd: 0, dis: 1, fdis: 0, published: 1 } },
      led: 0,
    });
    expect((await at('2024-01-01')).items.total).toBe(0);
  });

  it('gives items by stage and role month by month, the China-led and converted lists', async () => {
    const res = await viewer.get('/api/v1/dashboard/international?asOf=2026-04-30').expect(200);
    const progress = internationalProgressSchema.parse(res.body);
    expect(progress.windowStart).toBe('2025-10-09');
    expect(progress.points.map((p) => [p.month, p.on, p.total])).toEqual([
      ['2025-10', '2025-10-31', 2],
      ['2025-11', '2025-11-30', 2],
      ['2025-12', '2025-12-31', 3],
      ['2026-01', '2026-01-31', 3],
      ['2026-02', '2026-02-28', 3],
      ['2026-03', '2026-03-31', 3],
      ['2026-04', '2026-04-30', 3],
    ]);
    expect(progress.points[0]).toMatchObject({
      byStage: { cd: 1, published: 1 },
      byRole: { led: 2, co_edited: 0, participated: 0 },
    });
    expect(progress.points[4]?.byStage).toMatchObject({ fdis: 1, published: 1, np: 1 });
    expect(progress.points[6]?.byStage).toMatchObject({ published: 2, wd: 1 });
    expect(progress.points[6]?.byRole).toEqual({ led: 2, co_edited: 1, participated: 0 });
    expect(progress.led.map((l) => [l.reference, l.publishedOn])).toEqual([['ISO/IEC TEST A', '2026-04-20']]);
    expect(progress.converted.map((c) => [c.number, c.internationalRef, c.degree])).toEqual([
      [convertedNumber, 'ISO/IEC 22123-1:2023', 'IDT'],
    ]);
    const before = internationalProgressSchema.parse(
      (await viewer.get('/api/v1/dashboard/international?asOf=2025-01-01').expect(200)).body,
    );
    expect(before).toMatchObject({ points: [], led: [], converted: [] });
  });

  it('refuses bad input with problem+json naming the field in Chinese and English, writing nothing', async () => {
    const before = await ctx.handle.db.selectFrom('international_item').select('id').execute();
    const expectField = async (body: object, field: string, status = 400) => {
      const res = await editor.post('/api/v1/international-items').send(body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const error = (res.body.errors as { field: string; messageZh: string; messageEn: string }[]).find(
        (e) => e.field === field,
      );
      expect(error, JSON.stringify(res.body.errors)).toBeDefined();
      expect(error?.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(error?.messageEn).toMatch(/[a-z]/);
      return error;
    };
    await expectField(buildItem({ stages: [{ stage: 'approved' as never, on: '2025-01-01' }] }), 'stages.0.stage');
    const order = await expectField(
      buildItem({
        stages: [
          { stage: 'cd', on: '2025-06-01' },
          { stage: 'dis', on: '2025-05-01' },
        ],
      }),
      'stages.1.on',
    );
    expect(order?.messageEn).toContain('2025-06-01');
    await expectField(
      buildItem({
        stages: [
          { stage: 'wd', on: '2025-06-01' },
          { stage: 'wd', on: '2025-07-01' },
        ],
      }),
      'stages.1.stage',
    );
    await expectField(buildItem({ stages: [{ stage: 'np', on: '2025-02-30' }] }), 'stages.0.on');
    await expectField(buildItem({ stages: [{ stage: 'np', on: '2099-01-01' }] }), 'stages.0.on');
    await expectField(buildItem({ chinaRole: 'chaired' as never }), 'chinaRole');
    await expectField(buildItem({ body: 'ieee' as never }), 'body');
    await expectField(buildItem({ reference: ' ' }), 'reference');
    await expectField(buildItem({ relatedStandard: 'GB/T 99999-2024' }), 'relatedStandard');
    await expectField(buildItem({ relatedStandard: 'XX 1-2020' }), 'relatedStandard');
    await expectField({ ...buildItem(), extra: 1 }, 'extra');
    const cBefore = internationalItemSchema.parse(
      (await viewer.get(`/api/v1/international-items/${byRef.C?.id}`)).body,
    );
    const patch = await editor.patch(`/api/v1/international-items/${byRef.C?.id}`).send({
      version: cBefore.version,
      stages: [
        { stage: 'published', on: '2025-01-01' },
        { stage: 'np', on: '2025-02-01' },
      ],
    });
    expect(patch.status).toBe(400);
    expect(patch.body.errors[0].field).toBe('stages.0.on');
    expect(await ctx.handle.db.selectFrom('international_item').select('id').execute()).toHaveLength(before.length);
    const c = internationalItemSchema.parse((await viewer.get(`/api/v1/international-items/${byRef.C?.id}`)).body);
    expect(c.version).toBe(cBefore.version);
  });

  it('checks roles: viewers read, editors write, strangers neither', async () => {
    await request(ctx.app).get('/api/v1/international-items').expect(401);
    await viewer.post('/api/v1/international-items').send(buildItem()).expect(403);
    await viewer.patch(`/api/v1/international-items/${byRef.F?.id}`).send({ version: 1, notes: 'x' }).expect(403);
    await viewer.delete(`/api/v1/international-items/${byRef.F?.id}`).expect(403);
    await viewer.get(`/api/v1/international-items/${byRef.F?.id}`).expect(200);
  });

  it('edits with version checks, refuses a duplicate reference, soft-deletes and restores', async () => {
    const f = byRef.F;
    if (!f) throw new Error('fixture');
    const edited = await editor
      .patch(`/api/v1/international-items/${f.id}`)
      .send({ version: f.version, stages: [{ stage: 'np', on: '2026-01-05' }], chinaRole: 'co_edited' });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const after = internationalItemSchema.parse(edited.body);
    expect(after).toMatchObject({ version: 2, chinaRole: 'co_edited', stages: [{ stage: 'np', on: '2026-01-05' }] });
    // The same change again changes nothing: no new version.
    const same = await editor
      .patch(`/api/v1/international-items/${f.id}`)
      .send({ version: 2, stages: [{ stage: 'np', on: '2026-01-05' }], chinaRole: 'co_edited' })
      .expect(200);
    expect(same.body.version).toBe(2);
    const stale = await editor.patch(`/api/v1/international-items/${f.id}`).send({ version: 1, notes: 'late' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', current: { version: 2 } });
    const dup = await editor.post('/api/v1/international-items').send(buildItem({ reference: 'ISO/IEC TEST A' }));
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('INTERNATIONAL_ITEM_EXISTS');
    // Another body may use the same reference text.
    await create({ body: 'iso', reference: 'ISO/IEC TEST A' });
    const rename = await editor
      .patch(`/api/v1/international-items/${f.id}`)
      .send({ version: 2, reference: 'ISO/IEC TEST A' });
    expect(rename.status).toBe(409);
    await editor.delete(`/api/v1/international-items/${f.id}`).expect(204);
    await editor.delete(`/api/v1/international-items/${f.id}`).expect(404);
    await editor.patch(`/api/v1/international-items/${f.id}`).send({ version: 3, notes: 'x' }).expect(404);
    const gone = internationalItemSchema.parse((await viewer.get(`/api/v1/international-items/${f.id}`)).body);
    expect(gone.deletedAt).not.toBeNull();
    const restored = await editor.post(`/api/v1/international-items/${f.id}/restore`).expect(200);
    expect(internationalItemSchema.parse(restored.body).deletedAt).toBeNull();
    // E was deleted and its reference is still free: restoring it works; a re-entered E would block it.
    await create({ reference: 'ISO/IEC TEST E' });
    const blocked = await editor.post(`/api/v1/international-items/${byRef.E?.id}/restore`);
    expect(blocked.status).toBe(409);
    await editor.get('/api/v1/international-items/999999').expect(404);
  });
});

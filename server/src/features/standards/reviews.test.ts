import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { reviewSchema, reviewsDueSchema } from '@cloudstd/shared/schemas/review';
import { standardSchema, type Standard } from '@cloudstd/shared/schemas/standard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

describe.each(testDatabaseDrivers())('five-year review (复审) on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;
  const create = async (overrides: Parameters<typeof buildStandard>[0]): Promise<Standard> => {
    const res = await editor.post('/api/v1/standards').send(buildStandard(overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return standardSchema.parse(res.body);
  };
  const due = async (query: string) =>
    reviewsDueSchema.parse((await viewer.get(`/api/v1/standards/reviews-due?${query}`).expect(200)).body);

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
  });
  afterAll(() => ctx.close());

  it('lists standards in force for five years as of a date, and a confirmed review restarts the clock', async () => {
    const old = await create({ number: 'GB/T 42001-2018', publishedOn: '2018-06-01', inForceOn: '2019-01-01' });
    await create({ number: 'GB/T 42002-2020', publishedOn: '2020-06-01', inForceOn: '2021-01-01', committee: 'TC260' });
    await create({
      number: 'GB/T 42003-2015',
      publishedOn: '2015-06-01',
      inForceOn: '2016-01-01',
      withdrawnOn: '2020-01-01',
    });

    expect((await due('asOf=2023-12-31')).items).toEqual([]);
    const at2024 = await due('asOf=2024-01-01');
    expect(at2024.items).toEqual([
      {
        id: old.id,
        number: 'GB/T 42001-2018',
        titleZh: old.titleZh,
        level: 'national',
        committee: 'TC28/SC38',
        inForceOn: '2019-01-01',
        dueOn: '2024-01-01',
        lastReview: null,
      },
    ]);
    expect((await due('asOf=2026-06-01')).items.map((item) => item.number)).toEqual([
      'GB/T 42001-2018',
      'GB/T 42002-2020',
    ]);
    expect((await due('asOf=2026-06-01&committee=TC260')).items.map((item) => item.number)).toEqual([
      'GB/T 42002-2020',
    ]);
    // The filter is normalised as the standards are: a code typed as printed on a cover finds the same bucket.
    expect(
      (await due(`asOf=2026-06-01&committee=${encodeURIComponent('SAC/TC 260')}`)).items.map((item) => item.number),
    ).toEqual(['GB/T 42002-2020']);
    expect((await due('asOf=2026-06-01&level=industry')).items).toEqual([]);

    const res = await editor
      .post(`/api/v1/standards/${old.id}/reviews`)
      .send({ outcome: 'confirmed', reviewedOn: '2024-03-01', notes: '复审结论：继续有效' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(reviewSchema.parse(res.body)).toMatchObject({ outcome: 'confirmed', reviewedOn: '2024-03-01' });
    expect((await due('asOf=2026-06-01')).items.map((item) => item.number)).toEqual(['GB/T 42002-2020']);
    const later = await due('asOf=2029-03-01');
    expect(later.items.find((item) => item.id === old.id)).toMatchObject({
      dueOn: '2029-03-01',
      lastReview: { outcome: 'confirmed', reviewedOn: '2024-03-01' },
    });
    const history = await viewer.get(`/api/v1/standards/${old.id}/history`).expect(200);
    expect(history.body[0]).toMatchObject({ action: 'review', actor: 'editor' });
  });

  it('refuses a bad outcome, a review before the in-force date and viewers: nothing written', async () => {
    const standard = await create({ number: 'GB/T 42004-2020', publishedOn: '2020-06-01', inForceOn: '2021-01-01' });
    const reviews = async () => (await ctx.handle.db.selectFrom('standard_review').select('id').execute()).length;
    const before = await reviews();
    const badOutcome = await editor
      .post(`/api/v1/standards/${standard.id}/reviews`)
      .send({ outcome: 'maybe', reviewedOn: '2026-01-01' });
    expect(badOutcome.status).toBe(400);
    expect(badOutcome.body.errors[0].field).toBe('outcome');
    const early = await editor
      .post(`/api/v1/standards/${standard.id}/reviews`)
      .send({ outcome: 'revise', reviewedOn: '2020-12-31' });
    expect(early.status).toBe(400);
    expect(early.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(early.body.errors[0]).toMatchObject({
      field: 'reviewedOn',
      messageZh: expect.stringContaining('实施日期'),
      messageEn: expect.stringContaining('in-force date'),
    });
    expect((await viewer.post(`/api/v1/standards/${standard.id}/reviews`).send({})).status).toBe(403);
    expect(
      (await editor.post('/api/v1/standards/999999/reviews').send({ outcome: 'revise', reviewedOn: '2026-01-01' }))
        .status,
    ).toBe(404);
    expect((await viewer.get('/api/v1/standards/reviews-due?asOf=2026-02-30')).status).toBe(400);
    expect(await reviews()).toBe(before);
  });
});

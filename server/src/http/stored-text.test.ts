import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { completeCreditCode } from '@cloudstd/shared/domain/credit-code';
import { adoptionSchema, enterpriseSchema } from '@cloudstd/shared/schemas/enterprise';
import { standardSchema } from '@cloudstd/shared/schemas/standard';
import { targetSetListSchema } from '@cloudstd/shared/schemas/target-set';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../testing/factories.ts';
import { storedDataFingerprint } from '../testing/fuzz-requests.ts';
import { createTestContext, type TestContext } from '../testing/test-app.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

const expectRefused = (res: request.Response, field: string, en: RegExp) => {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe('VALIDATION_FAILED');
  expect(res.body.errors).toContainEqual({
    field,
    messageZh: expect.any(String),
    messageEn: expect.stringMatching(en),
  });
};

/** White space at either end, as a paste from a document leaves it: ASCII, ideographic, no-break. */
const padded = [' 前有空格', '后有空格 ', '\u3000全角空格', '不换行空格\u00a0', '\n换行', '制表\t'];
const atEnds = /start or end/;

let sequence = 0;
const creditCode = () => completeCreditCode(`913101${String(200000000 + ++sequence * 7919).slice(-9)}00`);

describe.each(testDatabaseDrivers())('stored text on %s is kept exactly as sent or refused (#17)', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let admin: Agent;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    admin = await ctx.signedIn('admin');
  });
  afterAll(() => ctx.close());

  it('refuses white space at either end of a one-line text, naming the field, and stores nothing', async () => {
    const before = await storedDataFingerprint(ctx.handle.db);
    const enterpriseId = enterpriseSchema.parse(
      (await editor.post('/api/v1/enterprises').send({ name: '留白测试企业', creditCode: creditCode() }).expect(201))
        .body,
    ).id;
    const standardId = standardSchema.parse((await editor.post('/api/v1/standards').send(buildStandard())).body).id;
    const [set] = targetSetListSchema.parse((await admin.get('/api/v1/target-sets').expect(200)).body);
    const middle = await storedDataFingerprint(ctx.handle.db);
    for (const text of padded) {
      expectRefused(await editor.post('/api/v1/standards').send(buildStandard({ titleZh: text })), 'titleZh', atEnds);
      expectRefused(await editor.post('/api/v1/standards').send(buildStandard({ titleEn: text })), 'titleEn', atEnds);
      expectRefused(
        await editor.post('/api/v1/standards').send(buildStandard({ committee: text })),
        'committee',
        atEnds,
      );
      expectRefused(await editor.post('/api/v1/standards').send(buildStandard({ tags: [text] })), 'tags.0', atEnds);
      expectRefused(
        await editor.patch(`/api/v1/standards/${standardId}`).send({ version: 1, titleZh: text }),
        'titleZh',
        atEnds,
      );
      expectRefused(
        await editor.post('/api/v1/enterprises').send({ name: text, creditCode: creditCode() }),
        'name',
        atEnds,
      );
      for (const field of ['industry', 'province']) {
        expectRefused(
          await editor.post('/api/v1/enterprises').send({ name: '企业', creditCode: creditCode(), [field]: text }),
          field,
          atEnds,
        );
      }
      expectRefused(
        await editor
          .post('/api/v1/adoptions')
          .send({ enterpriseId, standardId, adoptedOn: '2026-01-05', evidence: 'other', reference: text }),
        'reference',
        atEnds,
      );
      expectRefused(
        await admin.patch(`/api/v1/target-sets/${set?.key ?? ''}`).send({ version: set?.version, nameZh: text }),
        'nameZh',
        atEnds,
      );
      const user = await admin.post('/api/v1/users').send({ username: `${text}x`, password: 'long enough 123' });
      expect(user.status).toBe(400);
    }
    // Blank is not a title.
    expectRefused(
      await editor.post('/api/v1/standards').send(buildStandard({ titleZh: '\u3000 ' })),
      'titleZh',
      /white space only/,
    );
    expect(await storedDataFingerprint(ctx.handle.db)).toEqual(middle);
    expect(middle).not.toEqual(before);
  });

  it('stores text exactly as sent: inner spaces, full-width forms and notes with their line breaks', async () => {
    const notes = '  第一行\n\t第二行  \n';
    const sent = {
      titleZh: '信息技术　云计算  参考架构（示例）',
      titleEn: 'Cloud  computing — Reference architecture',
      committee: '中国通信标准化协会（CCSA）',
      tags: ['政务　云'],
      notes,
    };
    const created = standardSchema.parse(
      (await editor.post('/api/v1/standards').send(buildStandard(sent)).expect(201)).body,
    );
    expect(created).toMatchObject(sent);
    const fetched = standardSchema.parse((await editor.get(`/api/v1/standards/${created.id}`).expect(200)).body);
    expect(fetched).toMatchObject(sent);
    const patched = await editor.patch(`/api/v1/standards/${created.id}`).send({ version: 1, notes: `${notes} ` });
    expect(standardSchema.parse(patched.body).notes).toBe(`${notes} `);

    const enterprise = enterpriseSchema.parse(
      (
        await editor
          .post('/api/v1/enterprises')
          .send({ name: '示例（上海）云  服务有限公司', creditCode: creditCode(), notes })
          .expect(201)
      ).body,
    );
    expect(enterprise).toMatchObject({ name: '示例（上海）云  服务有限公司', notes });
    const adoption = adoptionSchema.parse(
      (
        await editor
          .post('/api/v1/adoptions')
          .send({
            enterpriseId: enterprise.id,
            standardId: created.id,
            adoptedOn: '2026-01-05',
            evidence: 'other',
            notes,
          })
          .expect(201)
      ).body,
    );
    expect(adoption.notes).toBe(notes);
  });
});

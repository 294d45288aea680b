import { demoAdoptions, demoEnterprises, seedDemoData } from '@cloudstd/db/seeds/demo-data';
import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { completeCreditCode, creditCodeCheckCharacter, parseCreditCode } from '@cloudstd/shared/domain/credit-code';
import {
  breakdownResponseSchema,
  dashboardSummarySchema,
  timelineResponseSchema,
} from '@cloudstd/shared/schemas/dashboard';
import {
  adoptionListSchema,
  adoptionSchema,
  draftedStandardsSchema,
  enterpriseListSchema,
  enterpriseSchema,
  type Adoption,
  type CreateEnterpriseFormValues,
  type Enterprise,
} from '@cloudstd/shared/schemas/enterprise';
import { standardSchema } from '@cloudstd/shared/schemas/standard';
import { sql } from 'kysely';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

let sequence = 0;
/** A valid code: registered by market regulation (9), an enterprise (1), in Shanghai, numbered by the test. */
function validCode(): string {
  sequence += 1;
  return completeCreditCode(`913101${String(100000000 + sequence * 7919).slice(-9)}00`);
}

/** The same body with a wrong check character: well formed, but the checksum fails. */
function failingCode(): string {
  const code = validCode();
  const wrong = code.charAt(17) === '0' ? '1' : '0';
  return code.slice(0, 17) + wrong;
}

function buildEnterprise(overrides: Partial<CreateEnterpriseFormValues> = {}): CreateEnterpriseFormValues {
  return {
    name: `测试云计算企业 ${sequence + 1}`,
    creditCode: validCode(),
    industry: '软件和信息技术服务',
    province: '上海',
    size: 'medium',
    ...overrides,
  };
}

describe.each(testDatabaseDrivers())('enterprise registry on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let admin: Agent;
  let viewer: Agent;
  const counts = async () => ({
    enterprises: (await ctx.handle.db.selectFrom('enterprise').select('id').execute()).length,
    audit: (await ctx.handle.db.selectFrom('audit_log').select('id').where('entity', '=', 'enterprise').execute())
      .length,
  });
  const create = async (overrides: Partial<CreateEnterpriseFormValues> = {}, as: Agent = editor) => {
    const res = await as.post('/api/v1/enterprises').send(buildEnterprise(overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return enterpriseSchema.parse(res.body);
  };

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    admin = await ctx.signedIn('admin');
    viewer = await ctx.signedIn('viewer');
  });
  afterAll(() => ctx.close());

  it('records an enterprise with its code normalised from lower case, full width and spaces', async () => {
    const code = validCode();
    const typed = ` ${code.slice(0, 9)}\u3000${code.slice(9)} `
      .toLowerCase()
      .replace(/[0-9a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const enterprise = await create({ name: '示例云服务有限公司', creditCode: typed, notes: '' });
    expect(enterprise).toMatchObject({
      name: '示例云服务有限公司',
      creditCode: code,
      industry: '软件和信息技术服务',
      province: '上海',
      size: 'medium',
      notes: null,
      version: 1,
      creditCodeOverride: null,
      adoptionCount: 0,
      firstAdoptedOn: null,
      createdBy: 'editor',
      deletedAt: null,
    });
    const fetched = enterpriseSchema.parse((await viewer.get(`/api/v1/enterprises/${enterprise.id}`).expect(200)).body);
    expect(fetched).toEqual(enterprise);
  });

  it('refuses a wrong length or a character outside the alphabet, even from an admin overriding', async () => {
    const before = await counts();
    const code = validCode();
    for (const [creditCode, message] of [
      [code.slice(0, 17), /18/],
      [`${code.slice(0, 5)}O${code.slice(6)}`, /I, O, Z, S/],
    ] as const) {
      const res = await admin
        .post('/api/v1/enterprises')
        .send(buildEnterprise({ creditCode, creditCodeOverride: { reason: '确认无误' } }));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'creditCode', messageEn: expect.stringMatching(message) }),
      ]);
    }
    const missing = await editor.post('/api/v1/enterprises').send({ creditCode: code });
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['name']);
    expect(await counts()).toEqual(before);
  });

  it('refuses a failing check character with its expected value; only an admin may override, with a reason, audited', async () => {
    const before = await counts();
    const code = failingCode();
    const expected = creditCodeCheckCharacter(code.slice(0, 17));

    const plain = await editor.post('/api/v1/enterprises').send(buildEnterprise({ creditCode: code }));
    expect(plain.status).toBe(400);
    expect(plain.body).toMatchObject({
      code: 'CREDIT_CODE_CHECKSUM',
      expectedCheckCharacter: expected,
      overridable: true,
    });
    expect(plain.body.errors[0]).toMatchObject({ field: 'creditCode' });
    expect(plain.body.errors[0].messageZh).toContain(`“${expected}”`);

    const byEditor = await editor
      .post('/api/v1/enterprises')
      .send(buildEnterprise({ creditCode: code, creditCodeOverride: { reason: '营业执照上即为此代码' } }));
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.detailZh).toContain('管理员');

    const noReason = await admin
      .post('/api/v1/enterprises')
      .send(buildEnterprise({ creditCode: code, creditCodeOverride: { reason: '  ' } }));
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('creditCodeOverride.reason');
    expect(await counts()).toEqual(before);

    const overridden = await create(
      { creditCode: code, creditCodeOverride: { reason: '营业执照上即为此代码，已电话核实' } },
      admin,
    );
    expect(overridden.creditCode).toBe(code);
    expect(overridden.creditCodeOverride).toMatchObject({
      reason: '营业执照上即为此代码，已电话核实',
      by: 'admin',
      expectedCheckCharacter: expected,
    });
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'enterprise')
      .where('entity_id', '=', String(overridden.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({
      creditCode: code,
      creditCodeOverride: { reason: '营业执照上即为此代码，已电话核实' },
    });

    // Editing other fields keeps the override; correcting the code drops it.
    const renamed = await editor
      .patch(`/api/v1/enterprises/${overridden.id}`)
      .send({ name: '改名后的企业', creditCode: code, version: 1 });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body.creditCodeOverride?.reason).toBe('营业执照上即为此代码，已电话核实');
    const corrected = await editor
      .patch(`/api/v1/enterprises/${overridden.id}`)
      .send({ creditCode: code.slice(0, 17) + expected, version: 2 });
    expect(corrected.status).toBe(200);
    expect(corrected.body.creditCodeOverride).toBeNull();
    const failingAgain = await editor
      .patch(`/api/v1/enterprises/${overridden.id}`)
      .send({ creditCode: code, version: 3 });
    expect(failingAgain.body.code).toBe('CREDIT_CODE_CHECKSUM');
  });

  it('refuses a credit code already recorded (in any width) with 409 naming the record, writing nothing', async () => {
    const existing = await create();
    const before = await counts();
    const fullWidth = existing.creditCode.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const res = await editor.post('/api/v1/enterprises').send(buildEnterprise({ creditCode: fullWidth }));
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'CREDIT_CODE_TAKEN',
      existing: { id: existing.id, name: existing.name, creditCode: existing.creditCode },
    });
    const other = await create();
    const clash = await editor
      .patch(`/api/v1/enterprises/${other.id}`)
      .send({ creditCode: existing.creditCode, version: other.version });
    expect(clash.status).toBe(409);
    expect(await counts()).toEqual({ ...before, enterprises: before.enterprises + 1, audit: before.audit + 1 });
  });

  it('corrects with the version: a stale one gets 409 with the current record; one of two concurrent edits wins', async () => {
    const enterprise = await create({ name: '原名' });
    const first = await editor.patch(`/api/v1/enterprises/${enterprise.id}`).send({ name: '新名', version: 1 });
    expect(first.body).toMatchObject({ name: '新名', version: 2, updatedBy: 'editor' });
    const stale = await editor.patch(`/api/v1/enterprises/${enterprise.id}`).send({ name: '过期', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', current: { name: '新名', version: 2 } });
    const noVersion = await editor.patch(`/api/v1/enterprises/${enterprise.id}`).send({ name: 'x' });
    expect(noVersion.body.errors[0].field).toBe('version');

    const [a, b] = await Promise.all([
      editor.patch(`/api/v1/enterprises/${enterprise.id}`).send({ industry: '金融', version: 2 }),
      admin.patch(`/api/v1/enterprises/${enterprise.id}`).send({ industry: '制造', version: 2 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const cleared = await editor
      .patch(`/api/v1/enterprises/${enterprise.id}`)
      .send({ industry: null, province: '', size: null, version: 3 });
    expect(cleared.body).toMatchObject({ industry: null, province: null, size: null });
  });

  it('deletes softly and restores; a deleted code may be entered again, and restoring then is a conflict', async () => {
    const enterprise = await create();
    await editor.delete(`/api/v1/enterprises/${enterprise.id}`).expect(204);
    expect((await viewer.get(`/api/v1/enterprises?q=${enterprise.creditCode}`)).body.total).toBe(0);
    const deleted = enterpriseListSchema.parse(
      (await editor.get(`/api/v1/enterprises?q=${enterprise.creditCode}&deleted=only`)).body,
    );
    expect(deleted.items.map((e) => e.id)).toEqual([enterprise.id]);
    await editor.delete(`/api/v1/enterprises/${enterprise.id}`).expect(404);
    await editor.patch(`/api/v1/enterprises/${enterprise.id}`).send({ name: 'x', version: 2 }).expect(404);

    const again = await create({ creditCode: enterprise.creditCode });
    expect((await editor.post(`/api/v1/enterprises/${enterprise.id}/restore`)).body.code).toBe('CREDIT_CODE_TAKEN');
    await editor.delete(`/api/v1/enterprises/${again.id}`).expect(204);
    const restored = await editor.post(`/api/v1/enterprises/${enterprise.id}/restore`).expect(200);
    expect(restored.body).toMatchObject({ id: enterprise.id, deletedAt: null });
    await viewer.get('/api/v1/enterprises/999999').expect(404);
  });

  it('keeps writes to editors and admins and every call to signed-in users', async () => {
    const enterprise = await create();
    const before = await counts();
    await viewer.post('/api/v1/enterprises').send(buildEnterprise()).expect(403);
    await viewer.patch(`/api/v1/enterprises/${enterprise.id}`).send({ name: 'x', version: 1 }).expect(403);
    await viewer.delete(`/api/v1/enterprises/${enterprise.id}`).expect(403);
    await viewer.post(`/api/v1/enterprises/${enterprise.id}/restore`).expect(403);
    await viewer.post('/api/v1/adoptions').send({}).expect(403);
    await viewer.delete('/api/v1/adoptions/1').expect(403);
    await request(ctx.app).get('/api/v1/enterprises').expect(401);
    await request(ctx.app).get('/api/v1/adoptions').expect(401);
    await request(ctx.app).get(`/api/v1/enterprises/${enterprise.id}`).expect(401);
    expect(await counts()).toEqual(before);
  });

  it('audits every write with its actor and request', async () => {
    const enterprise = await create();
    await editor.patch(`/api/v1/enterprises/${enterprise.id}`).send({ province: '北京', version: 1 }).expect(200);
    await editor.delete(`/api/v1/enterprises/${enterprise.id}`).expect(204);
    await editor.post(`/api/v1/enterprises/${enterprise.id}/restore`).expect(200);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'enterprise')
      .where('entity_id', '=', String(enterprise.id))
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['create', 'update', 'delete', 'restore']);
    expect(audit[1]).toMatchObject({ before: { province: '上海' }, after: { province: '北京' } });
    expect(audit.every((row) => row.actor_id !== null && row.request_id)).toBe(true);
  });

  it('lists the standards whose 起草单位 contain the enterprise’s exact name, with their status as of a date', async () => {
    const enterprise = await create({ name: '起草单位测试云计算有限公司' });
    const standard = async (overrides: Parameters<typeof buildStandard>[0]) => {
      const res = await editor.post('/api/v1/standards').send(buildStandard(overrides));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return standardSchema.parse(res.body);
    };
    const older = await standard({
      publishedOn: '2020-03-01',
      inForceOn: '2020-10-01',
      draftingOrganisations: ['中国电子技术标准化研究院', '起草单位测试云计算有限公司'],
    });
    const newer = await standard({ draftingOrganisations: ['起草单位测试云计算有限公司'] });
    // Not the exact name: a branch, or the name inside a longer one.
    await standard({ draftingOrganisations: ['起草单位测试云计算有限公司北京分公司'] });
    await standard({ draftingOrganisations: ['起草单位测试云计算'] });
    const deleted = await standard({ draftingOrganisations: ['起草单位测试云计算有限公司'] });
    await editor.delete(`/api/v1/standards/${deleted.id}`).expect(204);

    const res = await viewer.get(`/api/v1/enterprises/${enterprise.id}/drafted-standards?asOf=2024-12-31`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const drafted = draftedStandardsSchema.parse(res.body);
    expect(drafted).toEqual({
      asOf: '2024-12-31',
      items: [
        {
          id: newer.id,
          number: newer.number,
          planNumber: null,
          titleZh: newer.titleZh,
          level: 'national',
          status: 'published',
          publishedOn: '2024-06-01',
        },
        expect.objectContaining({ id: older.id, status: 'in_force', publishedOn: '2020-03-01' }),
      ],
    });
    const other = await create();
    expect(
      draftedStandardsSchema.parse(
        (await viewer.get(`/api/v1/enterprises/${other.id}/drafted-standards`).expect(200)).body,
      ).items,
    ).toEqual([]);
    const missing = await viewer.get('/api/v1/enterprises/999999/drafted-standards');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await viewer.get(`/api/v1/enterprises/${enterprise.id}/drafted-standards?asOf=2024-02-30`)).status).toBe(
      400,
    );
    await request(ctx.app).get(`/api/v1/enterprises/${enterprise.id}/drafted-standards`).expect(401);
  });
});

describe.each(testDatabaseDrivers())('adoptions and the enterprise goal on %s', (driver) => {
  // Every test counts from no adoptions, with six standards of its own in a database of its own.
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;
  let standards: number[];

  const enterprise = async (overrides: Partial<CreateEnterpriseFormValues> = {}): Promise<Enterprise> => {
    const res = await editor.post('/api/v1/enterprises').send(buildEnterprise(overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return enterpriseSchema.parse(res.body);
  };
  const adopt = async (enterpriseId: number, standardId: number, adoptedOn: string): Promise<Adoption> => {
    const res = await editor.post('/api/v1/adoptions').send({
      enterpriseId,
      standardId,
      adoptedOn,
      evidence: 'certificate',
      reference: `CERT-${enterpriseId}-${standardId}`,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return adoptionSchema.parse(res.body);
  };
  const counted = async (asOf: string) =>
    dashboardSummarySchema.parse((await viewer.get(`/api/v1/dashboard/summary?asOf=${asOf}`).expect(200)).body)
      .enterprises.counted;
  /** The goal's definition, counted straight from the adoptions: what the rollup must always agree with. */
  const countedFromScratch = async (asOf: string) => {
    const row = await sql<{ n: number }>`
      select count(distinct a.enterprise_id) as n from adoption a
      join enterprise e on e.id = a.enterprise_id and e.deleted_at is null
      join standard s on s.id = a.standard_id and s.deleted_at is null
      where a.adopted_on <= ${asOf}::date`.execute(ctx.handle.db);
    return Number(row.rows[0]?.n);
  };
  const rollupMatchesAdoptions = async () => {
    const first = await sql<{ enterprise_id: number; first_on: string }>`
      select a.enterprise_id, min(a.adopted_on) as first_on from adoption a
      join enterprise e on e.id = a.enterprise_id and e.deleted_at is null
      join standard s on s.id = a.standard_id and s.deleted_at is null
      group by 1 order by 1`.execute(ctx.handle.db);
    const rollup = await ctx.handle.db
      .selectFrom('enterprise_first_adoption')
      .select(['enterprise_id', 'first_on'])
      .orderBy('enterprise_id')
      .execute();
    expect(rollup).toEqual(first.rows);
    const months = await sql<{ month: string; n: number }>`
      select to_char(date_trunc('month', first_on), 'YYYY-MM') as month, count(*) as n
      from enterprise_first_adoption group by 1 order by 1`.execute(ctx.handle.db);
    const buckets = await sql<{ month: string; n: number }>`
      select to_char(month, 'YYYY-MM') as month, enterprises as n from enterprise_adoption_month
      where enterprises <> 0 order by 1`.execute(ctx.handle.db);
    expect(buckets.rows).toEqual(months.rows);
  };

  beforeEach(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
    standards = [];
    for (let i = 0; i < 6; i++) {
      const res = await editor.post('/api/v1/standards').send(buildStandard());
      standards.push(standardSchema.parse(res.body).id);
    }
  });
  afterEach(() => ctx.close());

  it('counts an enterprise with five adoptions once, from its earliest adoption date on', async () => {
    expect(await counted('2026-06-30')).toBe(0);
    const busy = await enterprise({ name: '五项贯标企业' });
    const dates = ['2026-03-15', '2026-01-20', '2026-05-01', '2026-02-28', '2026-04-10'];
    for (const [i, date] of dates.entries()) await adopt(busy.id, standards[i] ?? 0, date);
    expect(await counted('2026-06-30')).toBe(1);
    expect(await counted('2026-01-19')).toBe(0);
    expect(await counted('2026-01-20')).toBe(1);
    const fetched = enterpriseSchema.parse((await viewer.get(`/api/v1/enterprises/${busy.id}`)).body);
    expect(fetched).toMatchObject({ adoptionCount: 5, firstAdoptedOn: '2026-01-20' });
    await rollupMatchesAdoptions();
  });

  it('counts on the adoption date itself, not the day before, across month and year boundaries', async () => {
    const base = await counted('2030-01-01');
    const a = await enterprise();
    const b = await enterprise();
    await adopt(a.id, standards[0] ?? 0, '2025-12-31');
    await adopt(b.id, standards[0] ?? 0, '2026-07-01');
    const before = await counted('2025-12-30');
    expect(await counted('2025-12-31')).toBe(before + 1);
    const june = await counted('2026-06-30');
    expect(await counted('2026-07-01')).toBe(june + 1);
    expect(await counted('2030-01-01')).toBe(base + 2);
    for (const asOf of ['2025-12-30', '2025-12-31', '2026-01-01', '2026-06-30', '2026-07-01', '2026-07-31']) {
      expect(await counted(asOf), asOf).toBe(await countedFromScratch(asOf));
    }
  });

  it('refuses a second adoption of the same standard with 409 and the existing record, counting nothing twice', async () => {
    const e = await enterprise();
    const first = await adopt(e.id, standards[1] ?? 0, '2026-02-02');
    const total = await counted('2030-01-01');
    const again = await editor
      .post('/api/v1/adoptions')
      .send({ enterpriseId: e.id, standardId: standards[1], adoptedOn: '2025-01-01', evidence: 'assessment' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'ADOPTION_EXISTS', existing: { id: first.id, adoptedOn: '2026-02-02' } });
    expect(await counted('2030-01-01')).toBe(total);
    expect(await counted('2025-06-01')).toBe(await countedFromScratch('2025-06-01'));
  });

  it('refuses adoptions of unknown or deleted records and future dates, naming the field', async () => {
    const e = await enterprise();
    const post = (body: object) =>
      editor
        .post('/api/v1/adoptions')
        .send({ enterpriseId: e.id, standardId: standards[2], adoptedOn: '2026-01-01', evidence: 'other', ...body });
    expect((await post({ standardId: 999999 })).body.errors[0].field).toBe('standardId');
    expect((await post({ enterpriseId: 999999 })).body.errors[0].field).toBe('enterpriseId');
    expect((await post({ adoptedOn: '2999-01-01' })).body.errors[0].field).toBe('adoptedOn');
    expect((await post({ adoptedOn: '2026-02-30' })).body.errors[0].field).toBe('adoptedOn');
    expect((await post({ evidence: 'rumour' })).body.errors[0].field).toBe('evidence');
    const extra = await editor.post('/api/v1/standards').send(buildStandard());
    await editor.delete(`/api/v1/standards/${extra.body.id}`).expect(204);
    const res = await post({ standardId: extra.body.id });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'standardId', messageZh: '标准不存在或已删除' });
    const adoptions = adoptionListSchema.parse((await viewer.get(`/api/v1/adoptions?enterprise=${e.id}`)).body);
    expect(adoptions.total).toBe(0);
  });

  it('takes a deleted standard’s adoptions out of the count and puts them back on restore', async () => {
    const standard = standardSchema.parse((await editor.post('/api/v1/standards').send(buildStandard())).body);
    const only = await enterprise({ name: '仅贯标一项' });
    const both = await enterprise({ name: '贯标两项' });
    await adopt(only.id, standard.id, '2026-03-01');
    await adopt(both.id, standard.id, '2026-03-01');
    await adopt(both.id, standards[3] ?? 0, '2026-05-01');
    const total = await counted('2026-12-31');

    await editor.delete(`/api/v1/standards/${standard.id}`).expect(204);
    expect(await counted('2026-12-31')).toBe(total - 1);
    expect(await counted('2026-04-01')).toBe(await countedFromScratch('2026-04-01'));
    const reloaded = enterpriseSchema.parse((await viewer.get(`/api/v1/enterprises/${both.id}`)).body);
    expect(reloaded).toMatchObject({ adoptionCount: 1, firstAdoptedOn: '2026-05-01' });
    const listed = adoptionListSchema.parse((await viewer.get(`/api/v1/adoptions?enterprise=${both.id}`)).body);
    expect(listed.items.find((a) => a.standardId === standard.id)?.standardDeleted).toBe(true);
    await rollupMatchesAdoptions();

    await editor.post(`/api/v1/standards/${standard.id}/restore`).expect(200);
    expect(await counted('2026-12-31')).toBe(total);
    expect((await viewer.get(`/api/v1/enterprises/${both.id}`)).body.firstAdoptedOn).toBe('2026-03-01');
    await rollupMatchesAdoptions();
  });

  it('follows enterprise deletion and restoration, and adoption deletion, audited', async () => {
    const e = await enterprise();
    const early = await adopt(e.id, standards[4] ?? 0, '2025-11-11');
    await adopt(e.id, standards[5] ?? 0, '2026-08-08');
    const total = await counted('2026-12-31');
    await editor.delete(`/api/v1/enterprises/${e.id}`).expect(204);
    expect(await counted('2026-12-31')).toBe(total - 1);
    expect((await viewer.get(`/api/v1/adoptions?enterprise=${e.id}`)).body.total).toBe(0);
    await editor.post(`/api/v1/enterprises/${e.id}/restore`).expect(200);
    expect(await counted('2026-12-31')).toBe(total);

    const countedNov = await counted('2025-11-30');
    await editor.delete(`/api/v1/adoptions/${early.id}`).expect(204);
    await editor.delete(`/api/v1/adoptions/${early.id}`).expect(404);
    expect(await counted('2025-11-30')).toBe(countedNov - 1);
    expect((await viewer.get(`/api/v1/enterprises/${e.id}`)).body.firstAdoptedOn).toBe('2026-08-08');
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'adoption')
      .where('entity_id', '=', String(early.id))
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['create', 'delete']);
    expect(audit[1]?.before).toMatchObject({ enterpriseId: e.id, adoptedOn: '2025-11-11', evidence: 'certificate' });
    await rollupMatchesAdoptions();
  });

  it('rolls back an adoption (and leaves the count) when its audit row cannot be written', async () => {
    const e = await enterprise();
    const total = await counted('2030-01-01');
    await sql`alter table audit_log add constraint audit_refuses check (entity <> 'adoption') not valid`.execute(
      ctx.handle.db,
    );
    try {
      const res = await editor
        .post('/api/v1/adoptions')
        .send({ enterpriseId: e.id, standardId: standards[0], adoptedOn: '2026-01-01', evidence: 'other' });
      expect(res.status).toBe(500);
    } finally {
      await sql`alter table audit_log drop constraint audit_refuses`.execute(ctx.handle.db);
    }
    expect(await counted('2030-01-01')).toBe(total);
    await rollupMatchesAdoptions();
  });

  it('keeps the rollup equal to the adoptions under concurrent writes for one enterprise', async () => {
    const e = await enterprise();
    const results = await Promise.all(
      standards.map((standardId, i) =>
        editor
          .post('/api/v1/adoptions')
          .send({ enterpriseId: e.id, standardId, adoptedOn: `2026-0${(i % 6) + 1}-15`, evidence: 'self_declaration' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(standards.map(() => 201));
    const ids = results.map((r) => Number(r.body.id));
    await Promise.all([
      editor.delete(`/api/v1/adoptions/${ids[0]}`),
      editor.delete(`/api/v1/adoptions/${ids[1]}`),
      editor.post('/api/v1/adoptions').send({
        enterpriseId: (await enterprise()).id,
        standardId: standards[0],
        adoptedOn: '2026-01-15',
        evidence: 'other',
      }),
    ]);
    expect((await viewer.get(`/api/v1/enterprises/${e.id}`)).body.firstAdoptedOn).toBe('2026-03-15');
    await rollupMatchesAdoptions();
  });

  it('keeps the rollup right for writes outside the API (an import or a bulk insert)', async () => {
    const e = await enterprise();
    const f = await enterprise();
    await ctx.handle.db
      .insertInto('adoption')
      .values([
        { enterprise_id: e.id, standard_id: standards[0] ?? 0, adopted_on: '2024-04-04', evidence: 'other' },
        { enterprise_id: e.id, standard_id: standards[1] ?? 0, adopted_on: '2024-02-02', evidence: 'other' },
        { enterprise_id: f.id, standard_id: standards[1] ?? 0, adopted_on: '2024-03-03', evidence: 'other' },
      ])
      .execute();
    await rollupMatchesAdoptions();
    await ctx.handle.db
      .updateTable('adoption')
      .set({ adopted_on: '2023-01-01' })
      .where('enterprise_id', '=', f.id)
      .execute();
    await rollupMatchesAdoptions();
    expect((await viewer.get(`/api/v1/enterprises/${f.id}`)).body.firstAdoptedOn).toBe('2023-01-01');
    await ctx.handle.db.deleteFrom('enterprise').where('id', '=', f.id).execute();
    await rollupMatchesAdoptions();
    for (const asOf of ['2023-06-01', '2024-02-02', '2024-03-31', '2026-06-30']) {
      expect(await counted(asOf), asOf).toBe(await countedFromScratch(asOf));
    }
  });

  it('shows the enterprise goal in the summary, the monthly timeline and breakdowns', async () => {
    // Three enterprises first adopting in different months; the first standard is adopted most, the second next.
    const [early, middle, late] = [await enterprise(), await enterprise(), await enterprise()];
    await adopt(early.id, standards[0] ?? 0, '2025-11-11');
    await adopt(early.id, standards[1] ?? 0, '2026-03-15');
    await adopt(middle.id, standards[0] ?? 0, '2026-02-01');
    await adopt(late.id, standards[1] ?? 0, '2026-04-04');
    await adopt(late.id, standards[0] ?? 0, '2026-06-10');

    const summary = dashboardSummarySchema.parse((await viewer.get('/api/v1/dashboard/summary?asOf=2026-06-30')).body);
    expect(summary.enterprises).toMatchObject({ counted: 3, goal: 1000 });
    expect(summary.enterprises.counted).toBe(await countedFromScratch('2026-06-30'));
    expect(summary.enterprises.status).toBe('at_risk');

    const timeline = timelineResponseSchema.parse(
      (await viewer.get('/api/v1/dashboard/timeline?asOf=2026-06-20')).body,
    );
    expect(timeline.enterprisesGoal).toBe(1000);
    const point = (month: string) => timeline.points.find((p) => p.month === month);
    expect(point('2026-03')?.enterprises).toBe(2);
    expect(point('2026-03')?.enterprises).toBe(await countedFromScratch('2026-03-31'));
    expect(point('2026-06')?.enterprises).toBe(await countedFromScratch('2026-06-20'));
    expect(point('2026-07')?.enterprises).toBeNull();
    expect(point('2027-12')?.enterprisesTrajectory).toBe(1000);
    expect(point('2025-10')?.enterprisesTrajectory).toBeGreaterThan(0);

    const industry = await enterprise({ industry: '金融', province: '广东' });
    await adopt(industry.id, standards[2] ?? 0, '2026-06-01');
    const byIndustry = breakdownResponseSchema.parse(
      (await viewer.get('/api/v1/dashboard/breakdown?by=industry&asOf=2026-06-30')).body,
    );
    expect(byIndustry.items.find((i) => i.key === '金融')?.count).toBe(1);
    expect(byIndustry.items.reduce((sum, i) => sum + i.count, 0)).toBe(await countedFromScratch('2026-06-30'));
    const byProvince = breakdownResponseSchema.parse(
      (await viewer.get('/api/v1/dashboard/breakdown?by=province&asOf=2026-05-31')).body,
    );
    expect(byProvince.items.find((i) => i.key === '广东')).toBeUndefined();
    const byStandard = breakdownResponseSchema.parse(
      (await viewer.get('/api/v1/dashboard/breakdown?by=standard&asOf=2030-01-01')).body,
    );
    expect(byStandard.items.length).toBeGreaterThan(0);
    expect(byStandard.items[0]?.label).toMatch(/^GB\/T /);
    const counts = byStandard.items.map((i) => i.count);
    expect(counts).toEqual([3, 2, 1]);
    expect(byStandard.items[0]?.key).toBe(String(standards[0]));

    // Adopters of a standard: live enterprises only, live standards only, dated by the as-of date.
    const topFromScratch = async (asOf: string) =>
      (
        await sql<{ key: string; count: number }>`
          select a.standard_id::text as key, count(*) as count from adoption a
          join enterprise e on e.id = a.enterprise_id and e.deleted_at is null
          join standard s on s.id = a.standard_id and s.deleted_at is null
          where a.adopted_on <= ${asOf}::date group by a.standard_id order by 2 desc, a.standard_id limit 10`.execute(
          ctx.handle.db,
        )
      ).rows.map((row) => ({ key: row.key, count: Number(row.count) }));
    const top = async (asOf: string) =>
      breakdownResponseSchema
        .parse((await viewer.get(`/api/v1/dashboard/breakdown?by=standard&asOf=${asOf}`)).body)
        .items.map(({ key, count }) => ({ key, count }));
    await editor.delete(`/api/v1/enterprises/${industry.id}`).expect(204);
    await editor.delete(`/api/v1/standards/${standards[0]}`).expect(204);
    for (const asOf of ['2026-01-31', '2026-06-30', '2030-01-01']) {
      expect(await top(asOf), asOf).toEqual(await topFromScratch(asOf));
    }
    expect(await top('2030-01-01')).toEqual([{ key: String(standards[1]), count: 2 }]);
  });

  it('lists and filters adoptions and enterprises by text, industry, province, standard and dates', async () => {
    const fintech = await enterprise({ name: '筛选测试金融云', industry: '金融', province: '北京' });
    const maker = await enterprise({ name: '筛选测试制造云', industry: '制造', province: '江苏' });
    await adopt(fintech.id, standards[3] ?? 0, '2025-11-01');
    await adopt(maker.id, standards[4] ?? 0, '2026-04-01');
    const list = async (query: string) =>
      enterpriseListSchema.parse((await viewer.get(`/api/v1/enterprises?${query}`).expect(200)).body);
    expect((await list(`q=${encodeURIComponent('筛选测试')}`)).total).toBe(2);
    expect((await list(`q=${fintech.creditCode.slice(4, 14).toLowerCase()}`)).items.map((e) => e.id)).toEqual([
      fintech.id,
    ]);
    expect(
      (await list(`q=${encodeURIComponent('筛选测试')}&industry=${encodeURIComponent('制造')}`)).items[0]?.id,
    ).toBe(maker.id);
    expect((await list(`q=${encodeURIComponent('筛选测试')}&province=${encodeURIComponent('北京,江苏')}`)).total).toBe(
      2,
    );
    expect((await list(`standard=${standards[4]}&q=${encodeURIComponent('筛选测试')}`)).items[0]?.id).toBe(maker.id);
    expect(
      (await list(`q=${encodeURIComponent('筛选测试')}&adoptedFrom=2025-10-01&adoptedTo=2025-12-31`)).items.map(
        (e) => e.id,
      ),
    ).toEqual([fintech.id]);
    const q = `q=${encodeURIComponent('筛选测试')}&sort=creditCode&order=asc&pageSize=1`;
    const [page1, page2] = [await list(`${q}&page=1`), await list(`${q}&page=2`)];
    expect([page1.total, page1.items.length, page2.items.length]).toEqual([2, 1, 1]);
    expect([...page1.items, ...page2.items].map((e) => e.creditCode)).toEqual(
      [fintech.creditCode, maker.creditCode].sort(),
    );

    const adoptions = async (query: string) =>
      adoptionListSchema.parse((await viewer.get(`/api/v1/adoptions?${query}`).expect(200)).body);
    const forStandard = await adoptions(`standard=${standards[4]}`);
    expect(forStandard.items.every((a) => a.standardId === standards[4])).toBe(true);
    expect(forStandard.items.map((a) => a.enterpriseName)).toContain('筛选测试制造云');
    expect(forStandard.items.find((a) => a.enterpriseId === maker.id)).toMatchObject({
      standardNumber: expect.stringMatching(/^GB\/T/),
      evidence: 'certificate',
      reference: `CERT-${maker.id}-${standards[4]}`,
    });
    expect((await adoptions(`q=${encodeURIComponent('筛选测试')}&province=${encodeURIComponent('北京')}`)).total).toBe(
      1,
    );
    const dated = await adoptions('adoptedFrom=2025-11-01&adoptedTo=2025-11-01&order=asc');
    expect(dated.items.map((a) => [a.enterpriseId, a.adoptedOn])).toEqual([[fintech.id, '2025-11-01']]);
    for (const query of ['standard=abc', 'adoptedFrom=2025-13-01', 'pageSize=500', 'sort=colour', 'unknown=1']) {
      const res = await viewer.get(`/api/v1/enterprises?${query}`);
      expect(res.status, query).toBe(400);
    }
  });
});

describe.each(testDatabaseDrivers())('demo enterprises on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
  });
  afterAll(() => ctx.close());

  it('are marked as invented, carry valid codes, and move the KPI; a second load adds nothing', async () => {
    for (const enterprise of demoEnterprises) {
      expect(enterprise.name).toContain('示例');
      expect(enterprise.notes).toMatch(/虚构/);
      expect(parseCreditCode(enterprise.credit_code).ok, enterprise.credit_code).toBe(true);
    }
    await seedDemoData(ctx.handle.db);
    await seedDemoData(ctx.handle.db);
    const viewer = await ctx.signedIn('viewer');
    const list = enterpriseListSchema.parse((await viewer.get('/api/v1/enterprises?pageSize=50')).body);
    expect(list.total).toBe(demoEnterprises.length);
    const adoptions = adoptionListSchema.parse((await viewer.get('/api/v1/adoptions?pageSize=50')).body);
    expect(adoptions.total).toBe(demoAdoptions.length);
    const summary = dashboardSummarySchema.parse((await viewer.get('/api/v1/dashboard/summary?asOf=2026-12-31')).body);
    expect(summary.enterprises.counted).toBe(demoEnterprises.length);
  });
});

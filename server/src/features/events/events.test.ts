import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { completeCreditCode, CREDIT_CODE_ALPHABET } from '@cloudstd/shared/domain/credit-code';
import { eventListSchema, eventSchema, eventWriteResultSchema } from '@cloudstd/shared/schemas/event';
import { importReportSchema, type ImportReport } from '@cloudstd/shared/schemas/import';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

/** A CSV as a spreadsheet program writes it (no cell here needs quoting). */
const csv = (rows: readonly (readonly string[])[]) => rows.map((row) => row.join(',')).join('\r\n') + '\r\n';

/** Each row's action and the columns of its errors, e.g. `{ 2: 'create', 3: 'error:credit_code' }`. */
const outcomes = (report: ImportReport): Record<number, string> =>
  Object.fromEntries(
    report.rows.map((row) => [
      row.row,
      row.action === 'error' ? `error:${row.errors.map((error) => error.column ?? '-').join(',')}` : row.action,
    ]),
  );

/** A valid credit code (Shanghai, an enterprise) numbered n. */
function code(n: number): string {
  return completeCreditCode(`91310000${String(n).padStart(9, '0')}`);
}

/** The same code with a wrong check character. */
function failing(valid: string): string {
  const last = valid.charAt(17);
  const wrong = CREDIT_CODE_ALPHABET.charAt((CREDIT_CODE_ALPHABET.indexOf(last) + 1) % CREDIT_CODE_ALPHABET.length);
  return valid.slice(0, 17) + wrong;
}

describe.each(testDatabaseDrivers())('宣贯 events on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;
  const count = async (table: 'enterprise' | 'event' | 'event_attendee' | 'audit_log') =>
    Number(
      (
        await ctx.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counts = async () => ({
    enterprises: await count('enterprise'),
    events: await count('event'),
    attendees: await count('event_attendee'),
    audit: await count('audit_log'),
  });
  const event = (overrides: Record<string, unknown> = {}) => ({
    title: '云计算标准宣贯培训（示例）',
    startsOn: '2026-03-10',
    endsOn: '2026-03-11',
    organiser: '示例标准化技术委员会',
    province: '上海',
    mode: 'on_site',
    standards: ['GB/T 46001-2025'],
    attendees: [],
    ...overrides,
  });

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
    for (const number of ['GB/T 46001-2025', 'GB/T 46002-2025']) {
      const res = await editor
        .post('/api/v1/standards')
        .send(buildStandard({ number, publishedOn: '2025-11-01', inForceOn: null }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  });

  afterAll(async () => {
    await ctx.close();
  });

  it('records an event with attendees by credit code, creating unknown enterprises; twice is one attendee', async () => {
    const registered = await editor.post('/api/v1/enterprises').send({ name: '已登记企业', creditCode: code(1) });
    expect(registered.status).toBe(201);
    const res = await editor.post('/api/v1/events').send(
      event({
        standards: ['gb/t 46001—2025', 'GB/T 46002-2025'],
        attendees: [
          { creditCode: code(1), name: '已登记企业', participants: 2 },
          { creditCode: code(2), name: '新参会企业', participants: 1 },
          { creditCode: code(2).toLowerCase(), name: '新参会企业', participants: 3 },
        ],
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const created = eventWriteResultSchema.parse(res.body);
    expect(created.standards).toEqual(['GB/T 46001-2025', 'GB/T 46002-2025']);
    expect(created.attendees).toHaveLength(2);
    expect(created.attendeeCount).toBe(2);
    expect(created.participants).toBe(6);
    expect(created.createdEnterprises.map((enterprise) => enterprise.creditCode)).toEqual([code(2)]);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['entity', 'action'])
      .where('entity', 'in', ['event', 'enterprise'])
      .where('request_id', 'is not', null)
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(audit.map((row) => `${row.entity}:${row.action}`).sort()).toEqual(['enterprise:create', 'event:create']);

    const fetched = eventSchema.parse((await viewer.get(`/api/v1/events/${created.id}`).expect(200)).body);
    expect(fetched.attendees.find((attendee) => attendee.creditCode === code(2))?.participants).toBe(4);
  });

  it('refuses bad input naming the field, in zh and en, and writes nothing', async () => {
    const before = await counts();
    const ends = await editor.post('/api/v1/events').send(event({ startsOn: '2026-03-10', endsOn: '2026-03-09' }));
    expect(ends.status).toBe(400);
    expect(ends.headers['content-type']).toMatch(/problem\+json/);
    expect(ends.body.errors).toEqual([
      expect.objectContaining({ field: 'endsOn', messageZh: expect.any(String), messageEn: expect.any(String) }),
    ]);

    const codes = await editor.post('/api/v1/events').send(
      event({
        attendees: [
          { creditCode: code(10), name: '甲' },
          { creditCode: failing(code(11)), name: '乙' },
          { creditCode: code(12), name: '丙' },
          { creditCode: failing(code(13)), name: '丁' },
        ],
      }),
    );
    expect(codes.status).toBe(400);
    expect(codes.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'attendees.1.creditCode',
      'attendees.3.creditCode',
    ]);
    expect(codes.body.errors[0].messageZh).toContain('第 2 家');
    expect(codes.body.errors[0].messageEn).toContain('Attendee 2');

    const malformed = await editor
      .post('/api/v1/events')
      .send(event({ attendees: [{ creditCode: '123', name: '戊' }] }));
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].field).toBe('attendees.0.creditCode');

    const unknown = await editor.post('/api/v1/events').send(event({ standards: ['GB/T 99999-2025'] }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('standards.0');

    expect(await counts()).toEqual(before);
    expect((await viewer.post('/api/v1/events').send(event())).status).toBe(403);
  });

  it('edits with the version (409 when stale), soft-deletes and restores', async () => {
    const created = eventWriteResultSchema.parse(
      (
        await editor
          .post('/api/v1/events')
          .send(event({ title: '版本测试' }))
          .expect(201)
      ).body,
    );
    const patched = await editor.patch(`/api/v1/events/${created.id}`).send({
      version: created.version,
      endsOn: '2026-03-12',
      attendees: [{ creditCode: code(20), name: '补录企业' }],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ version: created.version + 1, endsOn: '2026-03-12', attendeeCount: 1 });
    const stale = await editor.patch(`/api/v1/events/${created.id}`).send({ version: created.version, title: 'x' });
    expect(stale.status).toBe(409);
    const noop = await editor
      .patch(`/api/v1/events/${created.id}`)
      .send({ version: created.version + 1, title: '版本测试' });
    expect(noop.body.version).toBe(created.version + 1);
    const backwards = await editor
      .patch(`/api/v1/events/${created.id}`)
      .send({ version: created.version + 1, startsOn: '2026-03-20' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe('endsOn');

    await editor.delete(`/api/v1/events/${created.id}`).expect(204);
    const list = eventListSchema.parse((await viewer.get('/api/v1/events').query({ q: '版本测试' }).expect(200)).body);
    expect(list.total).toBe(0);
    const deleted = eventListSchema.parse(
      (await viewer.get('/api/v1/events').query({ q: '版本测试', deleted: 'only' }).expect(200)).body,
    );
    expect(deleted.total).toBe(1);
    await editor.post(`/api/v1/events/${created.id}/restore`).expect(200);
    expect(
      eventListSchema.parse(
        (await viewer.get('/api/v1/events').query({ q: '版本测试', asOf: '2026-03-09' }).expect(200)).body,
      ).total,
    ).toBe(0);
  });

  it('imports an attendee list: dry run, errors listed by row with nothing written, then a commit', async () => {
    const created = eventWriteResultSchema.parse(
      (
        await editor
          .post('/api/v1/events')
          .send(event({ title: '导入测试' }))
          .expect(201)
      ).body,
    );
    const upload = (rows: string[][], dryRun: boolean) =>
      editor
        .post(`/api/v1/imports/attendees?event=${created.id}&dryRun=${dryRun}`)
        .attach('file', Buffer.from(csv(rows)), 'attendees.csv');
    const header = ['企业名称', '统一社会信用代码', '参会人数', '备注'];
    const bad = [
      header,
      ['企业一', code(30), '2', ''],
      ['企业二', failing(code(31)), '1', ''],
      ['', code(32), '', ''],
      ['企业四', code(33), '两人', ''],
    ];
    const before = await counts();
    const dry = importReportSchema.parse((await upload(bad, true).expect(200)).body);
    expect(dry.kind).toBe('attendees');
    expect(outcomes(dry)).toEqual({
      2: 'create',
      3: 'error:credit_code',
      4: 'error:enterprise',
      5: 'error:participants',
    });
    const refused = await upload(bad, false);
    expect(refused.status).toBe(422);
    expect(refused.body.report.totals.error).toBe(3);
    const after = await counts();
    expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });

    const good = [
      header,
      ['企业一', code(30), '2', ''],
      ['企业二', code(31), '1', '线上'],
      ['企业一', code(30), '1', ''],
    ];
    const committed = importReportSchema.parse((await upload(good, false).expect(200)).body);
    expect(outcomes(committed)).toEqual({ 2: 'create', 3: 'create', 4: 'unchanged' });
    expect(committed.totals.newEnterprises).toBe(2);
    const fetched = eventSchema.parse((await viewer.get(`/api/v1/events/${created.id}`).expect(200)).body);
    expect(fetched.attendees.map((attendee) => [attendee.creditCode, attendee.participants])).toEqual(
      expect.arrayContaining([
        [code(30), 3],
        [code(31), 1],
      ]),
    );
    // The same file again changes nothing.
    const again = importReportSchema.parse(
      (await upload([header, ['企业二', code(31), '1', '线上']], false).expect(200)).body,
    );
    expect(outcomes(again)).toEqual({ 2: 'unchanged' });
    expect(
      (await editor.post('/api/v1/imports/attendees?event=999999').attach('file', Buffer.from(csv(good)), 'a.csv'))
        .status,
    ).toBe(404);
  });
});

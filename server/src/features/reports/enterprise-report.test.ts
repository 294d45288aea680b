import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { completeCreditCode } from '@cloudstd/shared/domain/credit-code';
import { breakdownResponseSchema, dashboardSummarySchema } from '@cloudstd/shared/schemas/dashboard';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryParser } from '../../testing/binary-parser.ts';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';
import { extractPdfText } from './testing.ts';

/*
 * The PDF's enterprise-goal page, on a fixture computed by hand (demo records, 2026; set SET counts "reached"):
 *   S: GB/T 47101-2025 (a demo number), published 2025-11-01.
 *   Enterprises: A 广东/制造, B 广东/金融, C 北京/制造, D no province or industry.
 *   Event 演示宣贯培训 02-10…02-12, organiser 演示行业协会, covers S: attendees A, B, C.
 *   Adoptions of S: A 03-01 certificate; D 01-20 self-declaration.
 * At 06-30: reached A B C D (4) = trained only B C (2) + implementing D (1) + certified A (1);
 * funnel 3 trained → 1 implementing (A); by province 广东 2, 北京 1, not stated 1.
 */
type Agent = Awaited<ReturnType<TestContext['signedIn']>>;
const SET = 'goals-2027-2025-edition';
const AS_OF = '2026-06-30';
const EVENT = '演示宣贯培训（演示数据）';
const ORGANISER = '演示行业协会';

describe.each(testDatabaseDrivers())('the enterprise goal in the PDF report on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;
  const download = async (path: string) => {
    const res = await viewer.get(path).buffer(true).parse(binaryParser);
    expect(res.status, path).toBe(200);
    return new Uint8Array(res.body as Buffer);
  };
  /** The page's text with pdf.js's line breaks and spaces taken out. */
  const enterprisePage = async (path: string, marker: string) => {
    const pages = (await extractPdfText(await download(path))).map((text) => text.replace(/\s+/g, ''));
    return pages.find((text) => text.includes(marker.replace(/\s+/g, ''))) ?? '';
  };

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
    const standard = await editor
      .post('/api/v1/standards')
      .send(buildStandard({ number: 'GB/T 47101-2025', publishedOn: '2025-11-01', inForceOn: null }));
    expect(standard.status, JSON.stringify(standard.body)).toBe(201);
    let n = 0;
    const ids = new Map<string, { id: number; creditCode: string; name: string }>();
    for (const [name, province, industry] of [
      ['演示企业A', '广东', '制造'],
      ['演示企业B', '广东', '金融'],
      ['演示企业C', '北京', '制造'],
      ['演示企业D', undefined, undefined],
    ] as const) {
      const creditCode = completeCreditCode(`91440300${String(++n * 7919).padStart(9, '0')}`);
      const res = await editor.post('/api/v1/enterprises').send({ name, creditCode, province, industry });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids.set(name.slice(-1), { id: res.body.id as number, creditCode, name });
    }
    const attendee = (key: string) => {
      const { creditCode, name } = ids.get(key) ?? { creditCode: '', name: '' };
      return { creditCode, name };
    };
    const event = await editor.post('/api/v1/events').send({
      title: EVENT,
      startsOn: '2026-02-10',
      endsOn: '2026-02-12',
      organiser: ORGANISER,
      standards: ['GB/T 47101-2025'],
      attendees: ['A', 'B', 'C'].map(attendee),
    });
    expect(event.status, JSON.stringify(event.body)).toBe(201);
    for (const [key, adoptedOn, evidence] of [
      ['A', '2026-03-01', 'certificate'],
      ['D', '2026-01-20', 'self_declaration'],
    ] as const) {
      const res = await editor
        .post('/api/v1/adoptions')
        .send({ enterpriseId: ids.get(key)?.id, standardId: standard.body.id, adoptedOn, evidence });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  }, 120_000);
  afterAll(() => ctx.close());

  it('shows the counted enterprises against the goal, the split, the funnel, the events and the provinces', async () => {
    const summary = dashboardSummarySchema.parse(
      (await viewer.get('/api/v1/dashboard/summary').query({ asOf: AS_OF, targetSet: SET }).expect(200)).body,
    ).enterprises;
    expect(summary).toMatchObject({
      counted: 4,
      goal: 1000,
      reached: 4,
      trainedOnly: 2,
      implementing: 1,
      certified: 1,
      funnel: { trained: 3, implementing: 1 },
    });
    const page = await enterprisePage(
      `/api/v1/reports/progress.pdf?asOf=${AS_OF}&targetSet=${SET}`,
      '七、企业宣贯与实施',
    );
    expect(page).toContain('计入规则：宣贯或实施（已触达）');
    expect(page).toContain('计入目标的企业4家，目标1000家');
    expect(page).toContain('仅参加宣贯250.0%');
    expect(page).toContain('实施（未认证/评估）125.0%');
    expect(page).toContain('已认证或评估125.0%');
    expect(page).toContain('已触达企业合计4');
    expect(page).toContain('参加宣贯的企业3家，其中已实施1家（33.3%）');
    expect(page).toContain('共1场，参会企业合计3家次');
    expect(page).toContain(`2026-02-10–2026-02-12${EVENT}${ORGANISER}3`);
    expect(page).toContain('广东2');
    expect(page).toContain('北京1');
    expect(page).toContain('未填写1');
    expect(page).toContain('制造2');
    // The dashboard's breakdown (the rollup) counts the same enterprises under the same rule.
    const breakdown = breakdownResponseSchema.parse(
      (
        await viewer
          .get('/api/v1/dashboard/breakdown')
          .query({ by: 'province', asOf: AS_OF, targetSet: SET })
          .expect(200)
      ).body,
    );
    expect(breakdown.items).toEqual([
      { key: '广东', count: 2 },
      { key: '', count: 1 },
      { key: '北京', count: 1 },
    ]);
    // The international page follows as the eighth section.
    const all = (await extractPdfText(await download(`/api/v1/reports/progress.pdf?asOf=${AS_OF}`))).join('');
    expect(all.indexOf('七、企业宣贯与实施')).toBeLessThan(all.indexOf('八、国际标准化工作'));

    const english = await enterprisePage(
      `/api/v1/reports/progress.pdf?asOf=${AS_OF}&targetSet=${SET}&lang=en`,
      '7. Enterprises reached',
    );
    expect(english).toContain('4enterprisescountedofagoalof1000');
    expect(english).toContain('Trainedonly250.0%');
    expect(english).toContain('3enterprisestrained,ofwhich1implementing(33.3%)');
    expect(english).toContain('1events,3enterpriseattendances');
    expect(english).toContain('Notstated1');
  });

  it('before the event: the implementing enterprise only, no event, nobody trained', async () => {
    const early = await enterprisePage(
      `/api/v1/reports/progress.pdf?asOf=2026-02-01&targetSet=${SET}`,
      '七、企业宣贯与实施',
    );
    expect(early).toContain('计入目标的企业1家');
    expect(early).toContain('目标窗口内尚无宣贯活动');
    expect(early).toContain('参加宣贯的企业0家，其中已实施0家。');
  });

  it('renders a snapshot from its frozen figures, and an old snapshot without events says so', async () => {
    const snap = await editor.post('/api/v1/snapshots').send({ name: 'REACH-TEST', asOf: AS_OF, targetSet: SET });
    expect(snap.status, JSON.stringify(snap.body)).toBe(201);
    const id = (snap.body as { id: number }).id;
    // A later event does not change what the snapshot froze.
    await editor
      .post('/api/v1/events')
      .send({
        title: '后来登记的活动（演示）',
        startsOn: '2026-03-01',
        endsOn: '2026-03-01',
        standards: ['GB/T 47101-2025'],
      })
      .expect(201);
    const frozen = await enterprisePage(`/api/v1/snapshots/${id}/progress.pdf`, '七、企业宣贯与实施');
    expect(frozen).toContain('共1场，参会企业合计3家次');
    expect(frozen).not.toContain('后来登记的活动');
    const live = await enterprisePage(
      `/api/v1/reports/progress.pdf?asOf=${AS_OF}&targetSet=${SET}`,
      '七、企业宣贯与实施',
    );
    expect(live).toContain('共2场');

    // A snapshot published before events existed: no `events`, the enterprise figures without a split.
    const row = await ctx.handle.db
      .selectFrom('snapshot')
      .select('payload')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const payload = row.payload as { events?: unknown; summary: { enterprises: Record<string, unknown> } };
    delete payload.events;
    const { counted, goal, status } = payload.summary.enterprises;
    payload.summary.enterprises = { counted: 2, goal, status: status ?? null };
    expect(counted).toBe(4);
    await ctx.handle.db
      .updateTable('snapshot')
      .set({ payload: sql`${JSON.stringify(payload)}::jsonb` })
      .where('id', '=', id)
      .execute();
    for (const [lang, marker, note] of [
      ['zh', '七、企业宣贯与实施', '该快照发布时尚未记录宣贯活动'],
      ['en', '7. Enterprises reached', 'publishedbefore宣贯eventswererecorded'],
    ] as const) {
      const old = await enterprisePage(`/api/v1/snapshots/${id}/progress.pdf?lang=${lang}`, marker);
      expect(old).toContain(note);
      expect(old).not.toContain(lang === 'zh' ? '宣贯到实施' : 'Fromtrainingtoimplementation');
    }
    expect(await enterprisePage(`/api/v1/snapshots/${id}/progress.pdf`, '七、')).toContain('计入目标的企业2家');
    const xlsx = await viewer.get(`/api/v1/snapshots/${id}/progress.xlsx`);
    expect(xlsx.status).toBe(200);
  });
});

import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { dashboardSummarySchema } from '@cloudstd/shared/schemas/dashboard';
import {
  snapshotComparisonSchema,
  snapshotDetailSchema,
  snapshotListSchema,
  snapshotSchema,
} from '@cloudstd/shared/schemas/report';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStandard } from '../../testing/factories.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';
import { binaryParser } from '../../testing/binary-parser.ts';
import { extractPdfText } from './testing.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;
const AS_OF = '2026-06-30';

/*
 * As of 2026-06-30, default set: A (GB/T 61001, 01.2) and B (YD/T 61002, 03.4) count; C (T/CESA 61003) is a
 * group standard. After the first snapshot: B is found withdrawn on 2026-06-01, A gets a second direction,
 * A's title is corrected and D (GB/T 61004, 03.6, published 2026-06-15) is recorded.
 */
describe.each(testDatabaseDrivers())('report snapshots on %s', (driver) => {
  // Every test starts from A, B and C in a database of its own, and publishes what it needs.
  let ctx: TestContext;
  let viewer: Agent;
  let editor: Agent;
  let ids: Record<string, number>;

  const record = async (key: string, fields: Parameters<typeof buildStandard>[0]) => {
    const res = await editor.post('/api/v1/standards').send(buildStandard({ inForceOn: null, ...fields }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[key] = res.body.id as number;
  };
  const correct = async (key: string, changes: Record<string, unknown>) => {
    const current = await editor.get(`/api/v1/standards/${ids[key]}`);
    const res = await editor
      .patch(`/api/v1/standards/${ids[key]}`)
      .send({ ...changes, version: current.body.version as number });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  const publish = async (name: string, asOf = AS_OF) => {
    const res = await editor.post('/api/v1/snapshots').send({ name, asOf });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return snapshotSchema.parse(res.body);
  };
  /** The corrections found after the first snapshot (see above). */
  const correctTheRegistry = async () => {
    await correct('B', { withdrawnOn: '2026-06-01' });
    await correct('A', { directions: ['01.2', '02.2.4'], titleZh: '信息技术 云计算 参考架构（更正）' });
    await record('D', { number: 'GB/T 61004-2026', directions: ['03.6'], publishedOn: '2026-06-15' });
  };

  beforeEach(async () => {
    ctx = await createTestContext(driver);
    viewer = await ctx.signedIn('viewer');
    editor = await ctx.signedIn('editor');
    ids = {};
    await record('A', { number: 'GB/T 61001-2025', directions: ['01.2'], publishedOn: '2025-12-01' });
    await record('B', { number: 'YD/T 61002-2026', directions: ['03.4'], publishedOn: '2026-03-01' });
    await record('C', { number: 'T/CESA 61003-2026', directions: ['04.2'], publishedOn: '2026-04-01' });
  });
  afterEach(() => ctx.close());

  it('lets editors publish a snapshot (audited) and viewers only read', async () => {
    const refused = await viewer.post('/api/v1/snapshots').send({ name: '2026-Q2', asOf: AS_OF });
    expect(refused.status).toBe(403);

    const snapshot = await publish('2026-Q2');
    expect(snapshot).toMatchObject({
      name: '2026-Q2',
      asOf: AS_OF,
      since: '2026-04-01',
      createdBy: 'editor',
      targetSet: { key: 'goals-2027-2025-edition' },
      standards: { counted: 2, goal: 30 },
      coverage: { covered: 2, total: 53 },
    });

    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'snapshot')
      .where('entity_id', '=', String(snapshot.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe('create');

    const list = snapshotListSchema.parse((await viewer.get('/api/v1/snapshots').expect(200)).body);
    expect(list.items.map((item) => item.name)).toEqual(['2026-Q2']);
  });

  it('refuses a taken name, a future date, a bad body and unknown snapshots', async () => {
    const first = (await publish('2026-Q2')).id;
    const taken = await editor.post('/api/v1/snapshots').send({ name: ' 2026-Q2 ', asOf: '2026-03-31' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('SNAPSHOT_NAME_TAKEN');
    const future = await editor.post('/api/v1/snapshots').send({ name: 'future', asOf: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('asOf');
    const bad = await editor.post('/api/v1/snapshots').send({ name: '', asOf: '2026-13-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['asOf', 'name']);
    const since = await editor.post('/api/v1/snapshots').send({ name: 'x', asOf: AS_OF, since: '2026-07-01' });
    expect(since.status).toBe(400);
    const set = await editor.post('/api/v1/snapshots').send({ name: 'x', asOf: AS_OF, targetSet: 'nope' });
    expect(set.status).toBe(400);
    for (const path of [
      '/api/v1/snapshots/9999',
      '/api/v1/snapshots/9999/progress.pdf',
      `/api/v1/snapshots/${first}/compare/9999`,
    ]) {
      const res = await viewer.get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await viewer.get(`/api/v1/snapshots/${first}/progress.docx`)).status).toBe(400);
    expect((await viewer.get('/api/v1/snapshots/abc')).status).toBe(400);
  });

  it('keeps a published snapshot’s numbers when the registry is corrected later', async () => {
    const first = (await publish('2026-Q2')).id;
    const before = snapshotDetailSchema.parse((await viewer.get(`/api/v1/snapshots/${first}`).expect(200)).body);

    await correctTheRegistry();

    const live = dashboardSummarySchema.parse((await viewer.get(`/api/v1/dashboard/summary?asOf=${AS_OF}`)).body);
    expect(live.standards.counted).toBe(2);
    expect(live.coverage.covered).toBe(3);

    const after = snapshotDetailSchema.parse((await viewer.get(`/api/v1/snapshots/${first}`).expect(200)).body);
    expect(after).toEqual(before);
    expect(after.data.summary.coverage.covered).toBe(2);
    expect(after.data.coverage.find((row) => row.code === 'C.4')?.state).toBe('covered');
    expect(after.data.counted.map((standard) => standard.number).sort()).toEqual([
      'GB/T 61001-2025',
      'YD/T 61002-2026',
    ]);

    // Its files render from the frozen numbers too.
    const pdf = await viewer
      .get(`/api/v1/snapshots/${first}/progress.pdf`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(pdf.headers['content-disposition']).toContain(encodeURIComponent(`云计算标准进展报告_2026-Q2_${AS_OF}.pdf`));
    const text = (await extractPdfText(pdf.body)).join('\n');
    expect(text).toContain('报告快照 2026-Q2');
    expect(text).toContain('已计入 2 项');
    expect(text).not.toContain('GB/T 61004-2026');

    const xlsx = await viewer
      .get(`/api/v1/snapshots/${first}/progress.xlsx`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.body as Buffer).buffer);
    const numbers: ExcelJS.CellValue[] = [];
    workbook.getWorksheet('标准清单')?.eachRow((row, index) => {
      if (index > 1) numbers.push(row.getCell(1).value);
    });
    expect(numbers.sort()).toEqual(['GB/T 61001-2025', 'YD/T 61002-2026']);
    let coveredCell: ExcelJS.CellValue;
    workbook.getWorksheet('概览')?.eachRow((row) => {
      if (row.getCell(1).value === '已覆盖研制方向') coveredCell = row.getCell(2).value;
    });
    expect(coveredCell).toBe(2);
  });

  it('compares two snapshots: KPI deltas, standards added, removed with the reason, moved and corrected', async () => {
    const first = (await publish('2026-Q2')).id;
    await correctTheRegistry();
    const second = (await publish('2026-Q2 更正')).id;

    const comparison = snapshotComparisonSchema.parse(
      (await viewer.get(`/api/v1/snapshots/${first}/compare/${second}`).expect(200)).body,
    );
    expect(comparison.from.name).toBe('2026-Q2');
    expect(comparison.to.name).toBe('2026-Q2 更正');
    expect(comparison.standards.added.map((s) => s.number)).toEqual(['GB/T 61004-2026']);
    expect(comparison.standards.removed.map((s) => [s.number, s.reason])).toEqual([['YD/T 61002-2026', 'withdrawn']]);
    // A report lists directions in its edition (the final one by default): draft 01.2 → A.2, 02.2.4 → B.2.1.
    expect(comparison.standards.moved).toEqual([
      expect.objectContaining({ number: 'GB/T 61001-2025', from: ['A.2'], to: ['A.2', 'B.2.1'] }),
    ]);
    expect(comparison.standards.changed).toEqual([
      expect.objectContaining({
        number: 'GB/T 61001-2025',
        changes: [{ field: 'titleZh', from: expect.any(String), to: '信息技术 云计算 参考架构（更正）' }],
      }),
    ]);
    const kpi = (key: string) => comparison.kpis.find((item) => item.key === key);
    expect(kpi('standardsCounted')).toMatchObject({ from: 2, to: 2, delta: 0 });
    expect(kpi('directionsCovered')).toMatchObject({ from: 2, to: 3, delta: 1 });
    expect(comparison.coverage.map((row) => [row.code, row.from, row.to])).toEqual([
      // The default (final) edition's view of the draft-filed standards, through the crosswalk.
      ['B.2.1', 'gap', 'covered'],
      ['C.4', 'covered', 'gap'],
      ['C.6', 'gap', 'covered'],
    ]);

    // A snapshot as of today works too (the default since is a quarter back).
    await publish('today', todayInChina());
  });
});

import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { dashboardSummarySchema } from '@cloudstd/shared/schemas/dashboard';
import { internationalItemSchema, type InternationalItem } from '@cloudstd/shared/schemas/international-item';
import { snapshotDetailSchema } from '@cloudstd/shared/schemas/report';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryParser } from '../../testing/binary-parser.ts';
import { recordInternationalFixture } from '../../testing/international-fixture.ts';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';
import { extractPdfText } from './testing.ts';

type Agent = Awaited<ReturnType<TestContext['signedIn']>>;

describe.each(testDatabaseDrivers())('international work in reports on %s', (driver) => {
  let ctx: TestContext;
  let editor: Agent;
  let viewer: Agent;
  let byRef: Record<string, InternationalItem> = {};
  let convertedNumber = '';

  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
    viewer = await ctx.signedIn('viewer');
    ({ byRef, convertedNumber } = await recordInternationalFixture(editor));
  });
  afterAll(() => ctx.close());

  it('reports the items by stage and the China-led list (PDF, XLSX) and snapshots freeze them', async () => {
    const download = async (path: string) => {
      const res = await viewer.get(path).buffer(true).parse(binaryParser);
      expect(res.status).toBe(200);
      return new Uint8Array(res.body as Buffer);
    };
    const pages = await extractPdfText(await download('/api/v1/reports/progress.pdf?asOf=2026-04-30'));
    const page = pages.find((text) => text.includes('国际标准化工作')) ?? '';
    expect(page).toContain('已发布（2 项）');
    expect(page).toContain('工作草案（WD）（1 项）');
    expect(page).toContain('ISO TEST C');
    expect(page).toContain('我国牵头发布的国际标准');
    expect(page.split('ISO/IEC TEST A').length).toBeGreaterThan(2);
    expect(page).toContain(convertedNumber);
    const english = await extractPdfText(await download('/api/v1/reports/progress.pdf?asOf=2026-04-30&lang=en'));
    expect(english.join('\n')).toContain('Published with China leading'.slice(0, 10));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('/api/v1/reports/progress.xlsx?asOf=2026-04-30')).buffer);
    const sheet = workbook.getWorksheet('国际标准');
    if (!sheet) throw new Error('no 国际标准 sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
    });
    expect(rows.map((row) => [row[2], row[5]])).toEqual([
      ['ISO/IEC TEST A', '已发布'],
      ['Y.TEST-B', '已发布'],
      ['ISO TEST C', '工作草案（WD）'],
    ]);
    // Stage dates are real dates; C's NP date in the NP column (the 11th).
    expect(rows[2]?.[10]).toEqual(new Date(Date.UTC(2025, 11, 1)));

    const snap = await editor.post('/api/v1/snapshots').send({ name: 'INTL-TEST', asOf: '2026-04-30' });
    expect(snap.status, JSON.stringify(snap.body)).toBe(201);
    const id = (snap.body as { id: number }).id;
    // A later correction: C is deleted; the snapshot keeps what it froze.
    const c = internationalItemSchema.parse((await viewer.get(`/api/v1/international-items/${byRef.C?.id}`)).body);
    await editor.delete(`/api/v1/international-items/${c.id}`).expect(204);
    const frozen = snapshotDetailSchema.parse((await viewer.get(`/api/v1/snapshots/${id}`).expect(200)).body);
    expect(frozen.data.summary.international).toMatchObject({ items: { total: 3 }, led: 1 });
    expect(frozen.data.international?.items.map((item) => item.reference)).toContain('ISO TEST C');
    const live = dashboardSummarySchema.parse(
      (await viewer.get('/api/v1/dashboard/summary?asOf=2026-04-30').expect(200)).body,
    );
    expect(live.international.items.total).toBe(2);
    await editor.post(`/api/v1/international-items/${c.id}/restore`).expect(200);
  });
});

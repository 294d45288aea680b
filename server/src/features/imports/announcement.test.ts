import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { announcementReadingSchema, importReportSchema } from '@cloudstd/shared/schemas/import';
import { standardSchema } from '@cloudstd/shared/schemas/standard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-app.ts';
import { byRow, csv, importUploads, outcomes } from './testing.ts';

// Cloud rows: real standards (GB/T 37734-2019, GB/T 37741-2019, both published 2019-08-30). The GB/T 999xx
// numbers are invented fillers for the layout only (GB/T 99914-2016 an invented replaced number, to test the path).
const ANNOUNCEMENT = [
  '国家标准批准发布公告（测试用）',
  '序号\t标准编号\t标准名称\t代替标准号\t实施日期',
  '1\tGB/T 99911-2026\t示例填充标准 纺织品 色牢度试验\t\t2026-07-01',
  '2\tGB/T 37734—2019\t信息技术 云计算 云服务采购指南\t\t2020-03-01',
  '3\tGB/T 99912-2026\t示例填充标准 电动汽车 充电接口\t\t2026-07-01',
  '4\tGB/T 37741-2019\t信息技术 云计算 云服务交付要求\tGB/T 99914-2016\t2020-03-01',
  '5\tGB/T 99913\t示例填充标准 缺少年份\t\t2026-07-01',
].join('\n');

describe.each(testDatabaseDrivers())('pasting an announcement on %s', (driver) => {
  let ctx: TestContext;
  let editor: Awaited<ReturnType<TestContext['signedIn']>>;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
    editor = await ctx.signedIn('editor');
  });
  afterAll(() => ctx.close());

  const read = async (text: string) => {
    const res = await editor.post('/api/v1/imports/announcement/read').send({ text });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return announcementReadingSchema.parse(res.body);
  };
  const importRows = (body: object, query: Record<string, string> = {}) =>
    editor.post(`/api/v1/imports/announcement?${new URLSearchParams(query).toString()}`).send(body);
  const registered = async (number: string) => {
    const res = await editor.get('/api/v1/standards').query({ q: number }).expect(200);
    return (res.body.items as unknown[]).map((item) => standardSchema.parse(item));
  };

  it('reads every row, pre-selects the cloud ones with suggested directions, and explains a bad row', async () => {
    const reading = await read(ANNOUNCEMENT);
    expect(reading.framework).toBe('cloud-computing-2025');
    expect(reading.rows.map((row) => [row.line, row.number, row.selected])).toEqual([
      [3, 'GB/T 99911-2026', false],
      [4, 'GB/T 37734-2019', true],
      [5, 'GB/T 99912-2026', false],
      [6, 'GB/T 37741-2019', true],
      [7, null, false],
    ]);
    expect(reading.totals).toEqual({ rows: 5, selected: 2, errors: 1 });
    expect(reading.rows[1]?.suggestions[0]?.code).toBe('E.1.2');
    expect(reading.rows[3]).toMatchObject({ replaces: ['GB/T 99914-2016'], inForceOn: '2020-03-01' });
    expect(reading.rows[3]?.suggestions[0]?.code).toBe('E.2.1');
    expect(reading.rows[4]?.errors[0]).toMatchObject({ column: 'number' });
    expect(reading.rows[4]?.errors[0]?.messageEn).toContain('year');
  });

  it('refuses text without rows (422), more than 5 MB (413), and viewers (403)', async () => {
    const none = await editor.post('/api/v1/imports/announcement/read').send({ text: '关于批准发布国家标准的公告' });
    expect(none.status).toBe(422);
    expect(none.body).toMatchObject({ code: 'ANNOUNCEMENT_NO_ROWS' });
    expect(none.body.detailZh).toContain('标准编号');
    const huge = await editor
      .post('/api/v1/imports/announcement/read')
      .send({ text: `${ANNOUNCEMENT}\n${'示'.repeat(1_800_000)}` });
    expect(huge.status).toBe(413);
    expect(JSON.stringify(huge.body)).toContain('5 MB');
    const viewer = await ctx.signedIn('viewer');
    await viewer.post('/api/v1/imports/announcement/read').send({ text: ANNOUNCEMENT }).expect(403);
  });

  it('previews the chosen rows, needs the suggestions confirmed, then commits them all at once', async () => {
    const reading = await read(ANNOUNCEMENT);
    const chosen = reading.rows
      .filter((row) => row.selected)
      .map((row) => ({
        line: row.line,
        number: row.numberText,
        titleZh: row.titleZh,
        replaces: row.replaces,
        inForceOn: row.inForceOn,
        directions: row.suggestions.slice(0, 1).map((suggestion) => suggestion.code),
        suggested: true,
      }));
    const body = { publishedOn: '2019-08-30', rows: chosen };
    const preview = importReportSchema.parse((await importRows(body).expect(200)).body);
    expect(outcomes(preview)).toEqual({ 4: 'create', 6: 'create' });
    expect(byRow(preview).get(4)?.suggested).toEqual(['E.1.2']);
    expect(byRow(preview).get(4)?.warnings?.[0]?.messageZh).toContain('建议，请核对');

    const unconfirmed = await importRows(body, { dryRun: 'false' });
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body).toMatchObject({ code: 'IMPORT_SUGGESTIONS_UNCONFIRMED', rows: [4, 6] });
    expect(await registered('GB/T 37734-2019')).toEqual([]);

    const committed = importReportSchema.parse(
      (await importRows(body, { dryRun: 'false', confirmSuggested: 'true' }).expect(200)).body,
    );
    expect(committed.committed).toBe(true);
    const [procurement] = await registered('GB/T 37734-2019');
    expect(procurement).toMatchObject({
      titleZh: '信息技术 云计算 云服务采购指南',
      directions: ['E.1.2'],
      publishedOn: '2019-08-30',
      inForceOn: '2020-03-01',
    });
    const [delivery] = await registered('GB/T 37741-2019');
    expect(delivery).toMatchObject({ directions: ['E.2.1'], kind: 'revision', replaces: ['GB/T 99914-2016'] });
    // The same announcement again changes nothing.
    const again = importReportSchema.parse(
      (
        await importRows({ ...body, rows: chosen.map((row) => ({ ...row, directions: [], suggested: false })) }).expect(
          200,
        )
      ).body,
    );
    expect(outcomes(again)).toEqual({ 4: 'unchanged', 6: 'unchanged' });
  });

  it('writes nothing when a chosen row has an error, naming it', async () => {
    const res = await importRows(
      {
        publishedOn: '2026-03-01',
        rows: [
          { line: 2, number: 'GB/T 99921-2026', titleZh: '示例填充标准 云服务 其一', directions: ['C.7'] },
          {
            line: 3,
            number: 'GB/T 99922-2026',
            titleZh: '示例填充标准 云服务 其二',
            inForceOn: '2026-02-30',
            directions: ['C.7'],
          },
        ],
      },
      { dryRun: 'false' },
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IMPORT_HAS_ERRORS');
    expect(outcomes(importReportSchema.parse(res.body.report))).toEqual({ 2: 'create', 3: 'error:implemented_on' });
    expect(await registered('GB/T 99921-2026')).toEqual([]);
    const bad = await importRows({ publishedOn: '2026-13-01', rows: [] });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((error) => error.field).sort()).toEqual([
      'publishedOn',
      'rows',
    ]);
  });

  it('fills an empty directions cell of a spreadsheet’s new standard with a marked suggestion', async () => {
    const { upload, dryRun } = importUploads('standards', () => editor);
    const file = csv([
      ['标准号', '标准名称', '研制方向', '发布日期'],
      ['GB/T 37740-2019', '信息技术 云计算 云平台间应用和数据迁移指南', '', '2019-08-30'],
      ['GB/T 37736-2019', '信息技术 云计算 云资源监控通用要求', 'E.4.1', '2019-08-30'],
    ]);
    const report = await dryRun(file, 'suggest.csv');
    expect(outcomes(report)).toEqual({ 2: 'create', 3: 'create' });
    expect(byRow(report).get(2)?.suggested).toEqual(['E.2.2']);
    expect(byRow(report).get(3)?.suggested).toBeUndefined();
    const refused = await upload(file, 'suggest.csv', { dryRun: 'false' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'IMPORT_SUGGESTIONS_UNCONFIRMED', rows: [2] });
    expect(await registered('GB/T 37736-2019')).toEqual([]);
    const done = await upload(file, 'suggest.csv', { dryRun: 'false', confirmSuggested: 'true' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect((await registered('GB/T 37740-2019'))[0]?.directions).toEqual(['E.2.2']);
  });
});

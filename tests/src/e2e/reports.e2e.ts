import { readFile } from 'node:fs/promises';
import { extractPdfText } from '@cloudstd/server/features/reports/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startApp, type RunningApp } from './harness.ts';

const AS_OF = '2026-09-30';

describe('报表: downloads from the reports page in a real browser', () => {
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    app = await startApp({ demo: true });
    page = await app.newPage({ as: 'admin', acceptDownloads: true });
  });

  afterAll(async () => {
    await app?.close();
  });

  const save = async (click: () => Promise<void>): Promise<{ name: string; body: Buffer }> => {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), body: await readFile(file) };
  };
  const openReports = async () => {
    await page.goto(`${app.url}/reports?asOf=${AS_OF}`);
    await expect.poll(() => page.getByTestId('report-preview').innerText()).toMatch(/计入目标的标准\s*\d+\s*\/\s*30/);
  };
  const downloadAs = async (format: string) => {
    await page.getByText(format, { exact: true }).click();
    await expect.poll(() => page.getByRole('radio', { name: format }).isChecked()).toBe(true);
    return save(() => page.getByTestId('report-download').click());
  };

  it('previews the report’s figures for the chosen date and downloads a Chinese PDF', async () => {
    await openReports();
    await page.screenshot({ path: `${screenshotDir}/reports.png`, fullPage: true });

    const { name, body } = await downloadAs('PDF 报告');
    expect(name).toBe(`云计算标准进展报告_${AS_OF}.pdf`);
    const text = (await extractPdfText(body)).join('\n');
    expect(text).toContain('云计算标准化工作进展报告');
    expect(text).toContain(`截至日期：${AS_OF}`);
    expect(text).toContain('参考架构');
    expect(text).toMatch(/第 1 页 \/ 共 \d+ 页/);
  });

  it('downloads the Excel workbook with its four sheets', async () => {
    await openReports();
    const { name, body } = await downloadAs('Excel 工作簿');
    expect(name).toBe(`云计算标准进展报告_${AS_OF}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(body).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '概览',
      '研制方向覆盖',
      '标准清单',
      '贯标企业',
      '宣贯活动',
      '国际标准',
    ]);
    // The default (final 2025) edition's 53 directions and the header row.
    expect(workbook.getWorksheet('研制方向覆盖')?.rowCount).toBe(54);
  });

  it('downloads both CSVs with a BOM and Chinese headers', async () => {
    await openReports();
    const standards = await downloadAs('CSV 标准清单');
    expect(standards.name).toBe(`标准清单_cloud-computing-2025_${AS_OF}.csv`);
    expect([...standards.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(standards.body.subarray(3));
    expect(rows[0]?.[0]).toBe('标准号');
    expect(rows.length).toBeGreaterThan(10);

    const coverage = await downloadAs('CSV 研制方向覆盖');
    expect(coverage.name).toBe(`研制方向覆盖_cloud-computing-2025_${AS_OF}.csv`);
    const coverageRows: string[][] = parse(coverage.body.subarray(3));
    expect(coverageRows).toHaveLength(54);
  });

  it('publishes a snapshot, lists it and downloads its PDF, and compares two snapshots', async () => {
    await openReports();
    await page.getByLabel('名称').fill('2026-Q3');
    await page.getByRole('button', { name: '发布快照' }).click();
    await page.getByRole('cell', { name: '2026-Q3', exact: true }).waitFor();
    const { name, body } = await save(() => page.getByRole('link', { name: 'PDF 2026-Q3' }).click());
    expect(name).toBe(`云计算标准进展报告_2026-Q3_${AS_OF}.pdf`);
    expect((await extractPdfText(body)).join('\n')).toContain('报告快照 2026-Q3');

    await page.goto(`${app.url}/reports?asOf=2026-10-31`);
    await page.getByLabel('名称').fill('2026-10');
    await page.getByRole('button', { name: '发布快照' }).click();
    await page.getByRole('cell', { name: '2026-10', exact: true }).waitFor();
    const comparison = page.getByTestId('snapshot-comparison');
    await expect.poll(() => comparison.innerText()).toContain('计入目标的标准');
    await page.screenshot({ path: `${screenshotDir}/reports-snapshots.png`, fullPage: true });
  });

  it('downloads a dashboard chart as SVG and PNG with its title', async () => {
    await page.goto(`${app.url}/?asOf=${AS_OF}`);
    const section = page.locator('section').filter({ hasText: '累计标准数' }).first();
    const svg = await save(() => section.getByRole('button', { name: '下载 SVG' }).click());
    expect(svg.name).toBe('累计标准数.svg');
    expect(svg.body.toString('utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.body.toString('utf8')).toContain('>累计标准数</text>');
    const png = await save(() => section.getByRole('button', { name: '下载 PNG' }).click());
    expect(png.name).toBe('累计标准数.png');
    expect([...png.body.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });
});

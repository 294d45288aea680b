import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postFromPage, screenshotDir, startApp, type RunningApp } from './harness.ts';

describe('dashboard in a real browser', () => {
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    page = await app.newPage({ as: 'admin' });
  });

  afterAll(async () => {
    await app?.close();
  });

  const kpi = () => page.getByTestId('kpi-standards').innerText();
  const cellState = (code: string) => page.getByTestId(`coverage-cell-${code}`).getAttribute('data-state');

  it('shows a standard added in a gap direction in the KPI, the heatmap and the gap list', async () => {
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(cellState.bind(null, '03.4')).toBe('gap');
    expect(await kpi()).toMatch(/\b0\s*\/\s*30/);
    expect(await page.getByTestId('gap-list').innerText()).toContain('03.4');

    const status = await postFromPage(page, '/api/v1/standards', {
      number: 'SJ/T 11999-2026',
      titleZh: '云计算 人工智能即服务 通用要求（端到端测试）',
      directions: ['03.4'],
      publishedOn: '2026-03-01',
    });
    expect(status).toBe(201);

    await page.reload();
    await expect.poll(cellState.bind(null, '03.4')).toBe('covered');
    await expect.poll(kpi).toMatch(/\b1\s*\/\s*30/);
    expect(await page.getByTestId('gap-list').innerText()).not.toContain('03.4');
    await page.screenshot({ path: `${screenshotDir}/dashboard.png`, fullPage: true });
  });

  it('changes the numbers with the as-of date, which lives in the URL', async () => {
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(kpi).toMatch(/\b1\s*\/\s*30/);
    const picker = page.getByLabel('截至日期');
    await picker.click();
    await picker.fill('2026-01-01');
    await picker.press('Enter');
    await page.waitForURL(/asOf=2026-01-01/);
    await expect.poll(kpi).toMatch(/\b0\s*\/\s*30/);
    await expect.poll(cellState.bind(null, '03.4')).toBe('gap');
  });

  it('shows each chart’s data as a table with the same numbers', async () => {
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(kpi).toMatch(/\b1\s*\/\s*30/);
    const section = page.locator('section, .ant-card').filter({ hasText: '累计标准数' }).first();
    await section.getByText('表格', { exact: true }).click();
    const table = section.locator('table');
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain('2026-03');
    expect(text).toMatch(/2026-06\s+1\b/);
  });
});

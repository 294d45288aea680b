import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postFromPage, screenshotDir, startApp, type RunningApp } from './harness.ts';

describe('dashboard in a real browser', () => {
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    page = await app.newPage({ as: 'admin' });
    // The standard the as-of and table tests read; the first test adds its own.
    const { status } = await postFromPage(page, '/api/v1/standards', {
      number: 'SJ/T 11998-2026',
      titleZh: '云计算 云原生 应用开发要求（端到端测试）',
      directions: ['03.3'],
      publishedOn: '2026-03-01',
    });
    expect(status).toBe(201);
  });

  afterAll(async () => {
    await app?.close();
  });

  const kpi = () => page.getByTestId('kpi-standards').innerText();
  const cellState = (code: string) => page.getByTestId(`coverage-cell-${code}`).getAttribute('data-state');
  const countedOf = (text: string) => Number(/(\d+)\s*\/\s*30/.exec(text)?.[1]);

  it('shows a standard added in a gap direction in the KPI, the heatmap and the gap list', async () => {
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(cellState.bind(null, '03.4')).toBe('gap');
    await expect.poll(kpi).toMatch(/\d+\s*\/\s*30/);
    const counted = countedOf(await kpi());
    expect(await page.getByTestId('gap-list').innerText()).toContain('03.4');

    const { status } = await postFromPage(page, '/api/v1/standards', {
      number: 'SJ/T 11999-2026',
      titleZh: '云计算 人工智能即服务 通用要求（端到端测试）',
      directions: ['03.4'],
      publishedOn: '2026-05-01',
    });
    expect(status).toBe(201);

    await page.reload();
    await expect.poll(cellState.bind(null, '03.4')).toBe('covered');
    await expect.poll(async () => countedOf(await kpi())).toBe(counted + 1);
    expect(await page.getByTestId('gap-list').innerText()).not.toContain('03.4');
    await page.screenshot({ path: `${screenshotDir}/dashboard.png`, fullPage: true });
  });

  it('changes the numbers with the as-of date, which lives in the URL', async () => {
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(cellState.bind(null, '03.3')).toBe('covered');
    const picker = page.getByLabel('截至日期');
    await picker.click();
    await picker.fill('2026-01-01');
    await picker.press('Enter');
    await page.waitForURL(/asOf=2026-01-01/);
    await expect.poll(kpi).toMatch(/\b0\s*\/\s*30/);
    await expect.poll(cellState.bind(null, '03.3')).toBe('gap');
  });

  it('shows each chart’s data as a table with the same numbers', async () => {
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(cellState.bind(null, '03.3')).toBe('covered');
    await expect.poll(kpi).toMatch(/\d+\s*\/\s*30/);
    const counted = countedOf(await kpi());
    const section = page.locator('section, .ant-card').filter({ hasText: '累计标准数' }).first();
    await section.getByText('表格', { exact: true }).click();
    const table = section.locator('table');
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toMatch(new RegExp(`2026-06\\s+${counted}\\b`));
    // SJ/T 11998-2026 alone by March; the first test's standard counts from May.
    expect(text).toMatch(/2026-03\s+1\b/);
  });
});

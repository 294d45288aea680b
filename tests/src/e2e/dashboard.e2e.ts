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
    await expect.poll(cellState.bind(null, 'C.4')).toBe('gap');
    await expect.poll(kpi).toMatch(/\d+\s*\/\s*30/);
    const counted = countedOf(await kpi());
    expect(await page.getByTestId('gap-list').innerText()).toContain('C.4');

    const { status } = await postFromPage(page, '/api/v1/standards', {
      number: 'SJ/T 11999-2026',
      titleZh: '云计算 人工智能即服务 通用要求（端到端测试）',
      directions: ['03.4'],
      publishedOn: '2026-05-01',
    });
    expect(status).toBe(201);

    await page.reload();
    await expect.poll(cellState.bind(null, 'C.4')).toBe('covered');
    await expect.poll(async () => countedOf(await kpi())).toBe(counted + 1);
    expect(await page.getByTestId('gap-list').innerText()).not.toContain('C.4');
    await page.screenshot({ path: `${screenshotDir}/dashboard.png`, fullPage: true });
  });

  it('switches between the editions: 53 cells for the 2025 edition, 50 for the draft, in the URL', async () => {
    const cells = page.locator('[data-testid^="coverage-cell-"]');
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(() => cells.count(), { timeout: 15_000 }).toBe(53);
    // A standard filed under a final direction shows in the draft's view through the crosswalk.
    const { status } = await postFromPage(page, '/api/v1/standards', {
      number: 'GB/T 11997-2026',
      titleZh: '信息技术 云计算 人才能力要求（端到端测试）',
      directions: ['B.4.2'],
      publishedOn: '2026-04-01',
    });
    expect(status).toBe(201);
    await page.reload();
    await expect.poll(cellState.bind(null, 'B.4.2')).toBe('covered');
    await page
      .getByText(/征求意见稿/)
      .first()
      .click();
    await page.waitForURL(/framework=cloud-computing-draft/);
    await expect.poll(() => cells.count(), { timeout: 15_000 }).toBe(50);
    await expect.poll(cellState.bind(null, '02.5.2')).toBe('covered');
    await page
      .getByText(/2025版/)
      .first()
      .click();
    await page.waitForURL(/framework=cloud-computing-2025/);
    await expect.poll(() => cells.count()).toBe(53);
  });

  it('changes the numbers with the as-of date, which lives in the URL', async () => {
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(cellState.bind(null, 'C.3')).toBe('covered');
    const picker = page.getByLabel('截至日期');
    await picker.click();
    await picker.fill('2026-01-01');
    await picker.press('Enter');
    await page.waitForURL(/asOf=2026-01-01/);
    await expect.poll(kpi).toMatch(/\b0\s*\/\s*30/);
    await expect.poll(cellState.bind(null, 'C.3')).toBe('gap');
  });

  it('shows each chart’s data as a table with the same numbers', async () => {
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(cellState.bind(null, 'C.3')).toBe('covered');
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

  it('opens, from a month of the cumulative chart, exactly the standards that month counts', async () => {
    // Its own standards: one counted at April's end, one withdrawn before it (the list used to show it).
    // Both are withdrawn by 2026-06-30, so the other tests' figures at that date do not move.
    for (const standard of [
      { number: 'GB/T 45901-2026', publishedOn: '2026-04-10', withdrawnOn: '2026-05-15' },
      { number: 'GB/T 45902-2026', publishedOn: '2026-02-10', withdrawnOn: '2026-04-20' },
    ]) {
      const { status } = await postFromPage(page, '/api/v1/standards', {
        ...standard,
        titleZh: `云计算 计数口径端到端测试 ${standard.number}`,
        directions: ['02.2.4'],
      });
      expect(status).toBe(201);
    }
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    const point = await page.evaluate(async () => {
      const res = await fetch('/api/v1/dashboard/timeline?asOf=2026-06-30');
      const timeline = (await res.json()) as { points: { month: string; standards: number | null }[] };
      return timeline.points.find((candidate) => candidate.month === '2026-04')?.standards;
    });
    expect(point).toBeGreaterThanOrEqual(1);

    // A click at the month's tick, inside the plot: the chart's click picks the nearest month.
    const tick = page
      .locator('.dash-chart-clickable .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .filter({ hasText: '2026-04' });
    await tick.waitFor();
    const tickBox = await tick.boundingBox();
    const axisBox = await page
      .locator('.dash-chart-clickable .recharts-xAxis .recharts-cartesian-axis-line')
      .boundingBox();
    if (!tickBox || !axisBox) throw new Error('the cumulative chart is not drawn');
    const [x, y] = [tickBox.x + tickBox.width / 2, axisBox.y - 60];
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await page.waitForURL(/\/standards\?asOf=2026-06-30&countedFor=goals-2027-2025-edition&month=2026-04/);

    const chip = page.getByTestId('counted-filter');
    await expect.poll(() => chip.innerText()).toContain('计入 2027 年目标（2025 年版指南） · 截至 2026-04-30');
    const table = page.getByTestId('standards-table');
    await expect.poll(() => table.innerText()).toContain('GB/T 45901-2026');
    expect(await table.innerText()).not.toContain('GB/T 45902-2026');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '共' }).innerText()).toBe(`共 ${point} 项`);

    // Removing the chip lists the registry again, the withdrawn standard included.
    await chip.getByLabel('移除“计入目标”筛选').click();
    await page.waitForURL((url) => !url.search.includes('countedFor'));
    await expect.poll(() => table.innerText()).toContain('GB/T 45902-2026');
  });
});

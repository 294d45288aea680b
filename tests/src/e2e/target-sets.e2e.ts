import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startApp, type RunningApp } from './harness.ts';

describe('target sets on the 管理 page in a real browser', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ users: [{ username: 'member', password: 'e2e-viewer-password', role: 'viewer' }] });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('an admin raises the default set’s goal from 30 to 40 and the dashboard already on record follows', async () => {
    const page = await app.newPage({ as: 'admin', viewport: { width: 1366, height: 900 } });
    const kpi = () => page.getByTestId('kpi-standards').innerText();
    // The dashboard's summary is cached in the client first, so only the save's invalidation can move it.
    await expect.poll(kpi).toMatch(/\/\s*30\b/);

    await page.getByRole('link', { name: '管理', exact: true }).click();
    await page.getByRole('tab', { name: '目标集' }).click();
    await page.waitForURL(/tab=target-sets/);
    await page.getByRole('button', { name: /^编辑 2027 年目标（2025 年版指南）/ }).click();
    const form = page.locator('form#target-set');
    await form.waitFor();
    const goal = page.getByLabel('标准数量最低目标');
    expect(await goal.inputValue()).toBe('30');
    await goal.fill('40');
    await page.screenshot({ path: `${screenshotDir}/target-set-dialog.png` });
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('已保存目标集“2027 年目标（2025 年版指南）”').count()).toBe(1);
    const goals = page.getByTestId('target-set-standards-goal');
    await expect.poll(() => goals.first().innerText()).toContain('最低 40 项，力争 50 项');
    await page.screenshot({ path: `${screenshotDir}/target-sets.png`, fullPage: true });

    await page.getByRole('link', { name: '仪表盘', exact: true }).click();
    await expect.poll(kpi).toMatch(/\/\s*40\b/);
    await page.close();
  });

  it('a viewer finds no 管理 in the menu and a 403 at its address', async () => {
    const page = await app.newPage({ as: 'member', viewport: { width: 1366, height: 900 } });
    await page.getByRole('link', { name: '仪表盘', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: '管理', exact: true }).count()).toBe(0);
    await page.goto(`${app.url}/admin?tab=target-sets`);
    await page.getByRole('heading', { name: '403 · 没有访问权限' }).waitFor();
    expect(await page.locator('form#target-set, [data-testid="target-sets-table"]').count()).toBe(0);
    await page.close();
  });
});

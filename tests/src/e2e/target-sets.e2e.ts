import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotDir, signIn, startServer, type RunningServer } from './server-process.ts';

const adminPassword = 'e2e-admin-password';
const viewerPassword = 'e2e-viewer-password';

describe('target sets on the 管理 page in a real browser', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cloudstd-e2e-'));
    await mkdir(screenshotDir, { recursive: true });
    server = await startServer({ DATA_DIR: dataDir, ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: adminPassword });
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: adminPassword }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const created = await fetch(`${server.url}/api/v1/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ username: 'member', password: viewerPassword, role: 'viewer' }),
    });
    expect(created.status).toBe(201);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('an admin raises the default set’s goal from 30 to 40 and the dashboard already on record follows', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    await signIn(page, server.url, 'admin', adminPassword);
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
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    await signIn(page, server.url, 'member', viewerPassword);
    await page.getByRole('link', { name: '仪表盘', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: '管理', exact: true }).count()).toBe(0);
    await page.goto(`${server.url}/admin?tab=target-sets`);
    await page.getByRole('heading', { name: '403 · 没有访问权限' }).waitFor();
    expect(await page.locator('form#target-set, [data-testid="target-sets-table"]').count()).toBe(0);
    await page.close();
  });
});

import { gzipSync } from 'node:zlib';
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, screenshotDir, startApp, type RunningApp } from './harness.ts';
import { startServer } from './server-process.ts';

describe('foundation in a real browser', () => {
  let app: RunningApp;

  // The restart test changes a password: its own account's, so the admin's stays known to every test.
  const keeper = { username: 'keeper', password: 'keeper-password-1', role: 'viewer' } as const;

  beforeAll(async () => {
    app = await startApp({ users: [keeper] });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('an admin signs in and sees the 53 research directions of the 2025 edition', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/directions`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('用户名').waitFor();
    await page.screenshot({ path: `${screenshotDir}/login.png`, fullPage: true });
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(adminPassword);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/directions/);
    const directions = page.getByTestId('direction-list').getByTestId('direction');
    await expect.poll(() => directions.count(), { timeout: 15_000 }).toBe(53);
    const text = await page.getByTestId('direction-list').innerText();
    expect(text).toContain('B.2.1');
    expect(text).toContain('云原生');
    await page.screenshot({ path: `${screenshotDir}/directions.png`, fullPage: true });
    await page.close();
  });

  it('keeps the sign-in page’s JavaScript within 250 KB gzip', async () => {
    const page = await app.newPage();
    const scripts: Promise<number>[] = [];
    const encodings = new Set<string | undefined>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push(
          response.body().then((body) => {
            // The build leaves files under 1 KiB uncompressed: the headers would cost more than they save.
            if (body.length > 1024) encodings.add(response.headers()['content-encoding']);
            return gzipSync(body).length;
          }),
        );
      }
    });
    await page.goto(`${app.url}/login`);
    await page.getByLabel('用户名').waitFor();
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
    console.log(`sign-in page JavaScript: ${scripts.length} files, ${(total / 1024).toFixed(1)} KiB gzip`);
    expect(total).toBeLessThanOrEqual(250_000);
    // Sent as the brotli copies the build wrote, not compressed per request nor sent raw.
    expect([...encodings]).toEqual(['br']);
    await page.close();
  });

  it('shows a viewer no 导入 in the menu (the page is for editors)', async () => {
    const page = await app.newPage({ as: keeper.username });
    const menu = page.getByRole('navigation', { name: '主导航' });
    await menu.getByRole('link', { name: '标准', exact: true }).waitFor();
    const links = await menu.getByRole('link').allInnerTexts();
    expect(links).toContain('报表');
    expect(links).not.toContain('导入');
    await page.close();
  });

  it('during an outage shows one banner instead of an alert per section, and recovers by itself', async () => {
    const page = await app.newPage({ as: 'admin' });
    await page.getByTestId('kpi-standards').waitFor();
    // The server goes away: every API call and the readiness check fail at the network.
    const refuse = (route: Route) => route.abort('connectionrefused');
    await page.route('**/api/v1/**', refuse);
    await page.route('**/readyz', refuse);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '标准', exact: true }).click();
    const banner = page.getByRole('alert').filter({ hasText: '暂时无法连接服务器' });
    await banner.waitFor({ timeout: 15_000 });
    expect(await page.getByRole('alert').count()).toBe(1);
    await page.screenshot({ path: `${screenshotDir}/outage-banner.png` });

    await page.unroute('**/api/v1/**');
    await page.unroute('**/readyz');
    await banner.waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('shows the error page inside the shell when a page’s code cannot load, and reloads when it can', async () => {
    const page = await app.newPage({ as: 'admin' });
    await page.getByTestId('kpi-standards').waitFor();
    const refuse = (route: Route) => route.abort('connectionrefused');
    await page.route('**/assets/**', refuse);
    await page.route('**/readyz', refuse);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '管理', exact: true }).click();
    await page.getByText('页面代码未能加载').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${screenshotDir}/page-code-missing.png` });
    // The navigation stays: the user can go elsewhere.
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link').count()).toBeGreaterThan(3);

    await page.unroute('**/assets/**');
    await page.unroute('**/readyz');
    await page.getByRole('tab', { name: /用户/ }).first().waitFor({ timeout: 20_000 });
    expect(page.url()).toMatch(/\/admin$/);
    await page.close();
  });

  it('refuses a wrong password in the user’s language', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/login`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByText('用户名或密码错误').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps accounts across a restart of the server', async () => {
    const login = (password: string) =>
      fetch(`${app.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: keeper.username, password }),
      });
    const first = await login(keeper.password);
    expect(first.status).toBe(200);
    const cookie = first.headers.get('set-cookie')?.split(';')[0] ?? '';
    const changed = await fetch(`${app.url}/api/v1/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ currentPassword: keeper.password, newPassword: 'changed-before-restart' }),
    });
    expect(changed.status).toBe(204);

    await app.restart();
    expect((await login(keeper.password)).status).toBe(401);
    expect((await login('changed-before-restart')).status).toBe(200);
    expect(app.server.output()).not.toMatch(/Created the first admin/);
  });

  it('refuses a second server on the same data directory with a clear message', async () => {
    const second = startServer({ DATA_DIR: app.dataDir });
    await expect(second).rejects.toThrow(/in use by another process/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startApp, type RunningApp } from './harness.ts';

describe('standards registry in a real browser', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ users: [{ username: 'staff', password: 'e2e-editor-password', role: 'editor' }] });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('an editor types a number in any variant, finds it normalised in the list, edits it and sees the history', async () => {
    const page = await app.newPage({ as: 'staff', viewport: { width: 1366, height: 900 } });

    await page.goto(`${app.url}/standards/new`);
    await page.locator('form#standard').waitFor();
    await page.getByLabel('标准号').fill('gb/t 32400—2015');
    await expect.poll(() => page.getByTestId('number-preview').innerText()).toContain('GB/T 32400-2015');
    await page.getByLabel('中文名称').fill('信息技术 云计算 概览与词汇');
    await page.getByRole('combobox', { name: '研制方向' }).click();
    await page.getByRole('combobox', { name: '研制方向' }).fill('术语');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'A.1' }).first().click();
    await page.keyboard.press('Escape');
    await page.getByLabel('发布日期').click();
    await page.getByLabel('发布日期').fill('2015-12-31');
    await page.keyboard.press('Enter');
    await page.screenshot({ path: `${screenshotDir}/standard-form.png`, fullPage: true });
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/standards\/\d+$/);
    await page.getByTestId('standard-history').waitFor();

    await page.goto(`${app.url}/standards?q=32400`);
    const table = page.getByTestId('standards-table');
    await expect.poll(() => table.innerText()).toContain('GB/T 32400-2015');
    await page.screenshot({ path: `${screenshotDir}/standards-list.png`, fullPage: true });

    await table.getByText('GB/T 32400-2015').click();
    await page.waitForURL(/\/standards\/\d+$/);
    await page.getByRole('button', { name: '编辑' }).click();
    await page.locator('form#standard').waitFor();
    await page.getByLabel('英文名称').fill('Information technology — Cloud computing — Overview and vocabulary');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/standards\/\d+$/);
    const history = page.getByTestId('standard-history');
    await expect.poll(() => history.innerText()).toContain('Overview and vocabulary');
    const text = await history.innerText();
    expect(text).toContain('staff');
    await page.screenshot({ path: `${screenshotDir}/standard-detail.png`, fullPage: true });
    await page.close();
  });

  it('switching to English shows the list in English', async () => {
    const page = await app.newPage({ as: 'staff' });
    await page.goto(`${app.url}/standards`);
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.getByTestId('standards-table').innerText()).toMatch(/Number|Title/);
    await page.close();
  });
});

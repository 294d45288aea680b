import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postFromPage, screenshotDir, startApp, type RunningApp } from './harness.ts';

// GB/T 31168-2023 (published 2023-05-23, in force 2023-12-01) replaces GB/T 31168-2014 (PRODUCT.md §11);
// the 2014 edition's own dates here are test data.
describe('replacement in a real browser', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ users: [{ username: 'staff', password: 'e2e-editor-password', role: 'editor' }] });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('recording GB/T 31168-2023 as replacing GB/T 31168-2014 makes the old one 被代替 on its in-force date', async () => {
    const page = await app.newPage({ as: 'staff', viewport: { width: 1366, height: 900 } });
    await page.goto(`${app.url}/standards`);
    const old = await postFromPage(page, '/api/v1/standards', {
      number: 'GB/T 31168-2014',
      titleZh: '信息安全技术 云计算服务安全能力要求',
      directions: ['01.1'],
      publishedOn: '2014-09-03',
      inForceOn: '2015-04-01',
      committee: 'TC260',
    });
    expect(old.status).toBe(201);

    await page.goto(`${app.url}/standards/new`);
    await page.locator('form#standard').waitFor();
    await page.getByLabel('标准号').fill('GB/T 31168-2023');
    await page.getByLabel('中文名称').fill('信息安全技术 云计算服务安全能力要求');
    await page.locator('label.ant-radio-button-wrapper', { hasText: '修订' }).click();
    await page.getByLabel('代替标准').fill('GB/T 31168-2014');
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: '研制方向' }).click();
    await page.getByRole('combobox', { name: '研制方向' }).fill('术语');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'A.1' }).first().click();
    await page.keyboard.press('Escape');
    for (const [label, date] of [
      ['发布日期', '2023-05-23'],
      ['实施日期', '2023-12-01'],
    ] as const) {
      await page.getByLabel(label).click();
      await page.getByLabel(label).fill(date);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/standards\/\d+$/);
    const chain = page.getByTestId('replacement-chain');
    await expect.poll(() => chain.innerText()).toContain('GB/T 31168-2014');
    expect(await chain.innerText()).toContain('GB/T 31168-2023');
    await page.screenshot({ path: `${screenshotDir}/replacement-chain.png`, fullPage: true });

    const table = page.getByTestId('standards-table');
    await page.goto(`${app.url}/standards?q=31168-2014&asOf=2023-11-30`);
    await expect.poll(() => table.innerText()).toContain('GB/T 31168-2014');
    expect(await table.innerText()).toContain('现行');
    await page.goto(`${app.url}/standards?q=31168-2014&asOf=2023-12-01`);
    await expect.poll(() => table.innerText()).toContain('被代替');
    await page.screenshot({ path: `${screenshotDir}/replaced-standard.png`, fullPage: true });
    await page.close();
  });
});

import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { completeCreditCode } from '@cloudstd/shared/domain/credit-code';
import { adoptionSchema, enterpriseSchema } from '@cloudstd/shared/schemas/enterprise';
import { standardSchema } from '@cloudstd/shared/schemas/standard';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postFromPage, screenshotDir, startApp, type RunningApp } from './harness.ts';

/** The worked example of GB 32100-2015, typed the way people paste it: full width, lower case, spaced. */
const typedCode = '９１３５ ０１００ ｍ０００ １００ｙ ４３';
const mistypedCode = '91350100M000100Y44';

describe('enterprises in a real browser', () => {
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    page = await app.newPage({ as: 'admin' });
  });

  afterAll(async () => {
    await app?.close();
  });

  const kpi = () => page.getByTestId('kpi-enterprises').innerText();
  const countedOf = (text: string) => Number(/(\d+)\s*\/\s*1,000/.exec(text)?.[1]);

  /** Records through the API what a test needs but does not test. */
  const record = async <T>(apiPath: string, body: unknown, schema: { parse(value: unknown): T }): Promise<T> => {
    const res = await postFromPage(page, apiPath, body);
    expect(res.status).toBe(201);
    return schema.parse(res.body);
  };
  const recordStandard = (number: string, titleZh: string, publishedOn: string) =>
    record('/api/v1/standards', { number, titleZh, directions: ['05.2.1'], publishedOn }, standardSchema);
  const recordEnterprise = (name: string, creditCode: string) =>
    record('/api/v1/enterprises', { name, creditCode }, enterpriseSchema);

  it('records an enterprise and an adoption, and the dashboard’s enterprise KPI moves', async () => {
    await recordStandard('GB/T 37741-2019', '信息技术 云计算 云服务交付要求', '2019-08-30');
    await page.goto(`${app.url}/`);
    await expect.poll(kpi).toMatch(/\d+\s*\/\s*1,000/);
    const counted = countedOf(await kpi());

    // The form checks the code as it is typed: a wrong check character names the expected one,
    // and only then does an admin see the override.
    await page.goto(`${app.url}/enterprises`);
    await page.getByRole('button', { name: '登记企业' }).click();
    await page.getByRole('heading', { name: '登记贯标企业' }).waitFor();
    await page.getByLabel('企业名称').fill('端到端测试云计算有限公司');
    const code = page.getByLabel('统一社会信用代码');
    await code.fill(mistypedCode);
    await expect.poll(() => page.getByText('第 18 位应为“3”').count()).toBe(1);
    expect(await page.getByText('仍然登记该代码（管理员确认）').count()).toBe(1);
    await code.fill(typedCode);
    await code.blur();
    await expect.poll(() => page.getByTestId('credit-code-preview').getAttribute('data-valid')).toBe('true');
    expect(await code.inputValue()).toBe('91350100M000100Y43');
    expect(await page.getByTestId('credit-code-preview').innerText()).toContain('福建');
    expect(await page.getByText('仍然登记该代码（管理员确认）').count()).toBe(0);
    await page.getByRole('button', { name: '登 记' }).click();
    await page.waitForURL(/\/enterprises\/\d+$/);
    await page.getByRole('heading', { name: '端到端测试云计算有限公司' }).waitFor();
    expect(await page.getByText('尚无有效贯标记录，不计入目标').count()).toBe(1);

    // An adoption, the standard picked by typing its number in another form.
    await page.getByRole('button', { name: '添加贯标记录' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('standard-picker').click();
    await page.keyboard.type('gbt37741');
    await page.locator('.ant-select-item-option', { hasText: 'GB/T 37741-2019' }).click();
    await dialog.getByText('第三方评估/测评').click();
    await dialog.getByLabel('证书编号或链接').fill('CERT-E2E-001');
    await dialog.getByRole('button', { name: '登记', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'GB/T 37741-2019', exact: true }).waitFor();
    await expect.poll(() => page.getByText(/起计入目标/).count()).toBe(1);
    await page.screenshot({ path: `${screenshotDir}/enterprise.png`, fullPage: true });

    await page.goto(`${app.url}/`);
    await expect.poll(async () => countedOf(await kpi())).toBe(counted + 1);
    const adoption = page.getByTestId('adoption-chart');
    await adoption.getByText('表格', { exact: true }).click();
    // Every adoption in this file is dated today, so this month's point is the KPI.
    const month = todayInChina().slice(0, 7);
    const row = adoption.locator('tr', { hasText: month });
    expect(await row.innerText()).toMatch(new RegExp(`${month}\\s+${counted + 1}\\b`));
  });

  it('shows the adopter on the standard’s page and lists the enterprise by the standard', async () => {
    const standard = await recordStandard('GB/T 36325-2018', '信息技术 云计算 云服务级别协议基本要求', '2018-06-07');
    const enterprise = await recordEnterprise('端到端测试贯标服务有限公司', completeCreditCode('91110108MA0000002'));
    await record(
      '/api/v1/adoptions',
      {
        enterpriseId: enterprise.id,
        standardId: standard.id,
        adoptedOn: todayInChina(),
        evidence: 'certificate',
        reference: 'CERT-E2E-002',
      },
      adoptionSchema,
    );
    await page.goto(`${app.url}/standards?q=36325`);
    await page.getByRole('link', { name: 'GB/T 36325-2018' }).first().click();
    const adopters = page.getByTestId('standard-adopters');
    await adopters.getByText('端到端测试贯标服务有限公司').waitFor();
    expect(await adopters.innerText()).toContain('CERT-E2E-002');
    await adopters.getByRole('link', { name: '查看全部贯标企业' }).click();
    await page.waitForURL(/\/enterprises\?standard=\d+/);
    await page.getByText('共 1 家企业').first().waitFor();
    expect(await page.getByRole('link', { name: '端到端测试贯标服务有限公司' }).count()).toBe(1);
  });

  it('refuses the same credit code twice, naming the enterprise that holds it', async () => {
    const held = completeCreditCode('91440300MA0000003');
    await recordEnterprise('端到端测试先登记企业', held);
    await page.goto(`${app.url}/enterprises/new`);
    await page.getByRole('heading', { name: '登记贯标企业' }).waitFor();
    await page.getByLabel('企业名称').fill('重复代码企业');
    await page.getByLabel('统一社会信用代码').fill(held);
    await page.getByRole('button', { name: '登 记' }).click();
    await expect.poll(() => page.getByText(/已登记为“端到端测试先登记企业”/).count()).toBeGreaterThan(0);
    expect(page.url()).toMatch(/\/enterprises\/new$/);
  });
});

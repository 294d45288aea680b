import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startApp, type RunningApp } from './harness.ts';

// An announcement of 30 rows as copied from a web page: four real cloud standards (GB/T 37734/37736/37738/
// 37740-2019, published together on 2019-08-30, in force 2020-03-01) among 26 invented non-cloud fillers
// (GB/T 9995x–9998x numbers and 示例填充标准 titles, for the layout only).
const fillerTitles = [
  '纺织品 色牢度试验',
  '电动汽车 充电接口',
  '食品 微生物检验',
  '钢铁 化学分析方法',
  '道路车辆 照明装置',
];
const cloud = new Map([
  [4, ['GB/T 37734—2019', '信息技术 云计算 云服务采购指南']],
  [11, ['GB/T 37736—2019', '信息技术 云计算 云资源监控通用要求']],
  [19, ['GB/T 37738—2019', '信息技术 云计算 云服务质量评价指标']],
  [27, ['GB/T 37740—2019', '信息技术 云计算 云平台间应用和数据迁移指南']],
]);
const lines = ['序号\t标准编号\t标准名称\t代替标准号\t实施日期'];
for (let sequence = 1; sequence <= 30; sequence += 1) {
  const [number, title] = cloud.get(sequence) ?? [
    `GB/T ${99950 + sequence}-2019`,
    `示例填充标准 ${fillerTitles[sequence % fillerTitles.length] ?? ''} 第${sequence}部分`,
  ];
  lines.push(`${sequence}\t${number}\t${title}\t\t2020-03-01`);
}

describe('pasting an announcement in a real browser', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ users: [{ username: 'staff', password: 'e2e-editor-password', role: 'editor' }] });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('picks out the four cloud standards of 30 rows, takes the suggestions, and records them at once', async () => {
    const page = await app.newPage({ as: 'staff', viewport: { width: 1440, height: 1000 } });
    const cellState = (code: string) => page.getByTestId(`coverage-cell-${code}`).getAttribute('data-state');
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(cellState.bind(null, 'E.1.2')).toBe('gap');

    await page.goto(`${app.url}/import?kind=announcement`);
    await page.getByTestId('announcement-text').fill(lines.join('\n'));
    await page.getByTestId('announcement-published-on').fill('2019-08-30');
    await page.getByRole('button', { name: '读取' }).click();
    await expect.poll(() => page.getByText(/读到 30 行，已选 4 行/).count()).toBe(1);
    expect(await page.getByText('建议，请核对').count()).toBe(4);
    await page.screenshot({ path: `${screenshotDir}/announcement-rows.png`, fullPage: true });

    await page.getByRole('button', { name: '检查所选 4 行' }).click();
    const totals = page.getByTestId('import-totals');
    await expect.poll(() => totals.innerText()).toMatch(/新建\s*4/);
    const importButton = page.getByRole('button', { name: '导入 4 项' });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByText(/我已核对 4 行系统建议的研制方向/).click();
    await importButton.click();
    await expect.poll(() => page.getByTestId('import-done').innerText()).toContain('新建 4 项');

    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(cellState.bind(null, 'E.1.2')).toBe('covered');
    await expect.poll(cellState.bind(null, 'E.4.1')).toBe('covered');
    await page.goto(`${app.url}/standards?q=GB/T 377`);
    const table = page.getByTestId('standards-table');
    await expect.poll(() => table.innerText()).toContain('GB/T 37734-2019');
    expect(await table.innerText()).toContain('GB/T 37740-2019');
    await page.close();
  });
});

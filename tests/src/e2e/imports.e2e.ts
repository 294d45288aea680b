import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { completeCreditCode } from '@cloudstd/shared/domain/credit-code';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postFromPage, screenshotDir, startApp, type RunningApp } from './harness.ts';

/** The secretariat's list as Excel on Chinese Windows saves it: GB18030, Chinese headers, one bad row. */
const announcement = [
  ['标准号', '标准名称', '研制方向', '发布日期', '实施日期', '归口单位'],
  [
    'GB/T 46001-2026',
    '信息技术 云计算 人工智能即服务 通用要求',
    '人工智能即服务',
    '2026年3月1日',
    '2026-10-01',
    'TC28',
  ],
  ['GB/T 46002-2026', '信息技术 云计算 云原生 平台能力要求', '02.2.4', '2026/4/1', '', 'TC28'],
  ['GB/T 46003-2026', '信息技术 云计算 其它部署模型 要求', '设备安全', '2026-02-30', '', 'TC28'],
];

describe('importing standards in a real browser', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ users: [{ username: 'staff', password: 'e2e-editor-password', role: 'editor' }] });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('flags the bad row by row and column, takes the fixed file and moves the dashboard', async () => {
    const page = await app.newPage({ as: 'staff', acceptDownloads: true });
    const kpi = () => page.getByTestId('kpi-standards').innerText();
    const cellState = (code: string) => page.getByTestId(`coverage-cell-${code}`).getAttribute('data-state');
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(kpi).toMatch(/\b0\s*\/\s*30/);
    await expect.poll(cellState.bind(null, 'C.4')).toBe('gap');

    const listFile = path.join(app.dataDir, '2026年第1号公告.csv');
    await writeFile(listFile, iconv.encode(`${announcement.map((row) => row.join(',')).join('\r\n')}\r\n`, 'gb18030'));
    await page.getByRole('link', { name: '导入' }).click();
    await page.getByTestId('import-dropzone').setInputFiles(listFile);
    const rows = page.getByTestId('import-rows');
    await rows.waitFor();

    // The bad row is marked, its two bad cells say why, and nothing can be imported yet.
    const totals = page.getByTestId('import-totals');
    await expect.poll(() => totals.innerText()).toMatch(/新建\s*2[\s\S]*错误\s*1/);
    const badRow = rows.locator('tr.import-row-error');
    expect(await badRow.count()).toBe(1);
    expect(await badRow.locator('td').first().innerText()).toBe('4');
    const badCells = badRow.locator('td.import-cell-error');
    expect(await badCells.count()).toBe(2);
    // 设备安全 names two leaves of the default (2025) edition: the code or the path is asked for.
    expect(await badCells.nth(0).innerText()).toMatch(/设备安全[\s\S]*不唯一[\s\S]*F\.2\.2/);
    expect(await badCells.nth(1).innerText()).toMatch(/2026-02-30[\s\S]*不存在/);
    const importButton = page.getByRole('button', { name: /导入 \d+ 项/ });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByRole('switch').click();
    await expect.poll(() => rows.locator('tbody tr.ant-table-row').count()).toBe(1);
    await page.screenshot({ path: `${screenshotDir}/import-errors.png`, fullPage: true });

    // The error report opens in Excel with the problems marked; fixed in place, it goes back up.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载错误报告/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('2026年第1号公告-导入检查.xlsx');
    const reportFile = path.join(app.dataDir, download.suggestedFilename());
    await download.saveAs(reportFile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(reportFile)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('the report has no sheet');
    expect(sheet.getCell('G4').text).toMatch(/^错误 error/);
    sheet.getCell('C4').value = '部署模型/其它';
    sheet.getCell('D4').value = '2026-02-28';
    await workbook.xlsx.writeFile(reportFile);

    await page.locator('input[type=file]').setInputFiles(reportFile);
    await expect.poll(() => totals.innerText()).toMatch(/新建\s*3[\s\S]*错误\s*0/);
    expect(await rows.locator('tr.import-row-error').count()).toBe(0);
    await page.getByRole('button', { name: '导入 3 项' }).click();
    await expect.poll(() => page.getByTestId('import-done').innerText()).toContain('新建 3 项');
    await page.screenshot({ path: `${screenshotDir}/import-done.png`, fullPage: true });

    await page.getByRole('link', { name: '查看仪表盘' }).click();
    await page.goto(`${app.url}/?asOf=2026-06-30`);
    await expect.poll(kpi).toMatch(/\b3\s*\/\s*30/);
    // The default (final) edition's heatmap places draft-filed standards through the crosswalk; 02.5.3 has
    // no successor there, so the draft's view shows it.
    await expect.poll(cellState.bind(null, 'C.4')).toBe('covered');
    await page.goto(`${app.url}/?asOf=2026-06-30&framework=cloud-computing-draft`);
    await expect.poll(cellState.bind(null, '02.5.3')).toBe('covered');

    await page.goto(`${app.url}/standards?q=46003`);
    await expect.poll(() => page.getByTestId('standards-table').innerText()).toContain('GB/T 46003-2026');
    await page.close();
  });

  it('importing the same file again changes nothing', async () => {
    const page = await app.newPage({ as: 'staff', viewport: { width: 1366, height: 900 } });
    // Published after the first test's as-of date, so its dashboard figures stay as they are.
    const listFile = path.join(app.dataDir, '2026年第2号公告.csv');
    await writeFile(
      listFile,
      '标准号,标准名称,研制方向,发布日期\r\nGB/T 46011-2026,信息技术 云计算 术语,01.1,2026-08-01\r\n',
    );
    await page.goto(`${app.url}/import`);
    await page.getByTestId('import-dropzone').setInputFiles(listFile);
    const totals = page.getByTestId('import-totals');
    await expect.poll(() => totals.innerText()).toMatch(/新建\s*1/);
    await page.getByRole('button', { name: '导入 1 项' }).click();
    await expect.poll(() => page.getByTestId('import-done').innerText()).toContain('新建 1 项');

    await page.goto(`${app.url}/import`);
    await page.getByTestId('import-dropzone').setInputFiles(listFile);
    await expect.poll(() => totals.innerText()).toMatch(/无变化\s*1/);
    expect(await page.getByRole('button', { name: '导入 0 项' }).isDisabled()).toBe(true);
    expect(await page.getByText('无需导入').count()).toBe(1);
    await page.close();
  });

  it('imports adoptions: a bad credit code is flagged, the fixed file creates the enterprises and moves the KPI', async () => {
    const page = await app.newPage({ as: 'staff' });
    const kpi = () => page.getByTestId('kpi-enterprises').innerText();
    // The adopted standards, published after the first test's as-of date so they leave its figures alone.
    for (const number of ['GB/T 46021-2026', 'GB/T 46022-2026', 'GB/T 46023-2026']) {
      const { status } = await postFromPage(page, '/api/v1/standards', {
        number,
        titleZh: `信息技术 云计算 贯标测试标准 ${number}`,
        directions: ['01.1'],
        publishedOn: '2026-07-01',
      });
      expect(status).toBe(201);
    }
    await page.goto(`${app.url}/`);
    await expect.poll(kpi).toMatch(/\b0\s*\/\s*1,000/);

    const adoptedOn = new Date(Date.parse(`${todayInChina()}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    const first = '91350100M000100Y43';
    const second = completeCreditCode('91110108MA0000001');
    const rows = (secondCode: string) => [
      ['企业名称', '统一社会信用代码', '行业', '省份', '标准号', '实施日期', '证明类型', '证明材料'],
      ['端到端贯标科技有限公司', first, '软件和信息技术服务业', '福建', 'GB/T 46021-2026', adoptedOn, '证书', 'CERT-1'],
      ['端到端贯标科技有限公司', first, '', '', 'gb/t 46022—2026', adoptedOn, '评估', ''],
      ['第二家贯标企业', secondCode, '金融', '北京', 'GB/T 46023-2026', adoptedOn, '自我声明', ''],
    ];
    const file = path.join(app.dataDir, '贯标记录.csv');
    const write = (secondCode: string) =>
      writeFile(
        file,
        `${rows(secondCode)
          .map((row) => row.join(','))
          .join('\r\n')}\r\n`,
      );

    await write(`${second.slice(0, 17)}${second.endsWith('0') ? '1' : '0'}`);
    await page.goto(`${app.url}/import`);
    // The radio itself is visually hidden behind its button-styled label.
    await page.locator('label', { hasText: /^贯标记录$/ }).click();
    await page.waitForURL(/kind=adoptions/);
    await expect.poll(() => page.getByRole('radio', { name: '贯标记录' }).isChecked()).toBe(true);
    await page.getByTestId('import-dropzone').setInputFiles(file);
    const totals = page.getByTestId('import-totals');
    await expect.poll(() => totals.innerText()).toMatch(/新建\s*2[\s\S]*错误\s*1[\s\S]*新企业\s*1/);
    const badRow = page.getByTestId('import-rows').locator('tr.import-row-error');
    expect(await badRow.locator('td').first().innerText()).toBe('4');
    expect(await badRow.locator('td.import-cell-error').innerText()).toMatch(/校验位不符[\s\S]*导入不能越过校验/);
    expect(await page.getByRole('button', { name: /导入 \d+ 项/ }).isDisabled()).toBe(true);

    await write(second);
    await page.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => totals.innerText()).toMatch(/新建\s*3[\s\S]*错误\s*0[\s\S]*新企业\s*2/);
    await page.getByRole('button', { name: '导入 3 项' }).click();
    await expect.poll(() => page.getByTestId('import-done').innerText()).toContain('新登记企业 2 家');
    await page.screenshot({ path: `${screenshotDir}/import-adoptions-done.png`, fullPage: true });

    await page.getByRole('link', { name: '查看贯标企业' }).click();
    await page.waitForURL(/\/enterprises$/);
    await page.getByRole('link', { name: '端到端贯标科技有限公司' }).first().waitFor();
    await page.getByRole('link', { name: '第二家贯标企业' }).first().waitFor();
    await page.goto(`${app.url}/`);
    await expect.poll(kpi).toMatch(/\b2\s*\/\s*1,000/);
    await page.close();
  });
});

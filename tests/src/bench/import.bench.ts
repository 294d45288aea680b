/**
 * Import benchmark: generates 10,000-row standards spreadsheets (CSV and XLSX) and times the dry run
 * and the commit over HTTP, as a browser would send them: creating 10,000 standards, importing the
 * same file again (all unchanged), and a file that updates all 10,000. Then 10,000 adoptions of those
 * standards by 2,500 enterprises named by credit code: all new (enterprises created too), the same
 * file again, and every adoption re-dated. The target is preview + commit ≤ 5 s in total on
 * PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL); PGlite is timed too.
 */
import { performance } from 'node:perf_hooks';
import type { DatabaseDriver } from '@cloudstd/db/connect';
import { loadShippedFrameworks } from '@cloudstd/db/seeds/load-framework';
import { seedDefaultTargetSets } from '@cloudstd/db/seeds/target-sets';
import { createTestDatabase } from '@cloudstd/db/testing';
import { completeCreditCode } from '@cloudstd/shared/domain/credit-code';
import { importReportSchema, type ImportKind, type ImportReport } from '@cloudstd/shared/schemas/import';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { runOnEachDatabase, serveApp } from './bench-kit.ts';

const ROWS = 10_000;
const TARGET_MS = 5_000;
const HEADER = [
  '标准号',
  '标准名称',
  '英文名称',
  '研制方向',
  '发布日期',
  '实施日期',
  '归口单位',
  '采用国际标准',
  '制修订',
  '标签',
];
const DIRECTIONS = ['01.1', '02.2.4', '云原生', '部署模型/其它', '03.4;03.6', '安全监管', '05.3.3、05.4.1', '04.2'];

/** Row i of the generated registry; `revision` > 0 changes the in-force date (an update of every row). */
function row(i: number, revision: number): (string | Date)[] {
  const level = i % 10 < 6 ? 'GB/T' : i % 10 < 8 ? 'YD/T' : 'T/BENCH';
  const year = 2000 + (i % 26);
  const published = new Date(Date.UTC(year, i % 12, 1 + (i % 28)));
  const inForce = new Date(published.getTime() + (180 + revision) * 86_400_000);
  return [
    `${level} ${100_000 + i}-${year}`,
    `信息技术 云计算 基准导入标准 第${i}部分`,
    `Information technology — Cloud computing — Bench import part ${i}`,
    DIRECTIONS[i % DIRECTIONS.length] ?? '01.1',
    published,
    inForce,
    `TC${28 + (i % 5)}`,
    i % 4 === 0 ? `ISO/IEC ${10_000 + i}:2014 IDT` : '',
    i % 7 === 0 ? '修订' : '制定',
    i % 3 === 0 ? '金融;政务' : '',
  ];
}

const iso = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

function csvFile(revision: number): Buffer {
  const rows = Array.from({ length: ROWS }, (_, i) => row(i, revision).map(iso));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(stringify([HEADER, ...rows]))]);
}

async function xlsxFile(revision: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('标准');
  sheet.addRow(HEADER);
  for (let i = 0; i < ROWS; i++) sheet.addRow(row(i, revision));
  sheet.getColumn(5).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(6).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const ADOPTIONS_PER_ENTERPRISE = 4;
const ADOPTION_HEADER = ['企业名称', '统一社会信用代码', '行业', '省份', '标准号', '实施日期', '证明类型', '证明材料'];
const INDUSTRIES = ['金融', '制造', '软件和信息技术服务业', '政务', '电信'];
const PROVINCES = ['北京', '上海', '广东', '江苏', '浙江', '四川'];
const EVIDENCE = ['证书', '评估', '自我声明', '其他'];

/** 10,000 adoptions: enterprise e adopts standards 4e … 4e+3 of the generated registry; `revision` moves every date. */
function adoptionsCsv(revision: number): Buffer {
  const rows: string[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const enterprise = Math.floor(i / ADOPTIONS_PER_ENTERPRISE);
    const [number] = row(i, 0);
    rows.push([
      `基准贯标企业 ${enterprise} 有限公司`,
      completeCreditCode(`91440300${String(enterprise).padStart(9, '0')}`),
      INDUSTRIES[enterprise % INDUSTRIES.length] ?? '',
      PROVINCES[enterprise % PROVINCES.length] ?? '',
      iso(number ?? ''),
      new Date(Date.UTC(2024, i % 12, 1 + (i % 28) + revision)).toISOString().slice(0, 10),
      EVIDENCE[i % EVIDENCE.length] ?? '',
      i % 2 === 0 ? `CERT-${i}` : '',
    ]);
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(stringify([ADOPTION_HEADER, ...rows]))]);
}

async function benchmark(driver: DatabaseDriver): Promise<boolean> {
  const handle = await createTestDatabase(driver);
  try {
    await loadShippedFrameworks(handle.db);
    await seedDefaultTargetSets(handle.db);
    const { base, cookie, close } = await serveApp(handle.db, 'editor');

    const send = async (
      kind: ImportKind,
      file: Buffer,
      name: string,
      dryRun: boolean,
    ): Promise<{ ms: number; report: ImportReport }> => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(file)]), name);
      const start = performance.now();
      const res = await fetch(`${base}/api/v1/imports/${kind}?dryRun=${String(dryRun)}`, {
        method: 'POST',
        headers: { cookie },
        body: form,
      });
      const body: unknown = await res.json();
      const ms = performance.now() - start;
      if (!res.ok)
        throw new Error(`${name} dryRun=${String(dryRun)}: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
      return { ms, report: importReportSchema.parse(body) };
    };

    console.log(`\n${driver}: ${ROWS.toLocaleString('en')} rows per file`);
    console.log('file                          dry run ms   commit ms    total ms   outcome');
    let worst = 0;
    const scenarios: [string, ImportKind, () => Promise<Buffer>, string][] = [
      ['new standards (CSV, UTF-8)', 'standards', () => Promise.resolve(csvFile(0)), 'standards.csv'],
      ['same file again (CSV)', 'standards', () => Promise.resolve(csvFile(0)), 'standards.csv'],
      ['every row updated (XLSX)', 'standards', () => xlsxFile(1), 'standards.xlsx'],
      ['same file again (XLSX)', 'standards', () => xlsxFile(1), 'standards.xlsx'],
      ['new adoptions (CSV)', 'adoptions', () => Promise.resolve(adoptionsCsv(0)), 'adoptions.csv'],
      ['same adoptions again (CSV)', 'adoptions', () => Promise.resolve(adoptionsCsv(0)), 'adoptions.csv'],
      ['every adoption re-dated', 'adoptions', () => Promise.resolve(adoptionsCsv(1)), 'adoptions.csv'],
    ];
    for (const [label, kind, build, name] of scenarios) {
      const file = await build();
      const preview = await send(kind, file, name, true);
      const commit = await send(kind, file, name, false);
      const { totals } = commit.report;
      if (totals.error > 0) throw new Error(`${label}: ${totals.error} rows with errors`);
      const total = preview.ms + commit.ms;
      worst = Math.max(worst, total);
      const f = (n: number) => n.toFixed(0).padStart(10);
      console.log(
        `${label.padEnd(28)} ${f(preview.ms)}  ${f(commit.ms)}  ${f(total)}   create ${totals.create}, update ${totals.update}, unchanged ${totals.unchanged}${totals.newEnterprises ? `, new enterprises ${totals.newEnterprises}` : ''} (${(file.length / 1024 / 1024).toFixed(1)} MB)`,
      );
    }
    close();
    const ok = driver === 'pglite' || worst <= TARGET_MS;
    console.log(
      `worst preview + commit: ${worst.toFixed(0)} ms${driver === 'postgres' ? ` (target ≤ ${TARGET_MS} ms): ${ok ? 'met' : 'NOT met'}` : ' (PGlite: for information)'}`,
    );
    return ok;
  } finally {
    await handle.close();
  }
}

await runOnEachDatabase(benchmark);

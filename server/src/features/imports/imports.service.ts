import { createHash } from 'node:crypto';
import type { Database } from '@cloudstd/db/tables';
import {
  IMPORT_MAX_ROWS,
  type ImportQuery,
  type ImportReport,
  type ImportRow,
  type ImportTotals,
} from '@cloudstd/shared/schemas/import';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';
import { DirectionNames } from './direction-names.ts';
import * as repo from './imports.repository.ts';
import { matchColumns, type MatchedSheet } from './spreadsheet/columns.ts';
import { RESULT_HEADER } from './report-workbook.ts';
import { readSpreadsheet, type Spreadsheet } from './spreadsheet/read-spreadsheet.ts';
import { standardColumns } from './standards-columns.ts';
import { planStandardsImport, type StandardsRegistry } from './standards-import.ts';
import { readStandardRow } from './standards-rows.ts';
import { buildStandardsTemplate } from './standards-template.ts';

export interface ImportActor {
  id: number;
  requestId: string | null;
}

export interface UploadedFile {
  bytes: Buffer;
  name: string;
}

function totalsOf(rows: readonly ImportRow[]): ImportTotals {
  const totals: ImportTotals = { rows: rows.length, create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) totals[row.action] += 1;
  return totals;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

/** The parts of the report that describe the file rather than its rows. */
function describeFile(file: UploadedFile, spreadsheet: Spreadsheet, matched: MatchedSheet, dryRun: boolean) {
  return {
    dryRun,
    fileName: file.name,
    ...(spreadsheet.format === 'xlsx' ? { sheet: spreadsheet.sheet, sheets: spreadsheet.sheets } : {}),
    headerRow: matched.headerRow,
    columns: matched.columns.map((column) => ({ ...column })),
    unknownColumns: [...matched.unknownColumns],
  };
}

/**
 * Imports a spreadsheet of standards. A dry run reads the file, checks every row and compares it with
 * the registry, writing nothing. A commit does the same inside one transaction (the matched records
 * locked) and then writes every create and update, audited under the import's id; if any row has an
 * error nothing is written and the refusal (422, with the report) is recorded. A file that changes
 * nothing writes nothing at all.
 */
export async function importStandards(
  db: Kysely<Database>,
  registry: StandardsRegistry,
  file: UploadedFile,
  query: ImportQuery,
  actor: ImportActor,
): Promise<ImportReport> {
  if (!query.dryRun && query.format === 'xlsx') {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'format',
          messageZh: 'XLSX 格式的检查报告只用于试运行（dryRun=true）',
          messageEn: 'The XLSX report is for dry runs (dryRun=true) only',
        },
      ],
    });
  }
  const spreadsheet = await readSpreadsheet(file, { sheet: query.sheet });
  const matched = matchColumns(spreadsheet.rows, standardColumns, { ignoredHeaders: [RESULT_HEADER] });
  if (!matched.columns.some((column) => column.key === 'number' || column.key === 'plan_number')) {
    throw new AppError('IMPORT_BAD_HEADER', {
      detail: {
        zh: `第 ${matched.headerRow} 行的表头中没有“标准号”（number）或“计划号”（plan_number）列，无法识别每行是哪项标准`,
        en: `The header on row ${matched.headerRow} has neither a 标准号 (number) nor a 计划号 (plan_number) column, so rows cannot be matched to standards`,
      },
    });
  }
  if (matched.dataRows.length === 0) {
    throw new AppError('IMPORT_EMPTY_FILE', {
      detail: {
        zh: `第 ${matched.headerRow} 行表头之下没有数据`,
        en: `There are no rows below the header on row ${matched.headerRow}`,
      },
    });
  }
  if (matched.dataRows.length > IMPORT_MAX_ROWS) {
    throw new AppError('IMPORT_TOO_MANY_ROWS', {
      detail: {
        zh: `文件有 ${matched.dataRows.length.toLocaleString('zh-CN')} 行数据，超过 ${IMPORT_MAX_ROWS.toLocaleString('zh-CN')} 行`,
        en: `The file has ${matched.dataRows.length.toLocaleString('en')} rows, more than ${IMPORT_MAX_ROWS.toLocaleString('en')}`,
      },
    });
  }
  const directions = new DirectionNames(await repo.listDefaultFrameworkNodes(db));
  const readings = matched.dataRows.map((row) => readStandardRow(row, matched.columns, directions));
  const described = describeFile(file, spreadsheet, matched, query.dryRun);

  if (query.dryRun) {
    const { rows } = await planStandardsImport(db, registry, readings, directions, { lock: false });
    return { ...described, committed: false, totals: totalsOf(rows), rows };
  }

  const recordImport = (trx: Kysely<Database>, totals: ImportTotals, committed: boolean) =>
    repo.insertImport(trx, {
      kind: 'standards',
      file_name: file.name,
      file_sha256: createHash('sha256').update(file.bytes).digest('hex'),
      file_size: file.bytes.length,
      sheet: spreadsheet.format === 'xlsx' ? spreadsheet.sheet : null,
      user_id: actor.id,
      rows: totals.rows,
      created: totals.create,
      updated: totals.update,
      unchanged: totals.unchanged,
      errors: totals.error,
      committed,
    });

  let outcome: { committed: true; report: ImportReport } | { committed: false; rows: ImportRow[] };
  try {
    outcome = await db.transaction().execute(async (trx) => {
      const { rows, plan } = await planStandardsImport(trx, registry, readings, directions, { lock: true });
      const totals = totalsOf(rows);
      if (totals.error > 0) return { committed: false as const, rows };
      const report: ImportReport = { ...described, committed: true, totals, rows };
      if (plan.creates.length === 0 && plan.updates.length === 0) return { committed: true as const, report };
      const importId = await recordImport(trx, totals, true);
      const createdIds = await registry.write(
        trx,
        {
          creates: plan.creates.map((create) => create.content),
          updates: plan.updates.map(({ id, before, after }) => ({ id, before, after })),
        },
        { id: actor.id, requestId: actor.requestId, importId },
      );
      plan.creates.forEach((create, position) => {
        const row = rows[create.index];
        if (row) rows[create.index] = { ...row, standardId: createdIds[position] ?? null };
      });
      return { committed: true as const, report: { importId, ...report } };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError('STANDARD_NUMBER_TAKEN', {
      detail: {
        zh: '导入期间有人登记了其中的标准号，未导入任何数据；请重新试运行后再导入',
        en: 'Someone recorded one of these numbers during the import, so nothing was imported; run the check again and retry',
      },
      cause: error,
    });
  }
  if (outcome.committed) return outcome.report;

  const totals = totalsOf(outcome.rows);
  const importId = await recordImport(db, totals, false);
  throw new AppError('IMPORT_HAS_ERRORS', {
    detail: {
      zh: `${totals.error} 行有错误，未导入任何数据；请修改后重新上传`,
      en: `${totals.error} row(s) have errors, so nothing was imported; fix them and upload again`,
    },
    extensions: { report: { importId, ...described, committed: false, totals, rows: outcome.rows } },
  });
}

/** The template workbook: the columns with zh/en headers, an example row, and the directions sheet. */
export async function getStandardsTemplate(db: Kysely<Database>): Promise<Buffer> {
  const nodes = await repo.listDefaultFrameworkNodes(db);
  return buildStandardsTemplate(nodes, new DirectionNames(nodes));
}

import { createHash } from 'node:crypto';
import type { Database } from '@cloudstd/db/tables';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import {
  IMPORT_MAX_ROWS,
  type ImportKind,
  type ImportQuery,
  type ImportReport,
  type ImportRow,
  type ImportTotals,
} from '@cloudstd/shared/schemas/import';
import type { Kysely } from 'kysely';
import type { Actor } from '../../http/actor.ts';
import { asciiFileName, Download } from '../../http/download.ts';
import { AppError } from '../../http/errors.ts';
import { writeAdoptions } from '../enterprises/enterprises.bulk.service.ts';
import { resolveFramework } from '../framework/framework.service.ts';
import type { DirectionSuggester } from '@cloudstd/shared/domain/direction-suggest';
import type { DirectionSuggestions } from '../framework/suggest.service.ts';
import { writeStandards } from '../standards/standards.bulk.service.ts';
import { auditAttendeeImport, findEventForImport, getEvent, writeAttendees } from '../events/events.service.ts';
import { attendeeColumns } from './attendee-columns.ts';
import { planAttendeesImport } from './attendee-import.ts';
import { readAttendeeRow } from './attendee-rows.ts';
import { buildAttendeesTemplate } from './attendee-template.ts';
import { isDeadlock, isUniqueViolation } from '../../sql/errors.ts';
import { adoptionColumns } from './adoption-columns.ts';
import { planAdoptionsImport } from './adoption-import.ts';
import { readAdoptionRow } from './adoption-rows.ts';
import { buildAdoptionsTemplate } from './adoption-template.ts';
import { DirectionNames } from './direction-names.ts';
import * as repo from './imports.repository.ts';
import { buildReportWorkbook, RESULT_HEADER } from './report-workbook.ts';
import { keysOfHeaders, matchColumns, type ColumnSpec, type MatchedSheet } from './spreadsheet/columns.ts';
import { readSpreadsheet, type Spreadsheet } from './spreadsheet/read-spreadsheet.ts';
import { standardColumns } from './standards-columns.ts';
import { planStandardsImport } from './standards-import.ts';
import { readStandardRow, type StandardRowReading } from './standards-rows.ts';
import { buildStandardsTemplate } from './standards-template.ts';

export interface UploadedFile {
  bytes: Buffer;
  name: string;
}

/** A commit's writes, run inside its transaction under the import's id; fills in the new records' ids. */
type Write = (trx: Kysely<Database>, importId: number) => Promise<void>;

/** One import kind, once its file's columns are known: checks every row against the database. */
export interface Planner {
  /** `lock` (a commit): hold what was read until the transaction ends. `write` is null when nothing changes. */
  plan(db: Kysely<Database>, options: { lock: boolean }): Promise<{ rows: ImportRow[]; write: Write | null }>;
  /** A database error meaning someone wrote the same records meanwhile, as the error to answer with. */
  conflict(error: unknown): AppError | null;
}

interface ImportKindSpec {
  kind: ImportKind;
  /** Standards: the edition whose direction codes and names the file is read in. */
  framework?: string;
  columns: readonly ColumnSpec[];
  /** Refuses (IMPORT_BAD_HEADER) a header lacking what identifies a row, or one of another kind's file. */
  checkHeader(matched: MatchedSheet): void;
  prepare(db: Kysely<Database>, matched: MatchedSheet): Promise<Planner>;
}

function totalsOf(kind: ImportKind, rows: readonly ImportRow[]): ImportTotals {
  const totals: ImportTotals = { rows: rows.length, create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) totals[row.action] += 1;
  if (kind === 'adoptions' || kind === 'attendees') {
    const codes = rows.flatMap((row) =>
      row.action !== 'error' && row.enterprise?.isNew ? [row.enterprise.creditCode] : [],
    );
    totals.newEnterprises = new Set(codes).size;
  }
  return totals;
}

/** A unique violation or a deadlock: another transaction wrote the same records between our read and our write. */
function isWriteConflict(error: unknown): boolean {
  return isUniqueViolation(error) || isDeadlock(error);
}

/** The parts of the report that describe the file rather than its rows. */
function describeFile(
  { kind, framework }: Pick<ImportKindSpec, 'kind' | 'framework'>,
  file: UploadedFile,
  spreadsheet: Spreadsheet,
  matched: MatchedSheet,
  dryRun: boolean,
) {
  return {
    kind,
    dryRun,
    fileName: file.name,
    ...(spreadsheet.format === 'xlsx' ? { sheet: spreadsheet.sheet, sheets: spreadsheet.sheets } : {}),
    headerRow: matched.headerRow,
    ...(framework === undefined ? {} : { framework }),
    columns: matched.columns.map((column) => ({ ...column })),
    unknownColumns: [...matched.unknownColumns],
  };
}

/**
 * Imports a spreadsheet of one kind. A dry run reads the file, checks every row and compares it with
 * the registry, writing nothing. A commit does the same inside one transaction (the matched records
 * locked) and then writes every change, audited under the import's id; if any row has an error nothing
 * is written and the refusal (422, with the report) is recorded. A file that changes nothing writes
 * nothing at all.
 */
async function runImport(
  db: Kysely<Database>,
  spec: ImportKindSpec,
  file: UploadedFile,
  query: ImportQuery,
  actor: Actor,
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
  const matched = matchColumns(spreadsheet.rows, spec.columns, { ignoredHeaders: [RESULT_HEADER] });
  spec.checkHeader(matched);
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
  const planner = await spec.prepare(db, matched);
  return applyImport(
    db,
    spec.kind,
    planner,
    {
      described: describeFile(spec, file, spreadsheet, matched, query.dryRun),
      file: {
        file_name: file.name,
        file_sha256: createHash('sha256').update(file.bytes).digest('hex'),
        file_size: file.bytes.length,
        sheet: spreadsheet.format === 'xlsx' ? spreadsheet.sheet : null,
      },
    },
    query,
    actor,
  );
}

/** What an import read, as the report describes it and the imports table records it. */
export interface ImportSource {
  described: Omit<ImportReport, 'importId' | 'committed' | 'totals' | 'rows'>;
  file: { file_name: string; file_sha256: string; file_size: number; sheet: string | null };
}

function refuseUnconfirmedSuggestions(rows: readonly ImportRow[]): void {
  const suggested = rows.filter((row) => row.suggested !== undefined && row.action !== 'error');
  if (suggested.length === 0) return;
  const list = suggested.map((row) => row.row);
  const shown = list.slice(0, 20).join('、') + (list.length > 20 ? ' …' : '');
  throw new AppError('IMPORT_SUGGESTIONS_UNCONFIRMED', {
    detail: {
      zh: `第 ${shown} 行的研制方向是系统建议：请核对后确认（confirmSuggested=true），或填写研制方向`,
      en: `Rows ${list.slice(0, 20).join(', ')}${list.length > 20 ? ' …' : ''} have suggested directions: check and confirm them (confirmSuggested=true), or fill in the directions`,
    },
    extensions: { rows: list },
  });
}

/**
 * Applies a planned import: a dry run reports; a commit plans again inside one transaction (the matched
 * records locked) and writes every change under the import's id, or — any row in error, or suggested
 * directions not confirmed — nothing. A refusal for errors is recorded and answered with the report.
 */
export async function applyImport(
  db: Kysely<Database>,
  kind: ImportKind,
  planner: Planner,
  source: ImportSource,
  query: Pick<ImportQuery, 'dryRun' | 'confirmSuggested'>,
  actor: Actor,
): Promise<ImportReport> {
  const { described } = source;
  if (query.dryRun) {
    const { rows } = await planner.plan(db, { lock: false });
    return { ...described, committed: false, totals: totalsOf(kind, rows), rows };
  }

  const recordImport = (trx: Kysely<Database>, totals: ImportTotals, committed: boolean) =>
    repo.insertImport(trx, {
      kind,
      ...source.file,
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
      const { rows, write } = await planner.plan(trx, { lock: true });
      const totals = totalsOf(kind, rows);
      if (totals.error > 0) return { committed: false as const, rows };
      if (!query.confirmSuggested) refuseUnconfirmedSuggestions(rows);
      const report: ImportReport = { ...described, committed: true, totals, rows };
      if (write === null) return { committed: true as const, report };
      const importId = await recordImport(trx, totals, true);
      await write(trx, importId);
      return { committed: true as const, report: { importId, ...report } };
    });
  } catch (error) {
    throw planner.conflict(error) ?? error;
  }
  if (outcome.committed) return outcome.report;

  const totals = totalsOf(kind, outcome.rows);
  const importId = await recordImport(db, totals, false);
  throw new AppError('IMPORT_HAS_ERRORS', {
    detail: {
      zh: `${totals.error} 行有错误，未导入任何数据；请修改后重新上传`,
      en: `${totals.error} row(s) have errors, so nothing was imported; fix them and upload again`,
    },
    extensions: { report: { importId, ...described, committed: false, totals, rows: outcome.rows } },
  });
}

function standardsKind(
  actor: Actor,
  suggestions: DirectionSuggestions,
  framework: string,
  strict: boolean,
): ImportKindSpec {
  return {
    kind: 'standards',
    framework,
    columns: standardColumns,
    checkHeader(matched) {
      const adoptionKeys = keysOfHeaders(matched.unknownColumns, adoptionColumns);
      if (adoptionKeys.has('credit_code')) {
        throw new AppError('IMPORT_BAD_HEADER', {
          detail: {
            zh: `第 ${matched.headerRow} 行的表头有“统一社会信用代码”列，这像是贯标记录表格：请在导入页选择“贯标记录”`,
            en: `The header on row ${matched.headerRow} has a credit code column, so this looks like a file of adoptions: choose “Adoptions” on the import page`,
          },
        });
      }
      if (!matched.columns.some((column) => column.key === 'number' || column.key === 'plan_number')) {
        throw new AppError('IMPORT_BAD_HEADER', {
          detail: {
            zh: `第 ${matched.headerRow} 行的表头中没有“标准号”（number）或“计划号”（plan_number）列，无法识别每行是哪项标准`,
            en: `The header on row ${matched.headerRow} has neither a 标准号 (number) nor a 计划号 (plan_number) column, so rows cannot be matched to standards`,
          },
        });
      }
    },
    async prepare(db, matched) {
      const directions = new DirectionNames(await repo.listAllFrameworkNodes(db), framework, strict);
      const readings = matched.dataRows.map((row) => readStandardRow(row, matched.columns, directions));
      const { suggester } = await suggestions.forFramework(framework);
      return standardsPlanner(readings, directions, suggestTopDirection(suggester), actor);
    },
  };
}

/** The best suggestion for a title, for an empty directions cell. */
export function suggestTopDirection(suggester: DirectionSuggester): (titleZh: string) => string[] {
  return (titleZh) => suggester.suggest(titleZh, { limit: 1 }).map((suggestion) => suggestion.code);
}

/** Plans read standards rows against the registry; the write creates and updates them, audited. */
export function standardsPlanner(
  readings: readonly StandardRowReading[],
  directions: DirectionNames,
  suggest: (titleZh: string) => string[],
  actor: Actor,
): Planner {
  return {
    async plan(trx, options) {
      const { rows, plan } = await planStandardsImport(trx, readings, directions, { ...options, suggest });
      if (plan.creates.length === 0 && plan.updates.length === 0) return { rows, write: null };
      return {
        rows,
        write: async (writer, importId) => {
          const createdIds = await writeStandards(
            writer,
            {
              creates: plan.creates.map((create) => create.content),
              updates: plan.updates.map(({ id, before, after }) => ({ id, before, after })),
            },
            actor,
            importId,
          );
          plan.creates.forEach((create, position) => {
            const row = rows[create.index];
            if (row) rows[create.index] = { ...row, standardId: createdIds[position] ?? null };
          });
        },
      };
    },
    conflict(error) {
      if (!isUniqueViolation(error)) return null;
      return new AppError('STANDARD_NUMBER_TAKEN', {
        detail: {
          zh: '导入期间有人登记了其中的标准号，未导入任何数据；请重新试运行后再导入',
          en: 'Someone recorded one of these numbers during the import, so nothing was imported; run the check again and retry',
        },
        cause: error,
      });
    },
  };
}

function adoptionsKind(actor: Actor): ImportKindSpec {
  return {
    kind: 'adoptions',
    columns: adoptionColumns,
    checkHeader(matched) {
      const keys = new Set(matched.columns.map((column) => column.key));
      const missing = adoptionColumns.filter(
        (column) => (column.key === 'credit_code' || column.key === 'standard_number') && !keys.has(column.key),
      );
      if (missing.length === 0) return;
      const standardKeys = keysOfHeaders(matched.unknownColumns, standardColumns);
      const looksLikeStandards = standardKeys.has('title_zh') || standardKeys.has('directions');
      throw new AppError('IMPORT_BAD_HEADER', {
        detail: {
          zh:
            `第 ${matched.headerRow} 行的表头中没有${missing.map((column) => `“${column.zh}”（${column.key}）`).join('和')}列，无法识别每行是哪家企业贯标哪项标准` +
            (looksLikeStandards ? '；这像是标准清单：请在导入页选择“标准”' : ''),
          en:
            `The header on row ${matched.headerRow} has no ${missing.map((column) => `${column.zh} (${column.key})`).join(' and ')} column, so rows cannot be matched to enterprises and standards` +
            (looksLikeStandards ? '; this looks like a list of standards: choose “Standards” on the import page' : ''),
        },
      });
    },
    prepare(_db, matched) {
      const readings = matched.dataRows.map((row) => readAdoptionRow(row, matched.columns));
      return Promise.resolve({
        async plan(trx, options) {
          const { rows, plan } = await planAdoptionsImport(trx, readings, {
            lock: options.lock,
            today: todayInChina(),
          });
          if (plan.creates.length === 0 && plan.updates.length === 0) return { rows, write: null };
          return {
            rows,
            write: async (writer, importId) => {
              const { enterpriseIds } = await writeAdoptions(writer, plan, actor, importId);
              rows.forEach((row, index) => {
                const enterprise = row.enterprise;
                if (!enterprise?.isNew) return;
                rows[index] = {
                  ...row,
                  enterprise: { ...enterprise, id: enterpriseIds.get(enterprise.creditCode) ?? null },
                };
              });
            },
          };
        },
        conflict(error) {
          if (!isWriteConflict(error)) return null;
          return new AppError('IMPORT_CONFLICT', {
            detail: {
              zh: '导入期间有人登记了其中的企业或贯标记录，未导入任何数据；请重新检查后再导入',
              en: 'Someone recorded one of these enterprises or adoptions during the import, so nothing was imported; check the file again and retry',
            },
            cause: error,
          });
        },
      });
    },
  };
}

function attendeesKind(actor: Actor, eventId: number): ImportKindSpec {
  return {
    kind: 'attendees',
    columns: attendeeColumns,
    checkHeader(matched) {
      if (matched.columns.some((column) => column.key === 'credit_code')) return;
      throw new AppError('IMPORT_BAD_HEADER', {
        detail: {
          zh: `第 ${matched.headerRow} 行的表头中没有“统一社会信用代码”（credit_code）列，无法识别参会企业`,
          en: `The header on row ${matched.headerRow} has no 统一社会信用代码 (credit_code) column, so attendees cannot be matched to enterprises`,
        },
      });
    },
    async prepare(db, matched) {
      // The event must exist (404 before reading any row).
      await findEventForImport(db, eventId, { lock: false });
      const readings = matched.dataRows.map((row) => readAttendeeRow(row, matched.columns));
      return {
        async plan(trx, options) {
          const event = await findEventForImport(trx, eventId, options);
          const { rows, plan } = await planAttendeesImport(trx, readings, event.attendees, options);
          if (plan.attendees.length === 0) return { rows, write: null };
          return {
            rows,
            write: async (writer, importId) => {
              const before = await getEvent(writer, eventId);
              const created = await writeAttendees(writer, eventId, plan.attendees, {
                replace: false,
                actor,
                importId,
              });
              await auditAttendeeImport(writer, eventId, before, actor, importId);
              const idOf = new Map(created.map((enterprise) => [enterprise.creditCode, enterprise.id]));
              rows.forEach((row, index) => {
                const enterprise = row.enterprise;
                if (!enterprise?.isNew) return;
                rows[index] = { ...row, enterprise: { ...enterprise, id: idOf.get(enterprise.creditCode) ?? null } };
              });
            },
          };
        },
        conflict(error) {
          if (!isWriteConflict(error)) return null;
          return new AppError('IMPORT_CONFLICT', {
            detail: {
              zh: '导入期间有人登记了其中的企业，未导入任何数据；请重新检查后再导入',
              en: 'Someone recorded one of these enterprises during the import, so nothing was imported; check the file again and retry',
            },
            cause: error,
          });
        },
      };
    },
  };
}

/**
 * Imports a 宣贯 event's attendee list (企业名称, 统一社会信用代码, 参会人数, 备注), adding to the event's
 * attendees and creating the enterprises not registered (see runImport).
 */
export function importAttendees(
  db: Kysely<Database>,
  file: UploadedFile,
  query: ImportQuery & { event: number },
  actor: Actor,
): Promise<ImportReport> {
  return runImport(db, attendeesKind(actor, query.event), file, query, actor);
}

/** The attendee list template: the columns with zh/en headers, an example row, and the instructions. */
export async function getAttendeesTemplate(): Promise<Download> {
  const fileName = { utf8: '宣贯活动参会企业导入模板.xlsx', ascii: 'cloudstd-attendees-template.xlsx' };
  return Download.ofBytes('xlsx', fileName, await buildAttendeesTemplate());
}

/** Imports a spreadsheet of standards (see runImport). */
export async function importStandards(
  db: Kysely<Database>,
  suggestions: DirectionSuggestions,
  file: UploadedFile,
  query: ImportQuery,
  actor: Actor,
): Promise<ImportReport> {
  // Named: the file is read in that edition only. Omitted: the default edition's names first, and any
  // loaded edition's codes (codes are unique across editions).
  const framework = await resolveFramework(db, query.framework);
  return runImport(
    db,
    standardsKind(actor, suggestions, framework.key, query.framework !== undefined),
    file,
    query,
    actor,
  );
}

/** Imports a spreadsheet of adoptions, creating the enterprises it names that are not registered (see runImport). */
export function importAdoptions(
  db: Kysely<Database>,
  file: UploadedFile,
  query: ImportQuery,
  actor: Actor,
): Promise<ImportReport> {
  return runImport(db, adoptionsKind(actor), file, query, actor);
}

/**
 * The template workbook of an edition (`framework`, else the default): the columns with zh/en headers, an
 * example row, that edition's directions sheet; the file name and the instructions name the edition.
 */
export async function getStandardsTemplate(db: Kysely<Database>, key?: string): Promise<Download> {
  const framework = await resolveFramework(db, key);
  const nodes = await repo.listFrameworkNodes(db, framework.id);
  const fileName = {
    utf8: `标准导入模板_${framework.key}.xlsx`,
    ascii: `cloudstd-standards-template-${framework.key}.xlsx`,
  };
  const edition = { key: framework.key, nameZh: framework.name_zh, nameEn: framework.name_en };
  return Download.ofBytes(
    'xlsx',
    fileName,
    await buildStandardsTemplate(nodes, new DirectionNames(nodes, framework.key, true), edition),
  );
}

/** The adoptions template: the columns with zh/en headers, an example row, and the instructions. */
export async function getAdoptionsTemplate(): Promise<Download> {
  const fileName = { utf8: '贯标记录导入模板.xlsx', ascii: 'cloudstd-adoptions-template.xlsx' };
  return Download.ofBytes('xlsx', fileName, await buildAdoptionsTemplate());
}

/** A dry run's report as the uploaded file with each row's outcome, to fix and upload again. */
export async function reportAsWorkbook(report: ImportReport, uploadedName: string): Promise<Download> {
  const base = uploadedName.replace(/\.[^.]*$/, '');
  const fileName = { utf8: `${base}-导入检查.xlsx`, ascii: `${asciiFileName(base)}-import-check.xlsx` };
  return Download.ofBytes('xlsx', fileName, await buildReportWorkbook(report));
}

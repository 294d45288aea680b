import type { Database, StandardRow } from '@cloudstd/db/tables';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { parsePlanNumber, parseStandardNumber } from '@cloudstd/shared/domain/standard-number';
import { checkMilestoneOrder, statusAsOf, type MilestoneDates } from '@cloudstd/shared/domain/standard-status';
import type { FieldError } from '@cloudstd/shared/schemas/messages';
import {
  standardContentFields,
  type CreateStandardInput,
  type ListStandardsQuery,
  type Standard,
  type StandardContent,
  type StandardHistoryEntry,
  type StandardList,
  type UpdateStandardInput,
} from '@cloudstd/shared/schemas/standard';
import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import { AppError } from '../../http/errors.ts';
import { resolveStandardsFilter } from '../../sql/standards-filter.ts';
import * as repo from './standards.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;
interface Actor {
  id: number;
  requestId?: string;
}

export function milestoneDatesOfRow(
  row: Pick<StandardRow, 'approved_on' | 'draft_on' | 'submitted_on' | 'published_on' | 'in_force_on' | 'withdrawn_on'>,
): MilestoneDates {
  return {
    approvedOn: row.approved_on,
    draftOn: row.draft_on,
    submittedOn: row.submitted_on,
    publishedOn: row.published_on,
    inForceOn: row.in_force_on,
    withdrawnOn: row.withdrawn_on,
  };
}

/** The one row → API mapping for standards; `status` is computed as of `asOf`. */
export function standardRowToStandard(row: repo.StandardRowWithPeople, directions: string[], asOf: string): Standard {
  const dates = milestoneDatesOfRow(row);
  return {
    id: row.id,
    number: row.number,
    planNumber: row.plan_number,
    level: row.level,
    sector: row.sector,
    titleZh: row.title_zh,
    titleEn: row.title_en,
    kind: row.kind,
    replaces: row.replaces,
    directions,
    ...dates,
    status: statusAsOf(dates, asOf),
    committee: row.committee,
    international:
      row.international_ref && row.international_degree
        ? { ref: row.international_ref, degree: row.international_degree }
        : null,
    tags: row.tags,
    notes: row.notes,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by_name,
    updatedBy: row.updated_by_name,
    deletedAt: row.deleted_at?.toISOString() ?? null,
  };
}

export function contentOf(standard: Standard): StandardContent {
  return Object.fromEntries(standardContentFields.map((field) => [field, standard[field]])) as StandardContent;
}

function validationError(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', { errors });
}

function notFound(id: number): AppError {
  return new AppError('NOT_FOUND', { detail: { zh: `标准 ${id} 不存在`, en: `Standard ${id} does not exist` } });
}

/** Level and sector follow from the number, else the plan number, else the level given (group projects). */
function classify(content: Pick<StandardContent, 'number' | 'planNumber'> & { level?: Standard['level'] | undefined }) {
  if (content.number) {
    const parsed = parseStandardNumber(content.number);
    if (parsed.ok) return { level: parsed.value.level, sector: parsed.value.sector?.code ?? null };
  }
  if (content.planNumber) {
    const parsed = parsePlanNumber(content.planNumber);
    if (parsed.ok) {
      const sector =
        parsed.value.level === 'industry' ? (/-([A-Z]{2,3})$/.exec(parsed.value.canonical)?.[1] ?? null) : null;
      return { level: parsed.value.level, sector };
    }
  }
  if (content.level) return { level: content.level, sector: null };
  throw validationError([
    {
      field: 'number',
      messageZh: '请填写标准号或计划号（团体标准项目尚无编号时请选择级别）',
      messageEn: 'Enter the number or the plan number (or the level, for a group project without either)',
    },
  ]);
}

/** The rules a standard's content must meet beyond its schema: lifecycle order, known directions, kind. */
export function standardContentProblems(content: StandardContent, knownDirections: ReadonlySet<string>): FieldError[] {
  const errors: FieldError[] = checkMilestoneOrder(content, content.number !== null).map((problem) => ({ ...problem }));
  content.directions.forEach((code, index) => {
    if (!knownDirections.has(code)) {
      errors.push({
        field: `directions.${index}`,
        messageZh: `未知的研制方向：${code}`,
        messageEn: `Unknown research direction: ${code}`,
      });
    }
  });
  if (content.kind === 'new' && content.replaces.length > 0) {
    errors.push({
      field: 'replaces',
      messageZh: '制定（新）标准不替代其他标准，请将类型改为修订',
      messageEn: 'Only a revision replaces other standards',
    });
  }
  return errors;
}

/** Everything about a standard that needs more than its schema: the rules above and unique numbers. */
async function checkStandard(db: Db, content: StandardContent, exceptId?: number): Promise<number[]> {
  const directionIds = await repo.findDirectionIds(db, content.directions);
  const errors = standardContentProblems(content, new Set(directionIds.keys()));
  if (errors.length > 0) throw validationError(errors);

  for (const field of ['number', 'plan_number'] as const) {
    const value = field === 'number' ? content.number : content.planNumber;
    if (!value) continue;
    const existing = await repo.findLiveStandardByNumber(db, field, value, exceptId);
    if (existing) throw numberTaken(existing);
  }
  return content.directions.map((code) => directionIds.get(code) ?? 0);
}

function numberTaken(existing: Pick<StandardRow, 'id' | 'number' | 'plan_number' | 'title_zh'>): AppError {
  const label = existing.number ?? existing.plan_number ?? String(existing.id);
  return new AppError('STANDARD_NUMBER_TAKEN', {
    detail: {
      zh: `${label}（${existing.title_zh}）已登记，请编辑该记录`,
      en: `${label} (${existing.title_zh}) is already recorded; edit that record instead`,
    },
    extensions: {
      existing: {
        id: existing.id,
        number: existing.number,
        planNumber: existing.plan_number,
        titleZh: existing.title_zh,
      },
    },
  });
}

export function contentToRow(content: StandardContent) {
  return {
    number: content.number,
    plan_number: content.planNumber,
    level: content.level,
    sector: content.sector,
    title_zh: content.titleZh,
    title_en: content.titleEn,
    kind: content.kind,
    replaces: content.replaces,
    approved_on: content.approvedOn,
    draft_on: content.draftOn,
    submitted_on: content.submittedOn,
    published_on: content.publishedOn,
    in_force_on: content.inForceOn,
    withdrawn_on: content.withdrawnOn,
    committee: content.committee,
    international_ref: content.international?.ref ?? null,
    international_degree: content.international?.degree ?? null,
    tags: content.tags,
    notes: content.notes,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

async function loadStandard(db: Db, id: number, asOf: string): Promise<Standard> {
  const row = await repo.findStandardById(db, id);
  if (!row) throw notFound(id);
  const directions = await repo.findDirectionCodes(db, [id]);
  return standardRowToStandard(row, directions.get(id) ?? [], asOf);
}

/** One standard, its status as of `asOf` (the query schema defaults it to today). */
export async function getStandard(db: Db, id: number, asOf: string): Promise<Standard> {
  return loadStandard(db, id, asOf);
}

export async function listStandardsPage(db: Db, query: ListStandardsQuery): Promise<StandardList> {
  const { sort, order, page, pageSize, ...listQuery } = query;
  const filter = await resolveStandardsFilter(db, listQuery);
  const { rows, total } = await repo.listStandards(db, filter, { sort, order, page, pageSize });
  const directions = await repo.findDirectionCodes(
    db,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) => standardRowToStandard(row, directions.get(row.id) ?? [], query.asOf)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A create request's content: level and sector classified, lists de-duplicated, empty texts null. */
export function contentFromInput(input: CreateStandardInput): StandardContent {
  const number = input.number ?? null;
  const planNumber = input.planNumber ?? null;
  const { level, sector } = classify({ number, planNumber, level: input.level });
  return {
    number,
    planNumber,
    level,
    sector,
    titleZh: input.titleZh,
    titleEn: input.titleEn || null,
    kind: input.kind ?? 'new',
    replaces: [...new Set(input.replaces ?? [])],
    directions: [...new Set(input.directions)],
    approvedOn: input.approvedOn ?? null,
    draftOn: input.draftOn ?? null,
    submittedOn: input.submittedOn ?? null,
    publishedOn: input.publishedOn ?? null,
    inForceOn: input.inForceOn ?? null,
    withdrawnOn: input.withdrawnOn ?? null,
    committee: input.committee ?? null,
    international: input.international ?? null,
    tags: [...new Set(input.tags ?? [])],
    notes: input.notes || null,
  };
}

/** A unique violation means another request stored the same number between our check and our write. */
async function rethrowNumberRace(db: Db, content: StandardContent | undefined, error: unknown): Promise<never> {
  if (content && isUniqueViolation(error)) {
    for (const field of ['number', 'plan_number'] as const) {
      const value = field === 'number' ? content.number : content.planNumber;
      const existing = value ? await repo.findLiveStandardByNumber(db, field, value) : undefined;
      if (existing) throw numberTaken(existing);
    }
  }
  throw error;
}

export async function createStandard(
  db: Kysely<Database>,
  input: CreateStandardInput,
  actor: Actor,
): Promise<Standard> {
  const content = contentFromInput(input);
  try {
    return await db.transaction().execute(async (trx) => {
      const directionIds = await checkStandard(trx, content);
      const id = await repo.insertStandard(trx, {
        ...contentToRow(content),
        created_by: actor.id,
        updated_by: actor.id,
      });
      await repo.replaceStandardDirections(trx, id, directionIds);
      const created = await loadStandard(trx, id, todayInChina());
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'standard',
        entityId: id,
        after: contentOf(created),
        requestId: actor.requestId ?? null,
      });
      return created;
    });
  } catch (error) {
    return rethrowNumberRace(db, content, error);
  }
}

/**
 * Applies the fields given on top of the stored record, but only if the caller edited the version
 * that is stored: otherwise 409 with the current record and nothing written (no lost updates).
 */
export async function updateStandard(
  db: Kysely<Database>,
  id: number,
  input: UpdateStandardInput,
  actor: Actor,
): Promise<Standard> {
  const today = todayInChina();
  let merged: StandardContent | undefined;
  const work = () =>
    db.transaction().execute(async (trx) => {
      const locked = await repo.lockStandard(trx, id);
      if (!locked || locked.deleted_at !== null) throw notFound(id);
      const current = await loadStandard(trx, id, today);
      if (current.version !== input.version) {
        throw new AppError('VERSION_CONFLICT', {
          detail: {
            zh: `您编辑的是第 ${input.version} 版，当前已是第 ${current.version} 版`,
            en: `You edited version ${input.version}; the record is now at version ${current.version}`,
          },
          extensions: { current },
        });
      }
      const { version: _version, ...changes } = input;
      const before = contentOf(current);
      const next = { ...before, ...definedOnly(changes) };
      const { level, sector } = classify({
        number: next.number,
        planNumber: next.planNumber,
        level:
          changes.level ??
          (changes.number === undefined && changes.planNumber === undefined ? before.level : undefined),
      });
      merged = {
        ...next,
        level,
        sector,
        titleEn: next.titleEn || null,
        notes: next.notes || null,
        replaces: [...new Set(next.replaces)],
        directions: [...new Set(next.directions)],
        tags: [...new Set(next.tags)],
      };
      const directionIds = await checkStandard(trx, merged, id);
      await repo.updateStandard(trx, id, { ...contentToRow(merged), updated_by: actor.id });
      await repo.replaceStandardDirections(trx, id, directionIds);
      const updated = await loadStandard(trx, id, today);
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'update',
        entity: 'standard',
        entityId: id,
        before,
        after: contentOf(updated),
        requestId: actor.requestId ?? null,
      });
      return updated;
    });
  try {
    return await work();
  } catch (error) {
    return rethrowNumberRace(db, merged, error);
  }
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** Soft deletion: the record leaves lists and counts but stays restorable, with its history. */
export async function deleteStandard(db: Kysely<Database>, id: number, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const locked = await repo.lockStandard(trx, id);
    if (!locked || locked.deleted_at !== null) throw notFound(id);
    await repo.updateStandard(trx, id, { deleted_at: new Date(), updated_by: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'delete',
      entity: 'standard',
      entityId: id,
      requestId: actor.requestId ?? null,
    });
  });
}

export async function restoreStandard(db: Kysely<Database>, id: number, actor: Actor): Promise<Standard> {
  return db.transaction().execute(async (trx) => {
    const locked = await repo.lockStandard(trx, id);
    if (!locked) throw notFound(id);
    if (locked.deleted_at === null) return loadStandard(trx, id, todayInChina());
    for (const field of ['number', 'plan_number'] as const) {
      const value = locked[field];
      const existing = value ? await repo.findLiveStandardByNumber(trx, field, value, id) : undefined;
      if (existing) throw numberTaken(existing);
    }
    await repo.updateStandard(trx, id, { deleted_at: null, updated_by: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'restore',
      entity: 'standard',
      entityId: id,
      requestId: actor.requestId ?? null,
    });
    return loadStandard(trx, id, todayInChina());
  });
}

/** Every change to a standard, newest first: who, when, and each field before → after. */
export async function getStandardHistory(db: Kysely<Database>, id: number): Promise<StandardHistoryEntry[]> {
  if (!(await repo.findStandardById(db, id))) throw notFound(id);
  const rows = await repo.listStandardAudit(db, id);
  return rows.map((row) => {
    const before = (row.before ?? {}) as Partial<StandardContent>;
    const after = (row.after ?? {}) as Partial<StandardContent>;
    const changes =
      row.action === 'create' || row.action === 'update'
        ? standardContentFields
            .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
            .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
        : [];
    return { id: row.id, at: row.at.toISOString(), actor: row.username, action: row.action, changes };
  });
}

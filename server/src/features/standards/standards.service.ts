import { isDeepStrictEqual } from 'node:util';
import type { Database, StandardRow } from '@cloudstd/db/tables';
import { monthPointDate, todayInChina } from '@cloudstd/shared/domain/calendar';
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
import type { Actor } from '../../http/actor.ts';
import { AppError, assertVersion } from '../../http/errors.ts';
import { isUniqueViolation } from '../../sql/errors.ts';
import {
  contentFromInput,
  contentOf,
  contentToRow,
  contentWithChanges,
  standardContentProblems,
  standardRowToStandard,
  validationError,
} from './standards.content.service.ts';
import type { StandardsFilter } from '../../sql/standards-filter.ts';
import { resolveFrameworkFilter } from '../framework/framework.service.ts';
import { resolveTargetSet } from '../progress/targets.service.ts';
import { applyRevisionDetection, checkReplacements, syncReplacements } from './standards.replacement.service.ts';
import * as repo from './standards.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

function notFound(id: number): AppError {
  return new AppError('NOT_FOUND', { detail: { zh: `标准 ${id} 不存在`, en: `Standard ${id} does not exist` } });
}

/** Everything about a standard that needs more than its schema: the content's rules and unique numbers. */
async function checkStandard(db: Db, content: StandardContent, exceptId?: number): Promise<number[]> {
  const directionIds = await repo.findDirectionIds(db, content.directions);
  const errors = standardContentProblems(content, new Set(directionIds.keys()));
  if (errors.length > 0) throw validationError(errors);
  await checkReplacements(db, content, exceptId);

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

async function loadStandard(db: Db, id: number, asOf: string): Promise<Standard> {
  const row = await repo.findStandardById(db, id);
  if (!row) throw notFound(id);
  const directions = await repo.findDirectionCodes(db, [id]);
  return standardRowToStandard(row, directions.get(id) ?? [], asOf);
}

/**
 * Direction codes per standard, in framework order, for many standards in one query: how other
 * features (reports) read a standard's directions (filed, or in the edition `frameworkId`).
 */
export function findDirectionCodes(
  db: Db,
  standardIds: readonly number[],
  frameworkId?: number,
): Promise<Map<number, string[]>> {
  return repo.findDirectionCodes(db, standardIds, frameworkId);
}

/** One standard, its status as of `asOf` (the query schema defaults it to today). */
export async function getStandard(db: Db, id: number, asOf: string): Promise<Standard> {
  return loadStandard(db, id, asOf);
}

/**
 * The list's query as filters: `countedFor` names a target set (unknown → 400 on `countedFor`), and the
 * list holds exactly what it counts at the as-of date, or with `month` at that month's end capped at the
 * as-of date: the cumulative chart's point (`countedAt`). `framework` names an edition (unknown → 404) whose
 * codes `direction` and `part` must be (else 400), matched through its rows, derived ones included.
 */
export async function resolveStandardsFilter(
  db: Db,
  query: Omit<ListStandardsQuery, 'sort' | 'order' | 'page' | 'pageSize'>,
): Promise<StandardsFilter> {
  const { countedFor, month, framework, ...filter } = query;
  const frameworkId = framework === undefined ? undefined : (await resolveFrameworkFilter(db, framework, query)).id;
  if (countedFor === undefined) return { ...filter, frameworkId };
  const set = await resolveTargetSet(db, countedFor, 'countedFor');
  return {
    ...filter,
    frameworkId,
    counted: { rule: set, on: month === undefined ? query.asOf : monthPointDate(month, query.asOf) },
  };
}

export async function listStandardsPage(db: Db, query: ListStandardsQuery): Promise<StandardList> {
  const { sort, order, page, pageSize, ...listQuery } = query;
  const filter = await resolveStandardsFilter(db, listQuery);
  const { rows, total } = await repo.listStandards(db, filter, { sort, order, page, pageSize });
  const directions = await repo.findDirectionCodes(
    db,
    rows.map((row) => row.id),
    filter.frameworkId,
  );
  return {
    items: rows.map((row) => standardRowToStandard(row, directions.get(row.id) ?? [], query.asOf)),
    total,
    page: query.page,
    pageSize: query.pageSize,
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
  let content = contentFromInput(input);
  try {
    return await db.transaction().execute(async (trx) => {
      const detected = await applyRevisionDetection(trx, content, input);
      content = detected.content;
      const directionIds = await checkStandard(trx, content);
      const id = await repo.insertStandard(trx, {
        ...contentToRow(content),
        created_by: actor.id,
        updated_by: actor.id,
      });
      await repo.replaceStandardDirections(trx, id, directionIds);
      await syncReplacements(trx, id, null, actor);
      const created = await loadStandard(trx, id, todayInChina());
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'standard',
        entityId: id,
        // Recording a later edition as new is an explicit choice, kept with the record's creation.
        after:
          detected.savedAsNewDespite.length > 0
            ? { ...contentOf(created), savedAsNewDespite: detected.savedAsNewDespite }
            : contentOf(created),
        requestId: actor.requestId,
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
      assertVersion(input.version, current);
      const { version: _version, saveAsNew, ...changes } = input;
      const before = contentOf(current);
      merged = contentWithChanges(before, changes);
      // Saving what is already stored changes nothing: no new version, no audit entry.
      if (isDeepStrictEqual(merged, before)) return current;
      let savedAsNewDespite: string[] = [];
      if (merged.number !== before.number) {
        // A new number of a registered family is its revision, as on create; the recorded kind is a choice.
        const detected = await applyRevisionDetection(trx, merged, { kind: merged.kind, saveAsNew }, id);
        merged = detected.content;
        savedAsNewDespite = detected.savedAsNewDespite;
      }
      const directionIds = await checkStandard(trx, merged, id);
      // A withdrawal date typed over a derived one is the editor's own from now on.
      const ownWithdrawal = locked.withdrawal_derived && merged.withdrawnOn !== locked.withdrawn_on;
      await repo.updateStandard(trx, id, {
        ...contentToRow(merged),
        ...(ownWithdrawal ? { withdrawal_derived: false } : {}),
        updated_by: actor.id,
      });
      await repo.replaceStandardDirections(trx, id, directionIds);
      await syncReplacements(trx, id, before.number !== merged.number ? before.number : null, actor);
      const updated = await loadStandard(trx, id, today);
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'update',
        entity: 'standard',
        entityId: id,
        before,
        after: savedAsNewDespite.length > 0 ? { ...contentOf(updated), savedAsNewDespite } : contentOf(updated),
        requestId: actor.requestId,
      });
      return updated;
    });
  try {
    return await work();
  } catch (error) {
    return rethrowNumberRace(db, merged, error);
  }
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
      requestId: actor.requestId,
    });
    await syncReplacements(trx, id, null, actor);
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
      requestId: actor.requestId,
    });
    await checkReplacements(trx, contentOf(await loadStandard(trx, id, todayInChina())), id);
    await syncReplacements(trx, id, null, actor);
    return loadStandard(trx, id, todayInChina());
  });
}

/** Every change to a standard, newest first: who, when, and each field before → after. */
export async function getStandardHistory(db: Kysely<Database>, id: number): Promise<StandardHistoryEntry[]> {
  if (!(await repo.findStandardById(db, id))) throw notFound(id);
  const rows = await repo.listStandardAudit(db, id);
  return rows.map((row) => {
    const before = (row.before ?? {}) as Partial<StandardContent & { replacedBy: string | null }>;
    const after = (row.after ?? {}) as Partial<StandardContent & { replacedBy: string | null }>;
    const changes =
      row.action === 'create' || row.action === 'update' || row.action === 'replace' || row.action === 'unreplace'
        ? [...standardContentFields, 'replacedBy' as const]
            .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
            .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
        : [];
    return { id: row.id, at: row.at.toISOString(), actor: row.username, action: row.action, changes };
  });
}

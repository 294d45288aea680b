import type { Database } from '@cloudstd/db/tables';
import { monthEnd, todayInChina } from '@cloudstd/shared/domain/calendar';
import {
  checkStageOrder,
  stageAsOf,
  stageDate,
  stageRank,
  type InternationalStage,
  type StageDate,
} from '@cloudstd/shared/domain/international-stage';
import { internationalStageLabels } from '@cloudstd/shared/domain/labels';
import type {
  CreateInternationalItemInput,
  InternationalItem,
  InternationalItemList,
  InternationalProgress,
  InternationalSummary,
  ReportInternational,
  ListInternationalItemsQuery,
  UpdateInternationalItemInput,
} from '@cloudstd/shared/schemas/international-item';
import type { FieldError } from '@cloudstd/shared/schemas/messages';
import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, assertVersion } from '../../http/errors.ts';
import { isUniqueViolation } from '../../sql/errors.ts';
import * as repo from './international.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The one row → API mapping for international items. */
function itemRowToItem(row: repo.InternationalItemRowWithDetails, stages: StageDate[]): InternationalItem {
  return {
    id: row.id,
    body: row.body,
    committee: row.committee,
    reference: row.reference,
    titleEn: row.title_en,
    titleZh: row.title_zh,
    stages,
    chinaRole: row.china_role,
    experts: row.experts,
    relatedStandard: row.related_number,
    relatedStandardId: row.related_standard_id,
    relatedStandardTitleZh: row.related_title_zh,
    currentStage: row.current_stage,
    notes: row.notes,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by_name,
    updatedBy: row.updated_by_name,
    deletedAt: row.deleted_at?.toISOString() ?? null,
  };
}

/** What a person edits about an item: what audit snapshots hold. */
function contentOf(item: InternationalItem) {
  return {
    body: item.body,
    committee: item.committee,
    reference: item.reference,
    titleEn: item.titleEn,
    titleZh: item.titleZh,
    stages: item.stages,
    chinaRole: item.chinaRole,
    experts: item.experts,
    relatedStandard: item.relatedStandard,
    notes: item.notes,
  };
}

function itemNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', {
    detail: { zh: `国际标准项目 ${id} 不存在`, en: `International item ${id} does not exist` },
  });
}

function itemExists(existing: { id: number; reference: string }): AppError {
  return new AppError('INTERNATIONAL_ITEM_EXISTS', {
    detail: {
      zh: `${existing.reference} 已登记（编号 ${existing.id}），请编辑该记录`,
      en: `${existing.reference} is already recorded (id ${existing.id}); edit that record instead`,
    },
    extensions: { existing },
  });
}

async function loadItem(db: Db, id: number, asOf = todayInChina()): Promise<InternationalItem> {
  const row = await repo.findItemById(db, id, asOf);
  if (!row) throw itemNotFound(id);
  const stages = await repo.findStages(db, [id]);
  return itemRowToItem(row, stages.get(id) ?? []);
}

export async function getInternationalItem(db: Db, id: number): Promise<InternationalItem> {
  return loadItem(db, id);
}

export async function listInternationalItemsPage(
  db: Db,
  query: ListInternationalItemsQuery,
): Promise<InternationalItemList> {
  const { rows, total } = await repo.listItems(db, query);
  const stages = await repo.findStages(
    db,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) => itemRowToItem(row, stages.get(row.id) ?? [])),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Stages in stage order, each once, each dated no earlier than the one before (400 naming the row otherwise). */
function checkedStages(stages: readonly StageDate[]) {
  const today = todayInChina();
  const errors: FieldError[] = checkStageOrder(stages, (stage) => internationalStageLabels[stage]).map((p) => ({
    field: `stages.${p.index}.${p.field}`,
    messageZh: p.messageZh,
    messageEn: p.messageEn,
  }));
  stages.forEach(({ on }, index) => {
    if (on > today) {
      errors.push({
        field: `stages.${index}.on`,
        messageZh: `阶段日期不能晚于今天（${today}）`,
        messageEn: `A stage date cannot be after today (${today})`,
      });
    }
  });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
  return [...stages]
    .sort((a, b) => stageRank(a.stage) - stageRank(b.stage))
    .map((s) => ({ stage: s.stage, rank: stageRank(s.stage), on: s.on }));
}

/** The related standard must be registered and not deleted (422 naming the field). */
async function relatedStandardId(trx: Db, number: string | null | undefined): Promise<number | null> {
  if (number === null || number === undefined) return null;
  const id = await repo.findLiveStandardIdByNumber(trx, number);
  if (id === undefined) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'relatedStandard',
          messageZh: `标准 ${number} 未登记（或已删除），请先登记该标准`,
          messageEn: `Standard ${number} is not registered (or was deleted); record it first`,
        },
      ],
    });
  }
  return id;
}

/** A unique violation means another request recorded the same body and reference between our check and write. */
async function rethrowReferenceRace(
  db: Db,
  body: InternationalItem['body'] | undefined,
  reference: string | undefined,
  error: unknown,
): Promise<never> {
  if (body && reference && isUniqueViolation(error)) {
    const existing = await repo.findLiveItemByReference(db, body, reference);
    if (existing) throw itemExists(existing);
  }
  throw error;
}

export async function createInternationalItem(
  db: Kysely<Database>,
  input: CreateInternationalItemInput,
  actor: Actor,
): Promise<InternationalItem> {
  const stages = checkedStages(input.stages);
  try {
    return await db.transaction().execute(async (trx) => {
      const existing = await repo.findLiveItemByReference(trx, input.body, input.reference);
      if (existing) throw itemExists(existing);
      const relatedId = await relatedStandardId(trx, input.relatedStandard);
      const id = await repo.insertItem(trx, {
        body: input.body,
        committee: input.committee ?? null,
        reference: input.reference,
        title_en: input.titleEn,
        title_zh: input.titleZh ?? null,
        china_role: input.chinaRole,
        experts: input.experts,
        related_standard_id: relatedId,
        notes: input.notes ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      });
      await repo.replaceStages(trx, id, stages);
      const created = await loadItem(trx, id);
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'international_item',
        entityId: id,
        after: contentOf(created),
        requestId: actor.requestId,
      });
      return created;
    });
  } catch (error) {
    return rethrowReferenceRace(db, input.body, input.reference, error);
  }
}

const sameStages = (a: readonly StageDate[], b: readonly { stage: InternationalStage; on: string }[]) =>
  a.length === b.length && a.every((s, i) => s.stage === b[i]?.stage && s.on === b[i]?.on);

/** Applies the fields given, if the caller edited the stored version (409 with the current record otherwise). */
export async function updateInternationalItem(
  db: Kysely<Database>,
  id: number,
  input: UpdateInternationalItemInput,
  actor: Actor,
): Promise<InternationalItem> {
  const stages = input.stages === undefined ? undefined : checkedStages(input.stages);
  try {
    return await db.transaction().execute(async (trx) => {
      const locked = await repo.lockItem(trx, id);
      if (!locked || locked.deleted_at !== null) throw itemNotFound(id);
      const current = await loadItem(trx, id);
      assertVersion(input.version, current);
      const body = input.body ?? current.body;
      const reference = input.reference ?? current.reference;
      if (body !== current.body || reference !== current.reference) {
        const existing = await repo.findLiveItemByReference(trx, body, reference, id);
        if (existing) throw itemExists(existing);
      }
      const relatedChanged = input.relatedStandard !== undefined && input.relatedStandard !== current.relatedStandard;
      const relatedId = relatedChanged ? await relatedStandardId(trx, input.relatedStandard) : undefined;
      const stagesChanged = stages !== undefined && !sameStages(current.stages, stages);
      const expertsChanged =
        input.experts !== undefined && JSON.stringify(input.experts) !== JSON.stringify(current.experts);
      const differs = (field: 'body' | 'committee' | 'reference' | 'titleEn' | 'titleZh' | 'chinaRole' | 'notes') =>
        input[field] !== undefined && input[field] !== current[field];
      const fieldsChanged = (
        ['body', 'committee', 'reference', 'titleEn', 'titleZh', 'chinaRole', 'notes'] as const
      ).some(differs);
      // A request that changes nothing writes nothing: the version stays, no audit entry.
      if (!fieldsChanged && !relatedChanged && !stagesChanged && !expertsChanged) return current;
      await repo.updateItem(trx, id, {
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(input.committee !== undefined ? { committee: input.committee } : {}),
        ...(input.reference !== undefined ? { reference: input.reference } : {}),
        ...(input.titleEn !== undefined ? { title_en: input.titleEn } : {}),
        ...(input.titleZh !== undefined ? { title_zh: input.titleZh } : {}),
        ...(input.chinaRole !== undefined ? { china_role: input.chinaRole } : {}),
        ...(input.experts !== undefined ? { experts: input.experts } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(relatedId !== undefined ? { related_standard_id: relatedId } : {}),
        updated_by: actor.id,
      });
      if (stagesChanged) await repo.replaceStages(trx, id, stages);
      const updated = await loadItem(trx, id);
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'update',
        entity: 'international_item',
        entityId: id,
        before: contentOf(current),
        after: contentOf(updated),
        requestId: actor.requestId,
      });
      return updated;
    });
  } catch (error) {
    return rethrowReferenceRace(db, input.body, input.reference, error);
  }
}

/** Soft deletion: the item leaves lists and the dashboard's figures but stays restorable. */
export async function deleteInternationalItem(db: Kysely<Database>, id: number, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const locked = await repo.lockItem(trx, id);
    if (!locked || locked.deleted_at !== null) throw itemNotFound(id);
    await repo.updateItem(trx, id, { deleted_at: new Date(), updated_by: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'delete',
      entity: 'international_item',
      entityId: id,
      requestId: actor.requestId,
    });
  });
}

/** Restores a deleted item, unless the same body and reference were recorded again since. */
export async function restoreInternationalItem(
  db: Kysely<Database>,
  id: number,
  actor: Actor,
): Promise<InternationalItem> {
  return db.transaction().execute(async (trx) => {
    const locked = await repo.lockItem(trx, id);
    if (!locked) throw itemNotFound(id);
    if (locked.deleted_at === null) return loadItem(trx, id);
    const existing = await repo.findLiveItemByReference(trx, locked.body, locked.reference, id);
    if (existing) throw itemExists(existing);
    await repo.updateItem(trx, id, { deleted_at: null, updated_by: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'restore',
      entity: 'international_item',
      entityId: id,
      requestId: actor.requestId,
    });
    return loadItem(trx, id);
  });
}

function zeroByStage(): Record<InternationalStage, number> {
  return { proposal: 0, np: 0, wd: 0, cd: 0, dis: 0, fdis: 0, published: 0 };
}

/**
 * The summary's item figures at D: live items that reached any stage by D, by their stage at D, and the
 * items China led published inside the window by D.
 */
export async function summariseInternationalItems(
  db: Kysely<Database>,
  windowStart: string,
  asOf: string,
): Promise<Pick<InternationalSummary, 'items' | 'led'>> {
  const [byStageRows, led] = await Promise.all([
    repo.countItemsByStageAt(db, asOf),
    asOf < windowStart ? Promise.resolve(0) : repo.countLedPublished(db, windowStart, asOf),
  ]);
  const byStage = zeroByStage();
  for (const row of byStageRows) if (row.stage) byStage[row.stage] = Number(row.count);
  return { items: { total: Object.values(byStage).reduce((a, b) => a + b, 0), byStage }, led };
}

/** The last day of each month from `from`'s month to `to`'s, the last point being `to` itself. */
function monthPoints(from: string, to: string): { month: string; on: string }[] {
  const points: { month: string; on: string }[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return points;
    points.push({ month: key, on: key === last ? to : monthEnd(key) });
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/**
 * Month by month from the window's opening to D: live items by their stage at each month's end (D in
 * D's month) and by China's role, with the China-led items published inside the window by D. Items are
 * few (hundreds), so they are read once and the shared `stageAsOf` rule applies them per point.
 */
export async function getInternationalSeries(
  db: Kysely<Database>,
  windowStart: string,
  asOf: string,
): Promise<Pick<InternationalProgress, 'points' | 'led'>> {
  const items = await repo.listLiveItems(db);
  const stages = await repo.findStages(
    db,
    items.map((item) => item.id),
  );
  const points = asOf < windowStart ? [] : monthPoints(windowStart, asOf);
  return {
    points: points.map(({ month, on }) => {
      const byStage = zeroByStage();
      const byRole = { led: 0, co_edited: 0, participated: 0 };
      for (const item of items) {
        const stage = stageAsOf(stages.get(item.id) ?? [], on);
        if (stage === null) continue;
        byStage[stage] += 1;
        byRole[item.china_role] += 1;
      }
      return { month, on, total: Object.values(byStage).reduce((a, b) => a + b, 0), byStage, byRole };
    }),
    led: items
      .flatMap((item) => {
        const publishedOn = stageDate(stages.get(item.id) ?? [], 'published');
        if (item.china_role !== 'led' || publishedOn === null || publishedOn < windowStart || publishedOn > asOf) {
          return [];
        }
        return [
          {
            id: item.id,
            body: item.body,
            committee: item.committee,
            reference: item.reference,
            titleEn: item.title_en,
            titleZh: item.title_zh,
            publishedOn,
          },
        ];
      })
      .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.id - b.id),
  };
}

/** Live items that reached a stage by D with their stage at D, latest stage first (what reports list). */
export async function listItemsAt(db: Kysely<Database>, asOf: string): Promise<ReportInternational['items']> {
  const items = await repo.listLiveItems(db);
  const stages = await repo.findStages(
    db,
    items.map((item) => item.id),
  );
  const relatedNumbers = await repo.findStandardNumbers(
    db,
    items.flatMap((item) => (item.related_standard_id === null ? [] : [item.related_standard_id])),
  );
  return items
    .flatMap((item) => {
      const history = stages.get(item.id) ?? [];
      const stage = stageAsOf(history, asOf);
      if (stage === null) return [];
      return [
        {
          id: item.id,
          body: item.body,
          committee: item.committee,
          reference: item.reference,
          titleEn: item.title_en,
          titleZh: item.title_zh,
          chinaRole: item.china_role,
          experts: item.experts,
          relatedStandard:
            item.related_standard_id === null ? null : (relatedNumbers.get(item.related_standard_id) ?? null),
          // The history as it stood at D.
          stages: history.filter((s) => s.on <= asOf),
          stage,
        },
      ];
    })
    .sort((a, b) => stageRank(b.stage) - stageRank(a.stage) || a.reference.localeCompare(b.reference));
}

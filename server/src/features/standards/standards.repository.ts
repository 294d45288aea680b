import type { Database, NewStandard, StandardRow, StandardUpdate } from '@cloudstd/db/tables';
import type { ListStandardsQuery } from '@cloudstd/shared/schemas/standard';
import { standardsFilter, standardsOrder, type StandardsFilter } from '../../sql/standards-filter.ts';
import { sql, type Kysely } from 'kysely';

type Db = Kysely<Database>;

export type StandardRowWithPeople = StandardRow & { created_by_name: string | null; updated_by_name: string | null };

function selectStandards(db: Db) {
  return db
    .selectFrom('standard')
    .selectAll('standard')
    .select((eb) => [
      eb
        .selectFrom('app_user')
        .select('username')
        .whereRef('app_user.id', '=', 'standard.created_by')
        .as('created_by_name'),
      eb
        .selectFrom('app_user')
        .select('username')
        .whereRef('app_user.id', '=', 'standard.updated_by')
        .as('updated_by_name'),
    ]);
}

export async function findStandardById(db: Db, id: number): Promise<StandardRowWithPeople | undefined> {
  return selectStandards(db).where('standard.id', '=', id).executeTakeFirst();
}

/** Locks the row for the rest of the transaction: concurrent edits of one standard queue here. */
export async function lockStandard(db: Db, id: number): Promise<StandardRow | undefined> {
  return db.selectFrom('standard').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findLiveStandardByNumber(
  db: Db,
  field: 'number' | 'plan_number',
  value: string,
  exceptId?: number,
): Promise<Pick<StandardRow, 'id' | 'number' | 'plan_number' | 'title_zh'> | undefined> {
  let query = db
    .selectFrom('standard')
    .select(['id', 'number', 'plan_number', 'title_zh'])
    .where(field, '=', value)
    .where('deleted_at', 'is', null);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

export async function insertStandard(db: Db, row: NewStandard): Promise<number> {
  const inserted = await db.insertInto('standard').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateStandard(db: Db, id: number, changes: StandardUpdate): Promise<void> {
  await db
    .updateTable('standard')
    .set({ ...changes, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Direction codes of any loaded framework → node ids (codes are unique across editions; only leaves count). */
export async function findDirectionIds(db: Db, codes: readonly string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('framework_node')
    .select(['framework_node.code', 'framework_node.id'])
    .where('framework_node.kind', '=', 'direction')
    .where('framework_node.code', 'in', [...codes])
    .execute();
  return new Map(rows.map((row) => [row.code, row.id]));
}

export async function replaceStandardDirections(
  db: Db,
  standardId: number,
  directionIds: readonly number[],
): Promise<void> {
  // The filed directions are replaced; placements in other editions (derived, overrides) stay unless now filed.
  await db
    .deleteFrom('standard_direction')
    .where('standard_id', '=', standardId)
    .where((eb) =>
      eb.or([
        eb('origin', '=', 'filed'),
        ...(directionIds.length > 0 ? [eb('direction_id', 'in', [...directionIds])] : []),
      ]),
    )
    .execute();
  if (directionIds.length > 0) {
    await db
      .insertInto('standard_direction')
      .values(directionIds.map((directionId) => ({ standard_id: standardId, direction_id: directionId })))
      .execute();
  }
}

/**
 * Direction codes per standard, in framework order, for any number of standards in one query: the filed
 * ones, or with `frameworkId` the standard's directions in that edition whatever their origin.
 */
export async function findDirectionCodes(
  db: Db,
  standardIds: readonly number[],
  frameworkId?: number,
): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>(standardIds.map((id) => [id, []]));
  if (standardIds.length === 0) return result;
  const rows = await db
    .selectFrom('standard_direction')
    .innerJoin('framework_node', 'framework_node.id', 'standard_direction.direction_id')
    .select(['standard_direction.standard_id', 'framework_node.code'])
    .where('standard_direction.standard_id', '=', sql<number>`any(${[...standardIds]}::int[])`)
    .$if(frameworkId === undefined, (query) => query.where('standard_direction.origin', '=', 'filed'))
    .$if(frameworkId !== undefined, (query) => query.where('framework_node.framework_id', '=', frameworkId ?? 0))
    .orderBy('framework_node.position')
    .execute();
  for (const row of rows) result.get(row.standard_id)?.push(row.code);
  return result;
}

/** One page of standards with the list's filters (server/src/sql/standards-filter.ts) and the total. */
export async function listStandards(
  db: Db,
  filter: StandardsFilter,
  query: Pick<ListStandardsQuery, 'sort' | 'order' | 'page' | 'pageSize'>,
): Promise<{ rows: StandardRowWithPeople[]; total: number }> {
  const filters = standardsFilter(filter);
  const countRow = await db
    .selectFrom('standard')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where(filters)
    .executeTakeFirstOrThrow();
  const [byColumn, byId] = standardsOrder(query.sort, query.order);
  const rows = await selectStandards(db)
    .where(filters)
    .orderBy(byColumn)
    .orderBy(byId)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total: countRow.total };
}

export async function listStandardAudit(db: Db, standardId: number) {
  return db
    .selectFrom('audit_log')
    .leftJoin('app_user', 'app_user.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.before',
      'audit_log.after',
      'app_user.username',
    ])
    .where('audit_log.entity', '=', 'standard')
    .where('audit_log.entity_id', '=', String(standardId))
    .orderBy('audit_log.id', 'desc')
    .execute();
}

/** Live standards holding any of these numbers. */
export async function findLiveStandardsByNumbers(db: Db, numbers: readonly string[]): Promise<StandardRow[]> {
  if (numbers.length === 0) return [];
  return db
    .selectFrom('standard')
    .selectAll()
    .where('number', 'in', [...numbers])
    .where('deleted_at', 'is', null)
    .execute();
}

/** Live standards that name this number among those they replace, earliest in force first. */
export async function findLiveSuccessorsOf(db: Db, number: string, exceptId: number): Promise<StandardRow[]> {
  return db
    .selectFrom('standard')
    .selectAll()
    .where(sql<boolean>`${number} = any(replaces)`)
    .where('deleted_at', 'is', null)
    .where('id', '!=', exceptId)
    .orderBy(sql`in_force_on asc nulls last`)
    .orderBy('id')
    .execute();
}

/** Live standards whose recorded successor is one of these numbers. */
export async function findLiveReplacedBy(db: Db, numbers: readonly string[]): Promise<StandardRow[]> {
  if (numbers.length === 0) return [];
  return db
    .selectFrom('standard')
    .selectAll()
    .where('replaced_by', 'in', [...numbers])
    .where('deleted_at', 'is', null)
    .execute();
}

/** Numbers live standards say they replace that no live standard holds: "successor recorded, predecessor unknown". */
export async function listUnknownPredecessors(db: Db) {
  const { rows } = await sql<{ predecessor: string; id: number; number: string | null; title_zh: string }>`
    select r.predecessor, s.id, s.number, s.title_zh
    from standard s
    cross join lateral unnest(s.replaces) as r(predecessor)
    where s.deleted_at is null
      and not exists (select 1 from standard p where p.number = r.predecessor and p.deleted_at is null)
    order by r.predecessor, s.id`.execute(db);
  return rows;
}

/** Which of these numbers a live standard names among those it replaces (one query for a whole import). */
export async function findNumbersReplacedByLive(db: Db, numbers: readonly string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const { rows } = await sql<{ number: string }>`
    select distinct r.number
    from standard s cross join lateral unnest(s.replaces) as r(number)
    where s.deleted_at is null and r.number = any(${[...numbers]}::text[])`.execute(db);
  return new Set(rows.map((row) => row.number));
}

/** Live standards of a number family (`GB/T 32399` → `GB/T 32399-2015`, …), any year. */
export async function findLiveStandardsOfFamily(db: Db, family: string) {
  return db
    .selectFrom('standard')
    .select(['id', 'number', 'title_zh'])
    .where('number', 'like', `${family.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`)
    .where('deleted_at', 'is', null)
    .orderBy('number')
    .execute();
}

/** Every live standard's number (revision detection over a whole import file at once). */
export async function findLiveNumbers(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('standard')
    .select('number')
    .where('number', 'is not', null)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.flatMap((row) => (row.number === null ? [] : [row.number]));
}

/**
 * Standards due for their five-year review at D (复审, PRODUCT.md §3): live, in force on D (not withdrawn
 * on or before D), and five years past the later of their in-force date and their last review up to D.
 */
export async function listReviewsDue(db: Db, asOf: string, filter: { level?: string; committee?: string }) {
  const d = sql`${asOf}::date`;
  const { rows } = await sql<{
    id: number;
    number: string | null;
    title_zh: string;
    level: StandardRow['level'];
    committee: string | null;
    in_force_on: string;
    due_on: string;
    outcome: 'confirmed' | 'revise' | 'withdraw' | null;
    reviewed_on: string | null;
  }>`
    select s.id, s.number, s.title_zh, s.level, s.committee, s.in_force_on, r.outcome, r.reviewed_on,
           (greatest(s.in_force_on, r.reviewed_on) + interval '5 years')::date as due_on
    from standard s
    left join lateral (
      select outcome, reviewed_on from standard_review
      where standard_id = s.id and reviewed_on <= ${d}
      order by reviewed_on desc, id desc limit 1) r on true
    where s.deleted_at is null and s.in_force_on <= ${d}
      and (s.withdrawn_on is null or s.withdrawn_on > ${d})
      and (greatest(s.in_force_on, r.reviewed_on) + interval '5 years')::date <= ${d}
      and (${filter.level ?? null}::text is null or s.level = ${filter.level ?? null})
      and (${filter.committee ?? null}::text is null or s.committee = ${filter.committee ?? null})
    order by due_on, s.number`.execute(db);
  return rows;
}

export async function insertReview(
  db: Db,
  review: {
    standard_id: number;
    outcome: 'confirmed' | 'revise' | 'withdraw';
    reviewed_on: string;
    notes: string | null;
    created_by: number | null;
  },
) {
  return db
    .insertInto('standard_review')
    .values(review)
    .returning(['id', 'standard_id', 'outcome', 'reviewed_on', 'notes'])
    .executeTakeFirstOrThrow();
}

/** Live standards with a plan issued on or before D and not published on or before D (计划跟踪). */
export async function listOpenPlans(db: Db, asOf: string): Promise<StandardRow[]> {
  return db
    .selectFrom('standard')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('plan_issued_on', 'is not', null)
    .where('plan_period_months', 'is not', null)
    .where('plan_issued_on', '<=', asOf)
    .where((eb) => eb.or([eb('published_on', 'is', null), eb('published_on', '>', asOf)]))
    .orderBy('id')
    .execute();
}

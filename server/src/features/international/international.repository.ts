import type {
  Database,
  InternationalItemRow,
  InternationalItemStageTable,
  InternationalItemUpdate,
  NewInternationalItem,
} from '@cloudstd/db/tables';
import type { ListInternationalItemsQuery } from '@cloudstd/shared/schemas/international-item';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { itemStageAsOfSql } from '../../sql/international-stage.ts';

type Db = Kysely<Database>;

export type InternationalItemRowWithDetails = InternationalItemRow & {
  created_by_name: string | null;
  updated_by_name: string | null;
  related_number: string | null;
  related_title_zh: string | null;
  current_stage: InternationalItemStageTable['stage'] | null;
};

const username = (eb: ExpressionBuilder<Database, 'international_item'>, column: `international_item.${string}_by`) =>
  eb.selectFrom('app_user').select('username').whereRef('app_user.id', '=', sql.ref(column));

function selectItems(db: Db, asOf: string) {
  return db
    .selectFrom('international_item')
    .leftJoin('standard', 'standard.id', 'international_item.related_standard_id')
    .selectAll('international_item')
    .select((eb) => [
      username(eb, 'international_item.created_by').as('created_by_name'),
      username(eb, 'international_item.updated_by').as('updated_by_name'),
      'standard.number as related_number',
      'standard.title_zh as related_title_zh',
      itemStageAsOfSql(asOf).as('current_stage'),
    ]);
}

export async function findItemById(
  db: Db,
  id: number,
  asOf: string,
): Promise<InternationalItemRowWithDetails | undefined> {
  return selectItems(db, asOf).where('international_item.id', '=', id).executeTakeFirst();
}

/** Each item's stages in stage order. */
export async function findStages(
  db: Db,
  itemIds: readonly number[],
): Promise<Map<number, { stage: InternationalItemStageTable['stage']; on: string }[]>> {
  const byItem = new Map<number, { stage: InternationalItemStageTable['stage']; on: string }[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await db
    .selectFrom('international_item_stage')
    .select(['item_id', 'stage', 'reached_on'])
    .where('item_id', 'in', itemIds)
    .orderBy('item_id')
    .orderBy('rank')
    .execute();
  for (const row of rows) {
    const list = byItem.get(row.item_id) ?? [];
    list.push({ stage: row.stage, on: row.reached_on });
    byItem.set(row.item_id, list);
  }
  return byItem;
}

/** Locks the row for the rest of the transaction: concurrent edits of one item queue here. */
export async function lockItem(db: Db, id: number): Promise<InternationalItemRow | undefined> {
  return db.selectFrom('international_item').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findLiveItemByReference(
  db: Db,
  body: InternationalItemRow['body'],
  reference: string,
  exceptId?: number,
): Promise<Pick<InternationalItemRow, 'id' | 'reference'> | undefined> {
  let query = db
    .selectFrom('international_item')
    .select(['id', 'reference'])
    .where('body', '=', body)
    .where('reference', '=', reference)
    .where('deleted_at', 'is', null);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

/** A registered (not deleted) standard by its normalised number, locked FOR SHARE so a deletion waits. */
export async function findLiveStandardIdByNumber(db: Db, number: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('standard')
    .select('id')
    .where('number', '=', number)
    .where('deleted_at', 'is', null)
    .forShare()
    .executeTakeFirst();
  return row?.id;
}

export async function insertItem(db: Db, row: NewInternationalItem): Promise<number> {
  const inserted = await db.insertInto('international_item').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateItem(db: Db, id: number, changes: InternationalItemUpdate): Promise<void> {
  await db
    .updateTable('international_item')
    .set({ ...changes, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Replaces an item's stage history. */
export async function replaceStages(
  db: Db,
  itemId: number,
  stages: readonly { stage: InternationalItemStageTable['stage']; rank: number; on: string }[],
): Promise<void> {
  await db.deleteFrom('international_item_stage').where('item_id', '=', itemId).execute();
  if (stages.length === 0) return;
  await db
    .insertInto('international_item_stage')
    .values(stages.map((s) => ({ item_id: itemId, stage: s.stage, rank: s.rank, reached_on: s.on })))
    .execute();
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One page of items with the list's filters; `stage` filters on the stage as of `asOf`. */
export async function listItems(
  db: Db,
  query: ListInternationalItemsQuery,
): Promise<{ rows: InternationalItemRowWithDetails[]; total: number }> {
  const filters = (eb: ExpressionBuilder<Database, 'international_item'>) => {
    const conditions: Expression<SqlBool>[] = [
      query.deleted === 'only'
        ? eb('international_item.deleted_at', 'is not', null)
        : eb('international_item.deleted_at', 'is', null),
    ];
    if (query.q) {
      const pattern = likePattern(query.q);
      conditions.push(
        eb.or([
          eb('international_item.reference', 'ilike', pattern),
          eb('international_item.title_en', 'ilike', pattern),
          eb('international_item.title_zh', 'ilike', pattern),
          eb('international_item.committee', 'ilike', pattern),
        ]),
      );
    }
    if (query.body?.length) conditions.push(eb('international_item.body', 'in', query.body));
    if (query.chinaRole?.length) conditions.push(eb('international_item.china_role', 'in', query.chinaRole));
    if (query.stage?.length) conditions.push(eb(itemStageAsOfSql(query.asOf), 'in', query.stage));
    return eb.and(conditions);
  };
  const countRow = await db
    .selectFrom('international_item')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where(filters)
    .executeTakeFirstOrThrow();
  const rows = await selectItems(db, query.asOf)
    .where(filters)
    .orderBy('international_item.updated_at', 'desc')
    .orderBy('international_item.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total: countRow.total };
}

/** Every live item with its stages (the dashboard's monthly series and the reports read these). */
export async function listLiveItems(db: Db): Promise<InternationalItemRow[]> {
  return db.selectFrom('international_item').selectAll().where('deleted_at', 'is', null).orderBy('id').execute();
}

/** Live items that reached a stage by D, counted by their stage at D (`itemStageAsOfSql`). */
export async function countItemsByStageAt(db: Db, asOf: string) {
  return db
    .selectFrom(
      db
        .selectFrom('international_item')
        .select(itemStageAsOfSql(asOf).as('stage'))
        .where('international_item.deleted_at', 'is', null)
        .as('at'),
    )
    .select((eb) => ['at.stage', eb.fn.countAll<number>().as('count')])
    .where('at.stage', 'is not', null)
    .groupBy('at.stage')
    .execute();
}

/** Live items China led whose publication is dated inside [from, to]. */
export async function countLedPublished(db: Db, from: string, to: string): Promise<number> {
  const row = await db
    .selectFrom('international_item')
    .innerJoin('international_item_stage as s', 's.item_id', 'international_item.id')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('international_item.deleted_at', 'is', null)
    .where('international_item.china_role', '=', 'led')
    .where('s.stage', '=', 'published')
    .where('s.reached_on', '>=', sql<string>`${from}::date`)
    .where('s.reached_on', '<=', sql<string>`${to}::date`)
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Standards' numbers (else plan numbers) by id. */
export async function findStandardNumbers(db: Db, ids: readonly number[]): Promise<Map<number, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('standard').select(['id', 'number', 'plan_number']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.number ?? row.plan_number]));
}

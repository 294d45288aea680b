import type { Database, SnapshotTable } from '@cloudstd/db/tables';
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';

type Db = Kysely<Database> | Transaction<Database>;

/** A snapshot's columns and headline figures (read from its payload), without the payload itself. */
function selectSnapshots(db: Db) {
  return db
    .selectFrom('snapshot')
    .leftJoin('app_user', 'app_user.id', 'snapshot.created_by')
    .select([
      'snapshot.id',
      'snapshot.name',
      'snapshot.as_of',
      'snapshot.since',
      'snapshot.target_set_key',
      'snapshot.target_set_name_zh',
      'snapshot.target_set_name_en',
      'snapshot.created_at',
      'app_user.username as created_by_name',
      sql<number>`(snapshot.payload->'summary'->'standards'->>'counted')::int`.as('counted'),
      sql<number>`(snapshot.payload->'summary'->'standards'->>'goal')::int`.as('goal'),
      sql<number>`(snapshot.payload->'summary'->'coverage'->>'covered')::int`.as('covered'),
      sql<number>`(snapshot.payload->'summary'->'coverage'->>'total')::int`.as('total'),
    ]);
}
export type SnapshotListRow = Awaited<ReturnType<ReturnType<typeof selectSnapshots>['execute']>>[number];

/** Newest as-of date first. */
export async function listSnapshots(db: Db): Promise<SnapshotListRow[]> {
  return selectSnapshots(db).orderBy('snapshot.as_of', 'desc').orderBy('snapshot.id', 'desc').execute();
}

export async function findSnapshot(db: Db, id: number): Promise<SnapshotListRow | undefined> {
  return selectSnapshots(db).where('snapshot.id', '=', id).executeTakeFirst();
}

export async function findSnapshotPayload(db: Db, id: number): Promise<unknown> {
  const row = await db.selectFrom('snapshot').select('payload').where('id', '=', id).executeTakeFirst();
  return row?.payload;
}

export async function findSnapshotIdByName(db: Db, name: string): Promise<number | undefined> {
  const row = await db.selectFrom('snapshot').select('id').where('name', '=', name).executeTakeFirst();
  return row?.id;
}

export async function insertSnapshot(db: Db, row: Insertable<SnapshotTable>): Promise<number> {
  const inserted = await db.insertInto('snapshot').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** The registry's current record of these standards, to tell why one left the counted list. */
export async function findStandardStates(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('standard')
    .select(['id', 'withdrawn_on', 'deleted_at'])
    .where('id', 'in', [...ids])
    .execute();
}

import type { Database, TargetMilestoneRow, TargetSetRow } from '@cloudstd/db/tables';
import type { Kysely } from 'kysely';

type Db = Kysely<Database>;

export async function listTargetSetRows(db: Db): Promise<TargetSetRow[]> {
  return db.selectFrom('target_set').selectAll().orderBy('is_default', 'desc').orderBy('id').execute();
}

/** The set with this key, or the default set when no key is given. */
export async function findTargetSetRow(db: Db, key: string | undefined): Promise<TargetSetRow | undefined> {
  let query = db.selectFrom('target_set').selectAll();
  query = key ? query.where('key', '=', key) : query.where('is_default', '=', true);
  return query.executeTakeFirst();
}

export async function lockTargetSetRow(db: Db, key: string): Promise<TargetSetRow | undefined> {
  return db.selectFrom('target_set').selectAll().where('key', '=', key).forUpdate().executeTakeFirst();
}

export async function listMilestoneRows(db: Db, targetSetIds: readonly number[]): Promise<TargetMilestoneRow[]> {
  if (targetSetIds.length === 0) return [];
  return db
    .selectFrom('target_milestone')
    .selectAll()
    .where('target_set_id', 'in', [...targetSetIds])
    .orderBy('target_set_id')
    .orderBy('position')
    .execute();
}

export async function updateTargetSetRow(
  db: Db,
  id: number,
  changes: Partial<Omit<TargetSetRow, 'id' | 'key' | 'version' | 'created_at' | 'updated_at'>>,
): Promise<void> {
  await db
    .updateTable('target_set')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .execute();
}

export async function clearDefaultTargetSet(db: Db): Promise<void> {
  await db.updateTable('target_set').set({ is_default: false }).where('is_default', '=', true).execute();
}

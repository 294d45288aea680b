import type { Database, FrameworkNodeRow, FrameworkRow } from '@cloudstd/db/tables';
import type { Kysely } from 'kysely';

export async function findDefaultFramework(db: Kysely<Database>): Promise<FrameworkRow | undefined> {
  return db.selectFrom('framework').selectAll().where('is_default', '=', true).executeTakeFirst();
}

export async function listFrameworkNodes(
  db: Kysely<Database>,
  frameworkId: number,
  kind?: FrameworkNodeRow['kind'],
): Promise<FrameworkNodeRow[]> {
  let query = db.selectFrom('framework_node').selectAll().where('framework_id', '=', frameworkId);
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('position').execute();
}

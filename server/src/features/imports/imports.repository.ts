import type { Database } from '@cloudstd/db/tables';
import type { Insertable } from 'kysely';
import type { Kysely } from 'kysely';
import type { FrameworkNodeName } from './direction-names.ts';

type Db = Kysely<Database>;

/** Every node of one framework (parts, groups, directions), in framework order. */
export async function listFrameworkNodes(db: Db, frameworkId: number): Promise<FrameworkNodeName[]> {
  return db
    .selectFrom('framework_node')
    .innerJoin('framework', 'framework.id', 'framework_node.framework_id')
    .select([
      'framework_node.code',
      'framework.key as framework',
      'framework_node.kind',
      'framework_node.parent_code as parentCode',
      'framework_node.name_zh as nameZh',
      'framework_node.name_en as nameEn',
      'framework_node.position',
    ])
    .where('framework_node.framework_id', '=', frameworkId)
    .orderBy('framework_node.position')
    .execute();
}

/** Every node of every loaded framework with its framework's key (a file's codes of another edition are named). */
export async function listAllFrameworkNodes(db: Db): Promise<FrameworkNodeName[]> {
  return db
    .selectFrom('framework_node')
    .innerJoin('framework', 'framework.id', 'framework_node.framework_id')
    .select([
      'framework_node.code',
      'framework.key as framework',
      'framework_node.kind',
      'framework_node.parent_code as parentCode',
      'framework_node.name_zh as nameZh',
      'framework_node.name_en as nameEn',
      'framework_node.position',
    ])
    .orderBy('framework_node.framework_id')
    .orderBy('framework_node.position')
    .execute();
}

export async function insertImport(db: Db, row: Insertable<Database['data_import']>): Promise<number> {
  const inserted = await db.insertInto('data_import').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

import type { Database, FrameworkNodeRow, FrameworkRow } from '@cloudstd/db/tables';
import { sql, type Kysely } from 'kysely';

type Db = Kysely<Database>;

export async function findDefaultFramework(db: Db): Promise<FrameworkRow | undefined> {
  return db.selectFrom('framework').selectAll().where('is_default', '=', true).executeTakeFirst();
}

export async function findFrameworkByKey(db: Db, key: string): Promise<FrameworkRow | undefined> {
  return db.selectFrom('framework').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Every loaded framework with its number of directions, the default first. */
export async function listFrameworks(db: Db) {
  return db
    .selectFrom('framework')
    .selectAll('framework')
    .select((eb) =>
      eb
        .selectFrom('framework_node')
        .select(eb.fn.countAll<number>().as('count'))
        .whereRef('framework_node.framework_id', '=', 'framework.id')
        .where('framework_node.kind', '=', 'direction')
        .as('direction_count'),
    )
    .orderBy('is_default', 'desc')
    .orderBy('id')
    .execute();
}

export async function listFrameworkNodes(
  db: Db,
  frameworkId: number,
  kind?: FrameworkNodeRow['kind'],
): Promise<FrameworkNodeRow[]> {
  let query = db.selectFrom('framework_node').selectAll().where('framework_id', '=', frameworkId);
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('position').execute();
}

/** A standard's rows in one framework: its direction codes there and where each came from. */
export async function findPlacementRows(db: Db, frameworkId: number, standardId: number) {
  return db
    .selectFrom('standard_direction')
    .innerJoin('framework_node', 'framework_node.id', 'standard_direction.direction_id')
    .select(['framework_node.code', 'standard_direction.origin', 'standard_direction.direction_id'])
    .where('framework_node.framework_id', '=', frameworkId)
    .where('standard_direction.standard_id', '=', standardId)
    .orderBy('framework_node.position')
    .execute();
}

/** Replaces a standard's override rows in a framework; the triggers re-derive the rest. */
export async function replaceOverrideRows(
  db: Db,
  frameworkId: number,
  standardId: number,
  directionIds: readonly number[],
): Promise<void> {
  await db
    .deleteFrom('standard_direction')
    .where('standard_id', '=', standardId)
    .where('origin', '<>', 'filed')
    .where('direction_id', 'in', (eb) =>
      eb.selectFrom('framework_node').select('id').where('framework_id', '=', frameworkId),
    )
    .execute();
  if (directionIds.length > 0) {
    await db
      .insertInto('standard_direction')
      .values(directionIds.map((id) => ({ standard_id: standardId, direction_id: id, origin: 'override' as const })))
      .execute();
  }
}

/**
 * Live standards with directions in some framework but none in this one (no filed, overridden or derived
 * row): the crosswalk cannot place them, so the edition's views list them as "not placed".
 */
export async function listUnplacedStandards(db: Db, frameworkId: number) {
  const rows = await db
    .selectFrom('standard')
    .select(['standard.id', 'standard.number', 'standard.plan_number', 'standard.title_zh'])
    .select(
      sql<string[]>`array(select n.code from standard_direction d join framework_node n on n.id = d.direction_id
        where d.standard_id = standard.id and d.origin = 'filed' order by n.framework_id, n.position)`.as('filed'),
    )
    .where('standard.deleted_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('standard_direction')
            .innerJoin('framework_node', 'framework_node.id', 'standard_direction.direction_id')
            .select(sql`1`.as('one'))
            .whereRef('standard_direction.standard_id', '=', 'standard.id')
            .where('framework_node.framework_id', '=', frameworkId),
        ),
      ),
    )
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('standard_direction')
          .select(sql`1`.as('one'))
          .whereRef('standard_direction.standard_id', '=', 'standard.id'),
      ),
    )
    .orderBy('standard.id')
    .execute();
  return rows;
}

export async function standardExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('standard').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Live standards with their directions in one framework (filed, overridden or derived), in registration order. */
export async function listPlacedTitles(db: Db, frameworkId: number) {
  return db
    .selectFrom('standard')
    .innerJoin('standard_direction', 'standard_direction.standard_id', 'standard.id')
    .innerJoin('framework_node', 'framework_node.id', 'standard_direction.direction_id')
    .select(['standard.id', 'standard.number', 'standard.plan_number', 'standard.title_zh'])
    .select(sql<string[]>`array_agg(distinct framework_node.code)`.as('codes'))
    .where('framework_node.framework_id', '=', frameworkId)
    .where('standard.deleted_at', 'is', null)
    .groupBy(['standard.id', 'standard.number', 'standard.plan_number', 'standard.title_zh'])
    .orderBy('standard.id')
    .execute();
}

import type { AdoptionRow, Database, NewAdoption } from '@cloudstd/db/tables';
import type { ListAdoptionsQuery } from '@cloudstd/shared/schemas/enterprise';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { compactCode, likePattern } from './enterprises.repository.ts';

type Db = Kysely<Database>;

export type AdoptionRowWithDetails = AdoptionRow & {
  enterprise_name: string;
  enterprise_credit_code: string;
  standard_number: string | null;
  standard_plan_number: string | null;
  standard_title_zh: string;
  standard_title_en: string | null;
  standard_deleted_at: Date | null;
  created_by_name: string | null;
};

function selectAdoptions(db: Db) {
  return db
    .selectFrom('adoption')
    .innerJoin('enterprise', 'enterprise.id', 'adoption.enterprise_id')
    .innerJoin('standard', 'standard.id', 'adoption.standard_id')
    .leftJoin('app_user', 'app_user.id', 'adoption.created_by')
    .selectAll('adoption')
    .select([
      'enterprise.name as enterprise_name',
      'enterprise.credit_code as enterprise_credit_code',
      'standard.number as standard_number',
      'standard.plan_number as standard_plan_number',
      'standard.title_zh as standard_title_zh',
      'standard.title_en as standard_title_en',
      'standard.deleted_at as standard_deleted_at',
      'app_user.username as created_by_name',
    ]);
}

export async function findAdoptionById(db: Db, id: number): Promise<AdoptionRowWithDetails | undefined> {
  return selectAdoptions(db).where('adoption.id', '=', id).executeTakeFirst();
}

export async function findAdoptionOf(
  db: Db,
  enterpriseId: number,
  standardId: number,
): Promise<AdoptionRowWithDetails | undefined> {
  return selectAdoptions(db)
    .where('adoption.enterprise_id', '=', enterpriseId)
    .where('adoption.standard_id', '=', standardId)
    .executeTakeFirst();
}

/** Inserts unless the enterprise already adopted the standard; undefined then (no error, no row). */
export async function insertAdoptionUnlessExists(db: Db, row: NewAdoption): Promise<number | undefined> {
  const inserted = await db
    .insertInto('adoption')
    .values(row)
    .onConflict((oc) => oc.columns(['enterprise_id', 'standard_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function deleteAdoption(db: Db, id: number): Promise<void> {
  await db.deleteFrom('adoption').where('id', '=', id).execute();
}

/** The enterprise an adoption is recorded for: whether it exists and is live. */
export async function findEnterpriseForAdoption(db: Db, id: number) {
  return db.selectFrom('enterprise').select(['id', 'deleted_at']).where('id', '=', id).executeTakeFirst();
}

/**
 * The standard an adoption is recorded against, locked FOR SHARE: a concurrent deletion of the standard
 * waits for this transaction (and then sees its adoption when it takes it out of the count).
 */
export async function lockStandardForAdoption(db: Db, id: number) {
  return db
    .selectFrom('standard')
    .select(['id', 'number', 'plan_number', 'title_zh', 'deleted_at'])
    .where('id', '=', id)
    .forShare()
    .executeTakeFirst();
}

/**
 * One page of adoptions, newest adoption date first (or oldest with `order=asc`). Adoptions of deleted
 * enterprises are left out; adoptions of deleted standards are listed, marked, as they do not count.
 */
export async function listAdoptions(
  db: Db,
  query: ListAdoptionsQuery,
): Promise<{ rows: AdoptionRowWithDetails[]; total: number }> {
  const filters = (eb: ExpressionBuilder<Database, 'adoption' | 'enterprise' | 'standard'>) => {
    const conditions: Expression<SqlBool>[] = [eb('enterprise.deleted_at', 'is', null)];
    if (query.enterprise !== undefined) conditions.push(eb('adoption.enterprise_id', '=', query.enterprise));
    if (query.standard !== undefined) conditions.push(eb('adoption.standard_id', '=', query.standard));
    if (query.q) {
      const alternatives: Expression<SqlBool>[] = [
        eb('enterprise.name', 'ilike', likePattern(query.q)),
        eb('standard.title_zh', 'ilike', likePattern(query.q)),
      ];
      const code = compactCode(query.q);
      if (code) {
        alternatives.push(
          eb('enterprise.credit_code', 'like', likePattern(code)),
          eb(
            sql`regexp_replace(upper(coalesce(standard.number, '')), '[^A-Z0-9]', '', 'g')`,
            'like',
            likePattern(code),
          ),
        );
      }
      conditions.push(eb.or(alternatives));
    }
    if (query.industry?.length) conditions.push(eb('enterprise.industry', 'in', query.industry));
    if (query.province?.length) conditions.push(eb('enterprise.province', 'in', query.province));
    if (query.adoptedFrom) conditions.push(eb('adoption.adopted_on', '>=', query.adoptedFrom));
    if (query.adoptedTo) conditions.push(eb('adoption.adopted_on', '<=', query.adoptedTo));
    return eb.and(conditions);
  };
  const countRow = await db
    .selectFrom('adoption')
    .innerJoin('enterprise', 'enterprise.id', 'adoption.enterprise_id')
    .innerJoin('standard', 'standard.id', 'adoption.standard_id')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where(filters)
    .executeTakeFirstOrThrow();
  const rows = await selectAdoptions(db)
    .where(filters)
    .orderBy('adoption.adopted_on', query.order)
    .orderBy('adoption.id', query.order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total: countRow.total };
}

import type { Database, EnterpriseRow, EnterpriseUpdate, NewEnterprise } from '@cloudstd/db/tables';
import type { ListEnterprisesQuery } from '@cloudstd/shared/schemas/enterprise';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { statusAsOfSql } from '../../sql/standard-status.ts';

type Db = Kysely<Database>;

export type EnterpriseRowWithDetails = EnterpriseRow & {
  created_by_name: string | null;
  updated_by_name: string | null;
  override_by_name: string | null;
  adoption_count: number;
  first_on: string | null;
};

const username = (eb: ExpressionBuilder<Database, 'enterprise'>, column: `enterprise.${string}_by`) =>
  eb.selectFrom('app_user').select('username').whereRef('app_user.id', '=', sql.ref(column));

function selectEnterprises(db: Db) {
  return db
    .selectFrom('enterprise')
    .leftJoin('enterprise_first_adoption', 'enterprise_first_adoption.enterprise_id', 'enterprise.id')
    .selectAll('enterprise')
    .select((eb) => [
      username(eb, 'enterprise.created_by').as('created_by_name'),
      username(eb, 'enterprise.updated_by').as('updated_by_name'),
      username(eb, 'enterprise.credit_code_override_by').as('override_by_name'),
      sql<number>`(select count(*) from adoption join standard on standard.id = adoption.standard_id
        where adoption.enterprise_id = enterprise.id and standard.deleted_at is null)`.as('adoption_count'),
      'enterprise_first_adoption.first_on',
    ]);
}

export async function findEnterpriseById(db: Db, id: number): Promise<EnterpriseRowWithDetails | undefined> {
  return selectEnterprises(db).where('enterprise.id', '=', id).executeTakeFirst();
}

/** Locks the row for the rest of the transaction: concurrent edits of one enterprise queue here. */
export async function lockEnterprise(db: Db, id: number): Promise<EnterpriseRow | undefined> {
  return db.selectFrom('enterprise').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findLiveEnterpriseByCreditCode(
  db: Db,
  creditCode: string,
  exceptId?: number,
): Promise<Pick<EnterpriseRow, 'id' | 'name' | 'credit_code'> | undefined> {
  let query = db
    .selectFrom('enterprise')
    .select(['id', 'name', 'credit_code'])
    .where('credit_code', '=', creditCode)
    .where('deleted_at', 'is', null);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

export async function insertEnterprise(db: Db, row: NewEnterprise): Promise<number> {
  const inserted = await db.insertInto('enterprise').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateEnterprise(db: Db, id: number, changes: EnterpriseUpdate): Promise<void> {
  await db
    .updateTable('enterprise')
    .set({ ...changes, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Escapes LIKE wildcards in user text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Credit-code search text: half-width, upper case, letters and digits only. */
export function compactCode(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
}

/** An adoption that counts: of a registered (not deleted) standard. */
function liveAdoptionOf(
  eb: ExpressionBuilder<Database, 'enterprise'>,
  extra: (inner: ExpressionBuilder<Database, 'adoption' | 'standard'>) => Expression<SqlBool>[],
) {
  return eb.exists(
    eb
      .selectFrom('adoption')
      .innerJoin('standard', 'standard.id', 'adoption.standard_id')
      .select(sql`1`.as('one'))
      .whereRef('adoption.enterprise_id', '=', 'enterprise.id')
      .where('standard.deleted_at', 'is', null)
      .where((inner) => inner.and(extra(inner))),
  );
}

const enterpriseSortColumns = {
  updatedAt: 'enterprise.updated_at',
  name: 'enterprise.name',
  creditCode: 'enterprise.credit_code',
  firstAdoptedOn: 'enterprise_first_adoption.first_on',
} as const;

/**
 * One page of enterprises with the list's filters and the total. `q` matches any part of the name, or
 * of the credit code ignoring case, width and spacing; `standard` and the adoption dates keep the
 * enterprises with such an adoption of a registered standard.
 */
export async function listEnterprises(
  db: Db,
  query: ListEnterprisesQuery,
): Promise<{ rows: EnterpriseRowWithDetails[]; total: number }> {
  const filters = (eb: ExpressionBuilder<Database, 'enterprise'>) => {
    const conditions: Expression<SqlBool>[] = [
      query.deleted === 'only' ? eb('enterprise.deleted_at', 'is not', null) : eb('enterprise.deleted_at', 'is', null),
    ];
    if (query.q) {
      const alternatives: Expression<SqlBool>[] = [eb('enterprise.name', 'ilike', likePattern(query.q))];
      const code = compactCode(query.q);
      if (code) alternatives.push(eb('enterprise.credit_code', 'like', likePattern(code)));
      conditions.push(eb.or(alternatives));
    }
    if (query.industry?.length) conditions.push(eb('enterprise.industry', 'in', query.industry));
    if (query.province?.length) conditions.push(eb('enterprise.province', 'in', query.province));
    if (query.standard !== undefined || query.adoptedFrom || query.adoptedTo) {
      conditions.push(
        liveAdoptionOf(eb, (inner) => [
          ...(query.standard !== undefined ? [inner('adoption.standard_id', '=', query.standard)] : []),
          ...(query.adoptedFrom ? [inner('adoption.adopted_on', '>=', query.adoptedFrom)] : []),
          ...(query.adoptedTo ? [inner('adoption.adopted_on', '<=', query.adoptedTo)] : []),
        ]),
      );
    }
    return eb.and(conditions);
  };

  const countRow = await db
    .selectFrom('enterprise')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where(filters)
    .executeTakeFirstOrThrow();
  const column = enterpriseSortColumns[query.sort];
  const rows = await selectEnterprises(db)
    .where(filters)
    .orderBy(sql`${sql.ref(column)} ${sql.raw(query.order)} nulls last`)
    .orderBy('enterprise.id', query.order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total: countRow.total };
}

/** Registered standards whose 起草单位 include exactly this name, with their status at `asOf`. */
export async function listDraftedStandards(db: Db, name: string, asOf: string) {
  return db
    .selectFrom('standard')
    .select(['id', 'number', 'plan_number', 'title_zh', 'level', 'published_on', statusAsOfSql(asOf).as('status')])
    .where('deleted_at', 'is', null)
    .where(sql<boolean>`${name} = any(standard.drafting_organisations)`)
    .orderBy(sql`standard.published_on desc nulls last`)
    .orderBy('number')
    .orderBy('id')
    .execute();
}

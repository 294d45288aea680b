import type { Database } from '@cloudstd/db/tables';
import type { ListStandardsQuery } from '@cloudstd/shared/schemas/standard';
import { sql, type Kysely } from 'kysely';
import {
  adoptionCountsAt,
  attendanceCountsAt,
  enterpriseCountedAt,
  type EnterpriseCountingRule,
} from '../../sql/counted.ts';
import { statusAsOfSql } from '../../sql/standard-status.ts';
import { standardsFilter, standardsOrder, type StandardsFilter } from '../../sql/standards-filter.ts';

type Db = Kysely<Database>;

/**
 * The ids of every standard the list's filters match, in the list's order. Ids only (a few bytes each),
 * so an export of any size reads its rows in bounded chunks by id afterwards.
 */
export async function findStandardIds(
  db: Db,
  filter: StandardsFilter,
  sort: ListStandardsQuery['sort'],
  order: ListStandardsQuery['order'],
): Promise<number[]> {
  const [byColumn, byId] = standardsOrder(sort, order);
  const rows = await db
    .selectFrom('standard')
    .select('standard.id')
    .where(standardsFilter(filter))
    .orderBy(byColumn)
    .orderBy(byId)
    .execute();
  return rows.map((row) => row.id);
}

/** The standards with these ids (in no particular order), each with its status at `asOf`. */
export async function findStandardsByIds(db: Db, ids: readonly number[], asOf: string) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('standard')
    .selectAll('standard')
    .select(statusAsOfSql(asOf).as('status'))
    .where('standard.id', 'in', [...ids])
    .execute();
}

/** The parts of a framework, in order, for the coverage table's headings. */
export async function findParts(db: Db, frameworkId: number) {
  return db
    .selectFrom('framework_node')
    .select(['framework_node.code', 'framework_node.name_zh', 'framework_node.name_en'])
    .where('framework_node.framework_id', '=', frameworkId)
    .where('framework_node.kind', '=', 'part')
    .orderBy('framework_node.position')
    .execute();
}

/** Enterprises counted at D (`enterpriseCountedAt`, the rule the dashboard's rollup is pinned to), by name. */
export async function findCountedEnterpriseIds(db: Db, asOf: string, rule: EnterpriseCountingRule): Promise<number[]> {
  const rows = await db
    .selectFrom('enterprise')
    .select('enterprise.id')
    .where(enterpriseCountedAt(asOf, rule))
    .orderBy('enterprise.name')
    .orderBy('enterprise.id')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * These enterprises with the standards each adopted by D, as the rule counts adoptions (`adoptionCountsAt`),
 * and the first date each attended an event that counts (`attendanceCountsAt`); either may be missing.
 */
export async function findEnterprisesWithAdoptions(db: Db, ids: readonly number[], asOf: string) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('enterprise')
    .select((eb) => [
      'enterprise.id',
      'enterprise.name',
      'enterprise.credit_code',
      'enterprise.industry',
      'enterprise.province',
      'enterprise.size',
      eb
        .selectFrom('adoption')
        .innerJoin('standard', 'standard.id', 'adoption.standard_id')
        .select(sql<string | null>`min(adoption.adopted_on)::text`.as('first_on'))
        .whereRef('adoption.enterprise_id', '=', 'enterprise.id')
        .where(adoptionCountsAt(asOf))
        .as('first_on'),
      eb
        .selectFrom('adoption')
        .innerJoin('standard', 'standard.id', 'adoption.standard_id')
        .select(
          sql<
            string[]
          >`coalesce(array_agg(coalesce(standard.number, standard.plan_number) order by adoption.adopted_on, standard.id), '{}')`.as(
            'standards',
          ),
        )
        .whereRef('adoption.enterprise_id', '=', 'enterprise.id')
        .where(adoptionCountsAt(asOf))
        .as('standards'),
      eb
        .selectFrom('event_attendee')
        .innerJoin('event', 'event.id', 'event_attendee.event_id')
        .select(sql<string | null>`min(event.starts_on)::text`.as('trained_on'))
        .whereRef('event_attendee.enterprise_id', '=', 'enterprise.id')
        .where(attendanceCountsAt(asOf))
        .as('trained_on'),
    ])
    .where('enterprise.id', 'in', [...ids])
    .execute();
}

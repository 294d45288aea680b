import type { Database } from '@cloudstd/db/tables';
import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

/*
 * The counting rules of PRODUCT.md §5, each defined here once; every count, list, export and snapshot
 * applies these expressions (the rollups that answer the dashboard fast are pinned to them by tests).
 */

/** What a target set's standards rule depends on. */
export type CountingRule = Pick<TargetSet, 'countedLevels' | 'countedKinds' | 'windowStart' | 'windowEnd'>;

type StandardEb = ExpressionBuilder<Database, 'standard'>;
type EnterpriseEb = ExpressionBuilder<Database, 'enterprise'>;

/** A live standard of a level and kind the set counts, published or not (the pipeline's scope). */
export function ofCountedKind(rule: Pick<CountingRule, 'countedLevels' | 'countedKinds'>) {
  return (eb: StandardEb): Expression<SqlBool> =>
    eb.and([
      eb('standard.deleted_at', 'is', null),
      eb('standard.level', 'in', rule.countedLevels),
      eb('standard.kind', 'in', rule.countedKinds),
    ]);
}

/** A standard the set counts while it is in force: of a counted level and kind, published inside the window. */
export function countableFor(rule: CountingRule) {
  return (eb: StandardEb): Expression<SqlBool> =>
    eb.and([
      ofCountedKind(rule)(eb),
      eb('standard.published_on', '>=', sql<string>`${rule.windowStart}::date`),
      eb('standard.published_on', '<=', sql<string>`${rule.windowEnd}::date`),
    ]);
}

/**
 * Counted toward the set at D: countable (a live standard of a counted level and kind, published inside
 * the window), published on or before D, and not withdrawn on or before D.
 */
export function countedAt(rule: CountingRule, asOf: string) {
  const d = sql<string>`${asOf}::date`;
  return (eb: StandardEb): Expression<SqlBool> =>
    eb.and([
      countableFor(rule)(eb),
      eb('standard.published_on', '<=', d),
      eb.or([eb('standard.withdrawn_on', 'is', null), eb('standard.withdrawn_on', '>', d)]),
    ]);
}

/**
 * `countedAt` as a timeline reads it: among countable standards, counted at D = those published on or
 * before D minus those whose `countingEndedOn` is on or before D (the later of publication and
 * withdrawal: a withdrawal dated before publication means the standard never counts).
 */
export const countingEndedOn = sql<string>`greatest(standard.published_on, standard.withdrawn_on)`;

/** An adoption that counts at D: dated on or before D, of a registered (not deleted) standard. */
export function adoptionCountsAt(asOf: string) {
  return (eb: ExpressionBuilder<Database, 'adoption' | 'standard'>): Expression<SqlBool> =>
    eb.and([eb('adoption.adopted_on', '<=', sql<string>`${asOf}::date`), eb('standard.deleted_at', 'is', null)]);
}

/**
 * Counted toward the enterprise goal at D: a live enterprise with an adoption that counts at D
 * (`adoptionCountsAt`). The trigger-kept rollup (enterprise_first_adoption, migration
 * 2026_11_21_150000_enterprises) holds each such enterprise's first date for the fast counts.
 */
export function enterpriseCountedAt(asOf: string) {
  return (eb: EnterpriseEb): Expression<SqlBool> =>
    eb.and([
      eb('enterprise.deleted_at', 'is', null),
      eb.exists(
        eb
          .selectFrom('adoption')
          .innerJoin('standard', 'standard.id', 'adoption.standard_id')
          .select(sql`1`.as('one'))
          .whereRef('adoption.enterprise_id', '=', 'enterprise.id')
          .where(adoptionCountsAt(asOf)),
      ),
    ]);
}

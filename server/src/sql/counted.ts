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
 * An attendance that counts at D: the enterprise attended a live (not deleted) 宣贯 event that started on
 * or before D and covers at least one registered, non-deleted standard. An event counts from its start
 * date (`starts_on`), not its end: attending the first day reaches the enterprise, and a list is usually
 * recorded after the event, so a multi-day event counts once it has begun.
 */
export function attendanceCountsAt(asOf: string) {
  return (eb: ExpressionBuilder<Database, 'event_attendee' | 'event'>): Expression<SqlBool> =>
    eb.and([
      eb('event.deleted_at', 'is', null),
      eb('event.starts_on', '<=', sql<string>`${asOf}::date`),
      eb.exists(
        eb
          .selectFrom('event_standard')
          .innerJoin('standard', 'standard.id', 'event_standard.standard_id')
          .select(sql`1`.as('one'))
          .whereRef('event_standard.event_id', '=', 'event.id')
          .where('standard.deleted_at', 'is', null),
      ),
    ]);
}

/** Which kinds of reach a target set's enterprise goal counts. */
export type EnterpriseCountingRule = Pick<TargetSet, 'enterpriseCounting'>;

/**
 * The enterprise_reach column (`<kind>_on`) and enterprise_reach_month kind the set's rule counts: every
 * enterprise reached, or those implementing only. The rollup's side of `enterpriseCountedAt`.
 */
export function countedReachKind(rule: EnterpriseCountingRule): 'reached' | 'implementing' {
  return rule.enterpriseCounting === 'implementing_only' ? 'implementing' : 'reached';
}

/**
 * Counted toward the enterprise goal at D (PRODUCT.md §5 "enterprises reached"): a live enterprise with an
 * adoption that counts at D (`adoptionCountsAt`) or, unless the set counts implementing only, an
 * attendance that counts at D (`attendanceCountsAt`). An enterprise counts once however many events and
 * standards. The trigger-kept rollup (enterprise_reach, migration 2026_12_04_400000_events_and_reach)
 * holds each enterprise's first dates for the fast counts; tests pin the two together.
 */
export function enterpriseCountedAt(asOf: string, rule: EnterpriseCountingRule) {
  return (eb: EnterpriseEb): Expression<SqlBool> => {
    const implementing = eb.exists(
      eb
        .selectFrom('adoption')
        .innerJoin('standard', 'standard.id', 'adoption.standard_id')
        .select(sql`1`.as('one'))
        .whereRef('adoption.enterprise_id', '=', 'enterprise.id')
        .where(adoptionCountsAt(asOf)),
    );
    const trained = eb.exists(
      eb
        .selectFrom('event_attendee')
        .innerJoin('event', 'event.id', 'event_attendee.event_id')
        .select(sql`1`.as('one'))
        .whereRef('event_attendee.enterprise_id', '=', 'enterprise.id')
        .where(attendanceCountsAt(asOf)),
    );
    return eb.and([
      eb('enterprise.deleted_at', 'is', null),
      rule.enterpriseCounting === 'implementing_only' ? implementing : eb.or([implementing, trained]),
    ]);
  };
}

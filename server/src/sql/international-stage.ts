import type { Database } from '@cloudstd/db/tables';
import type { InternationalStage } from '@cloudstd/shared/domain/international-stage';
import { sql, type ExpressionBuilder } from 'kysely';

/**
 * SQL mirror of `stageAsOf` in shared/src/domain/international-stage.ts: an item's latest stage reached
 * on or before the date (highest rank; dates are kept in stage order), null before its first. Tested
 * against it on the same fixture.
 */
export function itemStageAsOfSql(asOf: string) {
  return sql<InternationalStage | null>`(select s.stage from international_item_stage s
    where s.item_id = international_item.id and s.reached_on <= ${asOf}::date
    order by s.rank desc limit 1)`;
}

/** A live item that has reached some stage on or before D (it exists in the record at D). */
export function itemExistsAt(asOf: string) {
  return (eb: ExpressionBuilder<Database, 'international_item'>) =>
    eb.and([
      eb('international_item.deleted_at', 'is', null),
      eb.exists(
        eb
          .selectFrom('international_item_stage as s')
          .select(sql`1`.as('one'))
          .whereRef('s.item_id', '=', 'international_item.id')
          .where('s.reached_on', '<=', sql<string>`${asOf}::date`),
      ),
    ]);
}

import type { StandardStatus } from '@cloudstd/shared/domain/standard-status';
import { sql } from 'kysely';

/**
 * SQL mirror of `statusAsOf` in shared/src/domain/standard-status.ts: the latest milestone on or
 * before the date, later stages first (milestones are validated to be in order); withdrawn with its
 * successor in force by then is 'replaced'. Tested against it.
 */
export function statusAsOfSql(asOf: string) {
  const d = sql`${asOf}::date`;
  return sql<StandardStatus>`case
    when standard.withdrawn_on <= ${d} and standard.replaced_on <= ${d} then 'replaced'
    when standard.withdrawn_on <= ${d} then 'withdrawn'
    when standard.in_force_on <= ${d} then 'in_force'
    when standard.published_on <= ${d} then 'published'
    when standard.submitted_on <= ${d} then 'submitted'
    when standard.draft_on <= ${d} then 'draft'
    when standard.approved_on <= ${d} then 'approved'
    else 'none' end`;
}

import type { Database } from '@cloudstd/db/tables';
import { sql, type Kysely } from 'kysely';
import { countedReachKind, type EnterpriseCountingRule } from '../../sql/counted.ts';

/*
 * The enterprise goal's counts (PRODUCT.md §5 "adoption"), each as of a date D:
 *   counted at D = distinct live enterprises with an adoption of a registered (not deleted) standard
 *   dated on or before D. An enterprise counts once however many standards it adopts.
 * Read from the rollup that triggers keep (migration 2026_11_21_150000_enterprises):
 *   enterprise_first_adoption: each counted enterprise's earliest such adoption date (first_on);
 *   enterprise_adoption_month: how many first_on fall in each month.
 * So counted at D = the months before D's month summed + the first_on rows inside D's month up to D:
 * a few hundred month rows and one month's index range, however many adoptions there are.
 */
type Db = Kysely<Database>;

const dateParam = (date: string) => sql<string>`${date}::date`;
const monthStart = (date: string) => sql<string>`date_trunc('month', ${date}::date)::date`;

/** Distinct enterprises counted toward the goal at D. */
export async function countAdoptingEnterprises(db: Db, asOf: string): Promise<number> {
  const row = await sql<{ counted: number }>`
    select
      coalesce((select sum(enterprises) from enterprise_adoption_month where month < ${monthStart(asOf)}), 0)
      + (select count(*) from enterprise_first_adoption
         where first_on >= ${monthStart(asOf)} and first_on <= ${dateParam(asOf)}) as counted`.execute(db);
  return Number(row.rows[0]?.counted ?? 0);
}

/** The kinds of reach the rollup counts (migration 2026_12_04_400000_events_and_reach). */
export const reachKinds = ['reached', 'trained', 'implementing', 'certified', 'trained_implementing'] as const;
export type ReachKind = (typeof reachKinds)[number];
export type ReachCounts = Record<ReachKind, number>;

const zeroCounts = (): ReachCounts => ({
  reached: 0,
  trained: 0,
  implementing: 0,
  certified: 0,
  trained_implementing: 0,
});

/** Each kind's enterprises dated inside D's month up to D (one index range per kind). */
const inMonthCounts = (asOf: string) =>
  sql.join(
    reachKinds.map(
      (kind) =>
        sql`select ${kind}::text as kind, null::text as month, count(*)::int as enterprises from enterprise_reach
            where ${sql.ref(`${kind}_on`)} >= ${monthStart(asOf)} and ${sql.ref(`${kind}_on`)} <= ${dateParam(asOf)}`,
    ),
    sql` union all `,
  );

/**
 * Distinct live enterprises at D, by kind of reach (PRODUCT.md §5 "enterprises reached"): reached (trained
 * or implementing), trained (attended an event that counts), implementing (an adoption that counts),
 * certified (such an adoption with certificate or assessment evidence), and trained_implementing (both).
 * The rule's SQL is `enterpriseCountedAt` (server/src/sql/counted.ts); this reads the rollup triggers keep
 * pinned to it: the months before D's month summed, plus D's month up to D.
 */
export async function countReach(db: Db, asOf: string): Promise<ReachCounts> {
  const rows = await sql<{ kind: ReachKind; enterprises: number }>`
    select kind, sum(enterprises)::int as enterprises from (
      select kind, null::text as month, enterprises from enterprise_reach_month where month < ${monthStart(asOf)}
      union all ${inMonthCounts(asOf)}
    ) counts group by kind`.execute(db);
  const counts = zeroCounts();
  for (const row of rows.rows) if (row.kind in counts) counts[row.kind] = Number(row.enterprises);
  return counts;
}

/**
 * Reach at the end of each month up to D's month, where D's own month is counted at D: `at('2026-03')`
 * for the timeline. Months before any reach are zeros.
 */
export async function countReachByMonth(db: Db, asOf: string): Promise<{ at: (month: string) => ReachCounts }> {
  const rows = await sql<{ kind: ReachKind; month: string | null; enterprises: number }>`
    select kind, to_char(month, 'YYYY-MM') as month, enterprises from enterprise_reach_month
    where month < ${monthStart(asOf)} and enterprises <> 0
    union all ${inMonthCounts(asOf)}`.execute(db);
  const months = rows.rows
    .filter((row): row is { kind: ReachKind; month: string; enterprises: number } => row.month !== null)
    .sort((a, b) => a.month.localeCompare(b.month));
  const atAsOf = zeroCounts();
  for (const row of rows.rows) atAsOf[row.kind] += Number(row.enterprises);
  const asOfMonth = asOf.slice(0, 7);
  return {
    at(month) {
      if (month >= asOfMonth) return { ...atAsOf };
      const counts = zeroCounts();
      for (const row of months) {
        if (row.month > month) break;
        counts[row.kind] += Number(row.enterprises);
      }
      return counts;
    },
  };
}

/**
 * Enterprises counted at D under the set's rule (`countedReachKind`: reached, or implementing only),
 * grouped by their industry or province ('' when not recorded), from the enterprise_reach rollup; or the
 * standards with the most adopters at D (top 10; adopters of one standard are distinct because an
 * enterprise adopts a standard at most once), largest first.
 */
export async function countAdoptionBreakdown(
  db: Db,
  by: 'industry' | 'province' | 'standard',
  asOf: string,
  rule: EnterpriseCountingRule,
  limit = 10,
): Promise<{ key: string; count: number; label?: string }[]> {
  if (by === 'standard') {
    // Adoptions are counted before meeting the standards (and only deleted enterprises are looked up):
    // half the time of joining every adoption to its enterprise and standard over a million rows.
    const rows = await db
      .selectFrom((eb) =>
        eb
          .selectFrom('adoption')
          .select(['adoption.standard_id', eb.fn.countAll<number>().as('count')])
          .where('adoption.adopted_on', '<=', dateParam(asOf))
          .where((inner) =>
            inner.not(
              inner.exists(
                inner
                  .selectFrom('enterprise')
                  .select(sql`1`.as('one'))
                  .whereRef('enterprise.id', '=', 'adoption.enterprise_id')
                  .where('enterprise.deleted_at', 'is not', null),
              ),
            ),
          )
          .groupBy('adoption.standard_id')
          .as('adopters'),
      )
      .innerJoin('standard', 'standard.id', 'adopters.standard_id')
      .select([
        'standard.id',
        sql<string>`coalesce(standard.number, standard.plan_number, standard.title_zh)`.as('label'),
        'adopters.count',
      ])
      .where('standard.deleted_at', 'is', null)
      .orderBy('adopters.count', 'desc')
      .orderBy('standard.id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ key: String(row.id), label: row.label, count: row.count }));
  }
  const column =
    by === 'industry' ? sql<string>`coalesce(enterprise.industry, '')` : sql<string>`coalesce(enterprise.province, '')`;
  const countedOn = sql.ref(`enterprise_reach.${countedReachKind(rule)}_on`);
  return db
    .selectFrom('enterprise_reach')
    .innerJoin('enterprise', 'enterprise.id', 'enterprise_reach.enterprise_id')
    .select((eb) => [column.as('key'), eb.fn.countAll<number>().as('count')])
    .where(countedOn, '<=', dateParam(asOf))
    .groupBy(sql`1`)
    .orderBy(sql`2`, 'desc')
    .orderBy(sql`1`)
    .execute();
}

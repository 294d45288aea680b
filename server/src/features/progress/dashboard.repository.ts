import type { Database } from '@cloudstd/db/tables';
import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { countableFor, countedAt, countingEndedOn, ofCountedKind } from '../../sql/counted.ts';
import { statusAsOfSql } from '../../sql/standard-status.ts';

/*
 * Every count of the progress engine, computed in SQL (never by loading rows into Node).
 * "Counted toward a set at D" is `countedAt` (server/src/sql/counted.ts), the one definition every count,
 * list, export and snapshot applies; a standard in several directions counts once. Also as of D:
 * - pipeline at D: not published by D, with an approved / draft / submitted milestone on or before D.
 */
type Db = Kysely<Database>;
type StandardEb = ExpressionBuilder<Database, 'standard'>;

const dateParam = (date: string) => sql<string>`${date}::date`;

function isPipelineAt(eb: StandardEb, asOf: string) {
  return eb.and([
    eb.or([eb('standard.published_on', 'is', null), eb('standard.published_on', '>', dateParam(asOf))]),
    eb.or([
      eb('standard.approved_on', '<=', dateParam(asOf)),
      eb('standard.draft_on', '<=', dateParam(asOf)),
      eb('standard.submitted_on', '<=', dateParam(asOf)),
    ]),
  ]);
}

/**
 * Counted standards, and how many distinct international references the counted national ones adopt:
 * one international standard adopted by two national standards is one reference (PRODUCT.md §5).
 */
export async function countCountedStandards(db: Db, set: TargetSet, asOf: string) {
  return db
    .selectFrom('standard')
    .select((eb) => [
      eb.fn.countAll<number>().as('counted'),
      eb.fn.countAll<number>().filterWhere('standard.level', '=', 'national').as('national'),
      eb.fn
        .count<number>('standard.international_ref')
        .distinct()
        .filterWhere((f) =>
          f.and([f('standard.level', '=', 'national'), f('standard.international_degree', 'is not', null)]),
        )
        .as('international'),
    ])
    .where(countedAt(set, asOf))
    .executeTakeFirstOrThrow();
}

/** The counted national standards that adopt an international standard (the share's numerator), by publication. */
export async function listConvertedStandards(db: Db, set: TargetSet, asOf: string) {
  return db
    .selectFrom('standard')
    .select([
      'standard.id',
      'standard.number',
      'standard.title_zh',
      'standard.published_on',
      'standard.international_ref',
      'standard.international_degree',
    ])
    .where(countedAt(set, asOf))
    .where('standard.level', '=', 'national')
    .where('standard.international_degree', 'is not', null)
    .orderBy('standard.published_on')
    .orderBy('standard.id')
    .execute();
}

/**
 * One row per direction of a framework (its filed, overridden and crosswalk-derived standards), zeros included, in code order: standards in force at D
 * by level, and pipeline standards at D. Read from the rollups (migration 2026_11_21_130000): the years
 * before D's year from `direction_year_rollup`, the months of D's year before D's month from
 * `direction_month_rollup`, plus the events of D's own month up to D taken from the standards themselves
 * (a month's worth of rows, found through the date indexes).
 */
export async function countCoverageByDirection(db: Db, frameworkId: number, asOf: string) {
  const d = dateParam(asOf);
  const yearStart = sql<string>`date_trunc('year', ${d})::date`;
  const monthStart = sql<string>`date_trunc('month', ${d})::date`;
  const { rows } = await sql<{
    code: string;
    name_zh: string;
    name_en: string;
    part_code: string;
    group_name_zh: string | null;
    group_name_en: string | null;
    national: number;
    industry: number;
    group: number;
    local: number;
    pipeline: number;
  }>`
    with deltas as (
      select direction_id, level, current_delta, pipeline_delta
      from direction_year_rollup
      where year < ${yearStart}
      union all
      select direction_id, level, current_delta, pipeline_delta
      from direction_month_rollup
      where month >= ${yearStart} and month < ${monthStart}
      union all
      select sd.direction_id, s.level, e.current_delta, e.pipeline_delta
      from standard s
      -- Each of the month's few standards finds its filings through the key; "offset 0" keeps the
      -- planner from flattening this into a hash join over every filing.
      cross join lateral (
        select direction_id from standard_direction where standard_direction.standard_id = s.id offset 0) sd
      cross join lateral standard_coverage_events(
        s.published_on, s.withdrawn_on, s.approved_on, s.draft_on, s.submitted_on) e
      where s.deleted_at is null
        and (s.published_on between ${monthStart} and ${d}
          or s.withdrawn_on between ${monthStart} and ${d}
          or least(s.approved_on, s.draft_on, s.submitted_on) between ${monthStart} and ${d})
        and e.on_date between ${monthStart} and ${d}
    ), totals as (
      select direction_id,
             sum(current_delta) filter (where level = 'national') as national,
             sum(current_delta) filter (where level = 'industry') as industry,
             sum(current_delta) filter (where level = 'group') as "group",
             sum(current_delta) filter (where level = 'local') as local,
             -- Local standards and alliance/enterprise documents are shown apart, never in the pipeline.
             sum(pipeline_delta) filter (where level not in ('local', 'other')) as pipeline
      from deltas
      group by direction_id
    )
    select node.code, node.name_zh, node.name_en, node.part_code,
           parent.name_zh as group_name_zh, parent.name_en as group_name_en,
           coalesce(t.national, 0)::int as national, coalesce(t.industry, 0)::int as industry,
           coalesce(t."group", 0)::int as "group", coalesce(t.local, 0)::int as local,
           coalesce(t.pipeline, 0)::int as pipeline
    from framework_node node
    left join framework_node parent
      on parent.framework_id = node.framework_id and parent.code = node.parent_code and parent.kind = 'group'
    left join totals t on t.direction_id = node.id
    where node.kind = 'direction' and node.framework_id = ${frameworkId}
    order by node.position`.execute(db);
  return rows;
}

/**
 * `countedAt` month by month: among countable standards, the count published and the count whose
 * counting ended (`countingEndedOn`) in each month up to D. The caller accumulates: counted at a point P
 * = published on or before P − ended on or before P, which is exactly `countedAt(set, P)`.
 */
export async function countCountedByMonth(db: Db, set: TargetSet, asOf: string) {
  const [published, withdrawn] = await Promise.all([
    db
      .selectFrom('standard')
      .select((eb) => [
        sql<string>`to_char(standard.published_on, 'YYYY-MM')`.as('month'),
        eb.fn.countAll<number>().as('count'),
      ])
      .where(countableFor(set))
      .where('standard.published_on', '<=', dateParam(asOf))
      .groupBy(sql`to_char(standard.published_on, 'YYYY-MM')`)
      .execute(),
    db
      .selectFrom('standard')
      .select((eb) => [
        sql<string>`to_char(${countingEndedOn}, 'YYYY-MM')`.as('month'),
        eb.fn.countAll<number>().as('count'),
      ])
      .where(countableFor(set))
      .where('standard.withdrawn_on', '<=', dateParam(asOf))
      .where('standard.published_on', '<=', dateParam(asOf))
      .groupBy(sql`1`)
      .execute(),
  ]);
  return { published, withdrawn };
}

/**
 * Pipeline standards of the set's levels and kinds at D, and how many of them are expected to
 * publish inside the window: each at its latest stage's date plus that stage's months to publication.
 */
export async function countPipeline(
  db: Db,
  set: TargetSet,
  asOf: string,
  monthsToPublication: { submitted: number; draft: number; approved: number },
) {
  const d = dateParam(asOf);
  const days = (months: number) => Math.round(months * 30.4375);
  const expectedOn = sql<string>`case
    when standard.submitted_on <= ${d} then standard.submitted_on + ${days(monthsToPublication.submitted)}::int
    when standard.draft_on <= ${d} then standard.draft_on + ${days(monthsToPublication.draft)}::int
    else standard.approved_on + ${days(monthsToPublication.approved)}::int end`;
  return db
    .selectFrom('standard')
    .select((eb) => [
      eb.fn.countAll<number>().as('pipeline'),
      eb.fn
        .countAll<number>()
        .filterWhere(sql<boolean>`${expectedOn} between ${dateParam(set.windowStart)} and ${dateParam(set.windowEnd)}`)
        .as('expected_in_window'),
    ])
    .where(ofCountedKind(set))
    .where((eb) => isPipelineAt(eb, asOf))
    .executeTakeFirstOrThrow();
}

/**
 * Median days from each stage to publication among standards published by D that recorded the stage,
 * with the number of examples behind each median.
 */
export async function medianDaysToPublication(db: Db, asOf: string) {
  const d = dateParam(asOf);
  const median = (column: 'submitted_on' | 'draft_on' | 'approved_on') =>
    sql<number | null>`percentile_cont(0.5) within group (order by standard.published_on - standard.${sql.ref(column)})
      filter (where standard.${sql.ref(column)} is not null)`;
  const samples = (column: 'submitted_on' | 'draft_on' | 'approved_on') =>
    sql<number>`count(*) filter (where standard.${sql.ref(column)} is not null)`;
  return (
    db
      .selectFrom('standard')
      .select([
        median('submitted_on').as('submitted_days'),
        samples('submitted_on').as('submitted_samples'),
        median('draft_on').as('draft_days'),
        samples('draft_on').as('draft_samples'),
        median('approved_on').as('approved_days'),
        samples('approved_on').as('approved_samples'),
      ])
      .where('standard.deleted_at', 'is', null)
      // Only standards that recorded a stage can be examples (and the first-stage index finds them).
      .where(sql`least(standard.approved_on, standard.draft_on, standard.submitted_on)`, 'is not', null)
      .where('standard.published_on', '<=', d)
      .executeTakeFirstOrThrow()
  );
}

/**
 * The earliest standard meeting a milestone: counted (`countedAt`, with the milestone's kinds) at
 * min(D, due), in one of its directions and, when it names one, with its tag.
 */
export async function findMilestoneStandard(
  db: Db,
  set: TargetSet,
  milestone: TargetSet['milestones'][number],
  asOf: string,
) {
  const by = asOf < milestone.dueOn ? asOf : milestone.dueOn;
  let query = db
    .selectFrom('standard')
    .select(['standard.id', 'standard.number', 'standard.title_zh', 'standard.published_on'])
    .where(countedAt({ ...set, countedKinds: milestone.kinds }, by))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('standard_direction')
          .innerJoin('framework_node', 'framework_node.id', 'standard_direction.direction_id')
          .select(sql`1`.as('one'))
          .whereRef('standard_direction.standard_id', '=', 'standard.id')
          .where('framework_node.code', 'in', milestone.directions),
      ),
    );
  // Containment rather than `= any(tags)`, so the tags index answers it.
  if (milestone.tag) query = query.where(sql<boolean>`standard.tags @> array[${milestone.tag}]::text[]`);
  return query.orderBy('standard.published_on').orderBy('standard.id').limit(1).executeTakeFirst();
}

/** Standards in existence at D (status other than none), grouped by a dimension; status groups every status. */
export async function countBreakdown(
  db: Db,
  by: 'level' | 'status' | 'committee' | 'part',
  asOf: string,
  frameworkId: number,
) {
  const statusSql = statusAsOfSql(asOf);
  const base = db.selectFrom('standard').where('standard.deleted_at', 'is', null);
  if (by === 'part') {
    return base
      .innerJoin('standard_direction', 'standard_direction.standard_id', 'standard.id')
      .innerJoin('framework_node', 'framework_node.id', 'standard_direction.direction_id')
      .select((eb) => ['framework_node.part_code as key', eb.fn.count<number>('standard.id').distinct().as('count')])
      .where('framework_node.framework_id', '=', frameworkId)
      .where(statusSql, '!=', 'none')
      .groupBy('framework_node.part_code')
      .orderBy('framework_node.part_code')
      .execute();
  }
  const key =
    by === 'level'
      ? sql<string>`standard.level`
      : by === 'committee'
        ? sql<string>`coalesce(standard.committee, '')`
        : sql<string>`${statusSql}`;
  return (
    base
      .select((eb) => [key.as('key'), eb.fn.countAll<number>().as('count')])
      .$if(by !== 'status', (q) => q.where(statusSql, '!=', 'none'))
      // By position: the status expression carries parameters, so repeating it would not match the select's.
      .groupBy(sql`1`)
      .orderBy(sql`2`, 'desc')
      .orderBy(sql`1`)
      .execute()
  );
}

/** The audit log's newest id: every write adds a row in its transaction, so this is the data's version. */
export async function currentDataVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('version'))
    .executeTakeFirst();
  return row?.version ?? 0;
}

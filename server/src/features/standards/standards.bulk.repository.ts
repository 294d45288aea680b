import type { Database, NewStandard, StandardDerivedColumn, StandardRow } from '@cloudstd/db/tables';
import { sql, type Kysely } from 'kysely';

type Db = Kysely<Database>;

/** Rows per statement: keeps every statement far below PostgreSQL's 65,535 parameters. */
const BATCH = 1000;

function batches<T>(items: readonly T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * Live standards whose number or plan number is among those given, in two indexed lookups of
 * `= any(…)`; `lock` holds them for the rest of the transaction (an import's commit).
 */
export async function findLiveStandardsByNumbers(
  db: Db,
  numbers: readonly string[],
  planNumbers: readonly string[],
  options: { lock?: boolean } = {},
): Promise<StandardRow[]> {
  if (numbers.length === 0 && planNumbers.length === 0) return [];
  let query = db
    .selectFrom('standard')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('number', '=', sql<string>`any(${[...numbers]}::text[])`),
        eb('plan_number', '=', sql<string>`any(${[...planNumbers]}::text[])`),
      ]),
    )
    .orderBy('id');
  if (options.lock) query = query.forUpdate();
  return query.execute();
}

/** Every loaded framework's directions (codes are unique across editions): code → node id and position. */
export async function findDirectionNodes(db: Db): Promise<Map<string, { id: number; position: number }>> {
  const rows = await db
    .selectFrom('framework_node')
    .select(['framework_node.code', 'framework_node.id', 'framework_node.position'])
    .where('framework_node.kind', '=', 'direction')
    .execute();
  return new Map(rows.map((row) => [row.code, { id: row.id, position: row.position }]));
}

/** Inserts standards in batches; returns each new row's id with the numbers that identify it. */
export async function insertStandards(
  db: Db,
  rows: readonly NewStandard[],
): Promise<Pick<StandardRow, 'id' | 'number' | 'plan_number'>[]> {
  const inserted: Pick<StandardRow, 'id' | 'number' | 'plan_number'>[] = [];
  for (const batch of batches(rows)) {
    inserted.push(
      ...(await db.insertInto('standard').values(batch).returning(['id', 'number', 'plan_number']).execute()),
    );
  }
  return inserted;
}

export type StandardContentRow = Omit<NewStandard, StandardDerivedColumn>;

/**
 * Rewrites the content columns of many standards, one statement per batch (`update … from (values …)`),
 * raising each one's version like a single edit does.
 */
export async function updateStandardsContent(
  db: Db,
  updates: readonly { id: number; row: Required<StandardContentRow> }[],
  updatedBy: number,
): Promise<void> {
  for (const batch of batches(updates)) {
    const values = sql.join(
      batch.map(
        ({ id, row }) => sql`(${id}::int, ${row.number}::text, ${row.plan_number}::text, ${row.level}::text,
          ${row.sector}::text, ${row.title_zh}::text, ${row.title_en}::text, ${row.kind}::text,
          ${row.replaces}::text[], ${row.approved_on}::date, ${row.draft_on}::date, ${row.submitted_on}::date,
          ${row.published_on}::date, ${row.in_force_on}::date, ${row.withdrawn_on}::date, ${row.committee}::text,
          ${row.international_ref}::text, ${row.international_degree}::text, ${row.tags}::text[], ${row.notes}::text,
          ${row.plan_issued_on}::date, ${row.plan_period_months}::int, ${row.plan_extensions}::jsonb,
          ${row.drafting_organisations}::text[])`,
      ),
    );
    await sql`
      update standard as s set
        number = v.number, plan_number = v.plan_number, level = v.level, sector = v.sector,
        title_zh = v.title_zh, title_en = v.title_en, kind = v.kind, replaces = v.replaces,
        approved_on = v.approved_on, draft_on = v.draft_on, submitted_on = v.submitted_on,
        published_on = v.published_on, in_force_on = v.in_force_on, withdrawn_on = v.withdrawn_on,
        committee = v.committee, international_ref = v.international_ref,
        international_degree = v.international_degree, tags = v.tags, notes = v.notes,
        plan_issued_on = v.plan_issued_on, plan_period_months = v.plan_period_months,
        plan_extensions = v.plan_extensions, drafting_organisations = v.drafting_organisations,
        version = s.version + 1, updated_at = now(), updated_by = ${updatedBy}
      from (values ${values}) as v(id, number, plan_number, level, sector, title_zh, title_en, kind, replaces,
        approved_on, draft_on, submitted_on, published_on, in_force_on, withdrawn_on, committee,
        international_ref, international_degree, tags, notes, plan_issued_on, plan_period_months, plan_extensions,
        drafting_organisations)
      where s.id = v.id`.execute(db);
  }
}

/** Replaces the direction links of many standards: one delete, then batched inserts. */
export async function replaceDirectionsOf(
  db: Db,
  standardIds: readonly number[],
  links: readonly { standard_id: number; direction_id: number }[],
): Promise<void> {
  if (standardIds.length > 0) {
    // Filed directions are replaced; other editions' placements stay unless a new filed link takes their place.
    await db
      .deleteFrom('standard_direction')
      .where('standard_id', '=', sql<number>`any(${[...standardIds]}::int[])`)
      .where((eb) =>
        eb.or([
          eb('origin', '=', 'filed'),
          eb(
            sql`(standard_id, direction_id)`,
            'in',
            links.length > 0
              ? sql`(select * from unnest(${links.map((l) => l.standard_id)}::int[], ${links.map((l) => l.direction_id)}::int[]))`
              : sql`(select null::int, null::int where false)`,
          ),
        ]),
      )
      .execute();
  }
  for (const batch of batches(links, 5000)) await db.insertInto('standard_direction').values(batch).execute();
}

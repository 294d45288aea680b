import { sql, type Kysely } from 'kysely';

/*
 * Frozen once merged: never import app code here, never edit; add a new migration instead.
 *
 * A rollup for the dashboard's coverage: per direction, level and month (and again per year), how many
 * standards entered and left "in force" (published … withdrawn) and "in the pipeline" (first stage …
 * published). The count at a date D is the sum of the deltas of the years before D's year, the months of
 * D's year before D's month, and the raw events inside D's month up to D: a dashboard read touches a few
 * thousand rollup rows however long the registry's history, instead of every standard.
 *
 * Database triggers keep it in step inside the writing transaction, whatever writes (the API, an import,
 * a seed, a benchmark's bulk insert). Statement-level triggers with transition tables make a bulk
 * write one set-based update instead of one per row.
 *
 * Event dates (mirroring the dashboard's "current at D" and "pipeline at D" definitions):
 *   in force: +1 on published_on; −1 on withdrawn_on (no earlier than published_on).
 *   pipeline: +1 on the first of approved/draft/submitted; −1 on published_on (no earlier than that).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('direction_month_rollup')
    .addColumn('direction_id', 'integer', (col) => col.notNull().references('framework_node.id').onDelete('cascade'))
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('month', 'date', (col) => col.notNull())
    .addColumn('current_delta', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('pipeline_delta', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('direction_month_rollup_pk', ['month', 'direction_id', 'level'])
    .execute();
  await db.schema
    .createTable('direction_year_rollup')
    .addColumn('direction_id', 'integer', (col) => col.notNull().references('framework_node.id').onDelete('cascade'))
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('year', 'date', (col) => col.notNull())
    .addColumn('current_delta', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('pipeline_delta', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('direction_year_rollup_pk', ['year', 'direction_id', 'level'])
    .execute();

  // The events of one standard, each with its date; the rollup buckets them by month.
  await sql`
    create function standard_coverage_events(
      published date, withdrawn date, approved date, draft date, submitted date)
    returns table (on_date date, current_delta integer, pipeline_delta integer)
    language sql immutable as $$
      select published, 1, 0 where published is not null
      union all
      select greatest(withdrawn, published), -1, 0 where published is not null and withdrawn is not null
      union all
      select least(approved, draft, submitted), 0, 1 where coalesce(approved, draft, submitted) is not null
      union all
      select greatest(published, least(approved, draft, submitted)), 0, -1
        where published is not null and coalesce(approved, draft, submitted) is not null
    $$`.execute(db);

  /**
   * Adds the events of `pairs` (direction_id, sign, and the standard's columns) to both rollups. Rows are
   * written in key order, months before years, so concurrent writers take row locks in one order.
   */
  const applyPairs = (pairs: string) => `
    with events as (
      select p.direction_id, p.level, e.on_date,
             e.current_delta * p.sign as current_delta, e.pipeline_delta * p.sign as pipeline_delta
      from (${pairs}) p
      cross join lateral standard_coverage_events(p.published_on, p.withdrawn_on, p.approved_on, p.draft_on, p.submitted_on) e
    ), by_month as (
      insert into direction_month_rollup as r (month, direction_id, level, current_delta, pipeline_delta)
      select date_trunc('month', on_date)::date, direction_id, level, sum(current_delta), sum(pipeline_delta)
      from events group by 1, 2, 3 order by 1, 2, 3
      on conflict (month, direction_id, level) do update
        set current_delta = r.current_delta + excluded.current_delta,
            pipeline_delta = r.pipeline_delta + excluded.pipeline_delta
    )
    insert into direction_year_rollup as r (year, direction_id, level, current_delta, pipeline_delta)
    select date_trunc('year', on_date)::date, direction_id, level, sum(current_delta), sum(pipeline_delta)
    from events group by 1, 2, 3 order by 1, 2, 3
    on conflict (year, direction_id, level) do update
      set current_delta = r.current_delta + excluded.current_delta,
          pipeline_delta = r.pipeline_delta + excluded.pipeline_delta;`;
  const columns = (alias: string) =>
    ['level', 'published_on', 'withdrawn_on', 'approved_on', 'draft_on', 'submitted_on']
      .map((column) => `${alias}.${column}`)
      .join(', ');
  // A filing change reads its standard's dates: hold them still (FOR SHARE) until this transaction ends,
  // so a concurrent edit of the standard waits and then sees these filings when it applies its own deltas.
  const lockStandardsOf = (rows: string) =>
    `perform 1 from standard where id in (select standard_id from ${rows}) order by id for share;`;
  const trigger = async (name: string, body: string, definition: string) => {
    await sql
      .raw(
        `create function ${name}() returns trigger language plpgsql as $$
         begin
           ${body}
           return null;
         end $$`,
      )
      .execute(db);
    await sql.raw(definition).execute(db);
  };

  // A standard filed under a direction (its directions are written after the standard itself).
  await trigger(
    'standard_direction_rollup_insert',
    lockStandardsOf('new_rows') +
      applyPairs(`select n.direction_id, 1 as sign, ${columns('s')}
                from new_rows n join standard s on s.id = n.standard_id where s.deleted_at is null`),
    `create trigger standard_direction_rollup_insert after insert on standard_direction
     referencing new table as new_rows for each statement execute function standard_direction_rollup_insert()`,
  );
  // Unfiled. When the standard itself was deleted (cascade) it is gone here; its own trigger subtracted it.
  await trigger(
    'standard_direction_rollup_delete',
    lockStandardsOf('old_rows') +
      applyPairs(`select o.direction_id, -1 as sign, ${columns('s')}
                from old_rows o join standard s on s.id = o.standard_id where s.deleted_at is null`),
    `create trigger standard_direction_rollup_delete after delete on standard_direction
     referencing old table as old_rows for each statement execute function standard_direction_rollup_delete()`,
  );
  await trigger(
    'standard_direction_rollup_update',
    lockStandardsOf('old_rows') +
      lockStandardsOf('new_rows') +
      applyPairs(`select o.direction_id, -1 as sign, ${columns('s')}
                from old_rows o join standard s on s.id = o.standard_id where s.deleted_at is null
                union all
                select n.direction_id, 1 as sign, ${columns('s')}
                from new_rows n join standard s on s.id = n.standard_id where s.deleted_at is null`),
    `create trigger standard_direction_rollup_update after update on standard_direction
     referencing old table as old_rows new table as new_rows for each statement
     execute function standard_direction_rollup_update()`,
  );
  // A standard's dates, level or deletion changed: take out its old events, put in its new ones.
  const changed = `(${columns('o')}, o.deleted_at is null) is distinct from (${columns('n')}, n.deleted_at is null)`;
  await trigger(
    'standard_rollup_update',
    applyPairs(`select d.direction_id, -1 as sign, ${columns('o')}
                from old_rows o join new_rows n on n.id = o.id join standard_direction d on d.standard_id = o.id
                where o.deleted_at is null and ${changed}
                union all
                select d.direction_id, 1 as sign, ${columns('n')}
                from old_rows o join new_rows n on n.id = o.id join standard_direction d on d.standard_id = n.id
                where n.deleted_at is null and ${changed}`),
    `create trigger standard_rollup_update after update on standard
     referencing old table as old_rows new table as new_rows for each statement
     execute function standard_rollup_update()`,
  );
  // A hard delete (the app soft-deletes; this keeps the rollup right if anyone deletes rows by hand).
  // Row-level and before: by the end of the statement the cascade has already removed the filings.
  await sql`
    create function standard_rollup_delete() returns trigger language plpgsql as $$
    begin
      if old.deleted_at is null then
        ${sql.raw(
          applyPairs(`select d.direction_id, -1 as sign, ${columns('old')}
                      from standard_direction d where d.standard_id = old.id`),
        )}
      end if;
      return old;
    end $$`.execute(db);
  await sql`create trigger standard_rollup_delete before delete on standard
    for each row execute function standard_rollup_delete()`.execute(db);

  // Existing data, once.
  await sql
    .raw(
      applyPairs(`select d.direction_id, 1 as sign, ${columns('s')}
                  from standard_direction d join standard s on s.id = d.standard_id where s.deleted_at is null`),
    )
    .execute(db);

  // The raw events inside one month (the correction for the as-of date's own month).
  await sql`create index standard_withdrawn_live on standard (withdrawn_on) where deleted_at is null and withdrawn_on is not null`.execute(
    db,
  );
  await sql`create index standard_first_stage_live on standard ((least(approved_on, draft_on, submitted_on))) where deleted_at is null`.execute(
    db,
  );
  // The forecast's medians look only at published standards that recorded a stage.
  await sql`create index standard_staged_published on standard (published_on) where deleted_at is null and least(approved_on, draft_on, submitted_on) is not null`.execute(
    db,
  );
  // Milestones and filters by tag (e.g. the industry-application milestones' 金融, 政务).
  await sql`create index standard_tags on standard using gin (tags)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'standard_direction_rollup_insert',
    'standard_direction_rollup_delete',
    'standard_direction_rollup_update',
  ]) {
    await sql.raw(`drop trigger if exists ${name} on standard_direction`).execute(db);
    await sql.raw(`drop function if exists ${name}()`).execute(db);
  }
  for (const name of ['standard_rollup_update', 'standard_rollup_delete']) {
    await sql.raw(`drop trigger if exists ${name} on standard`).execute(db);
    await sql.raw(`drop function if exists ${name}()`).execute(db);
  }
  await sql`drop function if exists standard_coverage_events(date, date, date, date, date)`.execute(db);
  await sql`drop index if exists standard_withdrawn_live`.execute(db);
  await sql`drop index if exists standard_first_stage_live`.execute(db);
  await sql`drop index if exists standard_tags`.execute(db);
  await sql`drop index if exists standard_staged_published`.execute(db);
  await db.schema.dropTable('direction_year_rollup').ifExists().execute();
  await db.schema.dropTable('direction_month_rollup').ifExists().execute();
}

import { sql, type Kysely } from 'kysely';

// Frozen once merged: never import app code here, never edit; add a new migration instead.

/**
 * Two editions of the guideline, one registry. A framework may carry a crosswalk to another edition
 * (`direction_crosswalk`: a direction and the other edition's direction it continues). A standard's rows in
 * `standard_direction` say where they come from: `filed` (the editor's choice), `override` (an editor's
 * explicit placement in another edition) or `derived` (through the crosswalk, into every edition the standard
 * has neither filed nor overridden directions in). Triggers keep the derived rows, so every view of any
 * edition (coverage rollups, filters, breakdowns, exports) reads one table. Target sets belong to a framework.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('direction_crosswalk')
    .addColumn('direction_id', 'integer', (col) => col.notNull().references('framework_node.id').onDelete('cascade'))
    .addColumn('continues_id', 'integer', (col) => col.notNull().references('framework_node.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('direction_crosswalk_pk', ['direction_id', 'continues_id'])
    .execute();
  await db.schema
    .createIndex('direction_crosswalk_continues_idx')
    .on('direction_crosswalk')
    .columns(['continues_id', 'direction_id'])
    .execute();

  await db.schema
    .alterTable('standard_direction')
    .addColumn('origin', 'text', (col) =>
      col
        .notNull()
        .defaultTo('filed')
        .check(sql`origin in ('filed', 'derived', 'override')`),
    )
    .execute();

  // The placements the crosswalk gives the standards `ids`: each filed direction's counterparts, in every
  // framework where the standard has no filed or overridden direction of its own.
  await sql`
    create function crosswalk_placements(ids int[]) returns table (standard_id int, direction_id int)
    language sql stable as $$
      with links (source_id, target_id) as (
        select direction_id, continues_id from direction_crosswalk
        union
        select continues_id, direction_id from direction_crosswalk
      )
      select distinct f.standard_id, l.target_id
      from standard_direction f
      join links l on l.source_id = f.direction_id
      join framework_node target on target.id = l.target_id
      where f.standard_id = any(ids) and f.origin = 'filed'
        and not exists (
          select 1 from standard_direction own
          join framework_node own_node on own_node.id = own.direction_id
          where own.standard_id = f.standard_id and own.origin <> 'derived'
            and own_node.framework_id = target.framework_id)
    $$`.execute(db);

  await sql`
    create function refresh_standard_placements(ids int[]) returns void language plpgsql as $$
    begin
      if ids is null or cardinality(ids) = 0 then
        return;
      end if;
      delete from standard_direction d
      where d.origin = 'derived' and d.standard_id = any(ids)
        and (d.standard_id, d.direction_id) not in (select * from crosswalk_placements(ids));
      insert into standard_direction (standard_id, direction_id, origin)
      select p.standard_id, p.direction_id, 'derived' from crosswalk_placements(ids) p
      on conflict do nothing;
    end $$`.execute(db);

  // Filed or overridden rows changed: refresh those standards' derived rows (derived rows alone change nothing).
  for (const [event, table] of [
    ['insert', 'new_rows'],
    ['delete', 'old_rows'],
  ] as const) {
    await sql
      .raw(
        `create function standard_direction_placements_${event}() returns trigger language plpgsql as $$
         begin
           perform refresh_standard_placements(
             array(select distinct standard_id from ${table} where origin <> 'derived'));
           return null;
         end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger standard_direction_placements_${event} after ${event} on standard_direction
         referencing ${event === 'insert' ? 'new' : 'old'} table as ${table}
         for each statement execute function standard_direction_placements_${event}()`,
      )
      .execute(db);
  }

  // A crosswalk loaded or changed: refresh every standard filed anywhere.
  await sql`
    create function direction_crosswalk_placements() returns trigger language plpgsql as $$
    begin
      perform refresh_standard_placements(
        array(select distinct standard_id from standard_direction where origin = 'filed'));
      return null;
    end $$`.execute(db);
  for (const event of ['insert', 'delete']) {
    await sql
      .raw(
        `create trigger direction_crosswalk_placements_${event} after ${event} on direction_crosswalk
         for each statement execute function direction_crosswalk_placements()`,
      )
      .execute(db);
  }

  // Target sets belong to a framework (by key: frameworks are loaded after migrations run).
  await db.schema.alterTable('target_set').addColumn('framework_key', 'text').execute();
  await sql`update target_set set framework_key = 'cloud-computing-draft'`.execute(db);
  // The 2025 set follows the final 2025 edition, which sets no parts goal (PRODUCT.md §5).
  const moved = await sql<{ key: string; parts_goal: number | null }>`
    select key, parts_goal from target_set where key = 'goals-2027-2025-edition'`.execute(db);
  await sql`
    update target_set set framework_key = 'cloud-computing-2025', parts_goal = null,
      version = version + 1, updated_at = now()
    where key = 'goals-2027-2025-edition'`.execute(db);
  for (const row of moved.rows) {
    await sql`
      insert into audit_log (actor_id, action, entity, entity_id, before, after, request_id)
      values (null, 'update', 'target_set', ${row.key},
        ${JSON.stringify({ framework: 'cloud-computing-draft', partsGoal: row.parts_goal })}::jsonb,
        ${JSON.stringify({ framework: 'cloud-computing-2025', partsGoal: null })}::jsonb, null)`.execute(db);
  }
  await db.schema
    .alterTable('target_set')
    .alterColumn('framework_key', (col) => col.setNotNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('target_set').dropColumn('framework_key').execute();
  for (const event of ['insert', 'delete']) {
    await sql.raw(`drop trigger if exists direction_crosswalk_placements_${event} on direction_crosswalk`).execute(db);
    await sql.raw(`drop trigger if exists standard_direction_placements_${event} on standard_direction`).execute(db);
    await sql.raw(`drop function if exists standard_direction_placements_${event}()`).execute(db);
  }
  await sql`drop function if exists direction_crosswalk_placements()`.execute(db);
  await sql`drop function if exists refresh_standard_placements(int[])`.execute(db);
  await sql`drop function if exists crosswalk_placements(int[])`.execute(db);
  await sql`delete from standard_direction where origin <> 'filed'`.execute(db);
  await db.schema.alterTable('standard_direction').dropColumn('origin').execute();
  await db.schema.dropTable('direction_crosswalk').ifExists().execute();
}

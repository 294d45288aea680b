import { sql, type Kysely } from 'kysely';

/*
 * Frozen once merged: never import app code here, never edit; add a new migration instead.
 *
 * Enterprises (贯标企业), their adoptions of standards, and the rollup the enterprise goal is counted from.
 *
 * The goal counts distinct enterprises with an adoption of a registered (not deleted) standard dated on
 * or before D. Over a million adoptions that is hundreds of milliseconds, so two tables keep it small:
 *   enterprise_first_adoption (enterprise_id, first_on): per live enterprise, the earliest adoption date
 *     among its adoptions of live standards; no row when it has none.
 *   enterprise_adoption_month (month, enterprises): how many enterprises' first_on falls in each month.
 * Counted at D = the months before D's month summed + the first_on rows inside D's month up to D.
 *
 * Triggers keep both right in the writing transaction whatever writes (the API, an import, a seed, a
 * benchmark's bulk insert) and whatever changes: an adoption added, deleted or re-dated; an enterprise
 * soft-deleted or restored; a standard soft-deleted or restored. Statement-level triggers with
 * transition tables turn a bulk write into one set-based refresh.
 *
 * Concurrency: a refresh first locks the enterprises it recomputes (FOR NO KEY UPDATE, in id order), so
 * two transactions touching one enterprise queue, and the second's recomputation (a new snapshot per
 * statement under READ COMMITTED) sees what the first committed. Adoption writes also take FOR SHARE on
 * their standards, so a standard being deleted at the same moment waits for them, and its own refresh
 * then sees their adoptions.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('enterprise')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('credit_code', 'text', (col) => col.notNull().check(sql`char_length(credit_code) = 18`))
    .addColumn('industry', 'text')
    .addColumn('province', 'text')
    .addColumn('size', 'text', (col) => col.check(sql`size in ('large', 'medium', 'small', 'micro')`))
    .addColumn('notes', 'text')
    // An admin recorded a code whose check character fails: why, who and when.
    .addColumn('credit_code_override_reason', 'text')
    .addColumn('credit_code_override_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('credit_code_override_at', 'timestamptz')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('updated_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('deleted_at', 'timestamptz')
    .execute();
  // Unique among live rows only: a deleted record must not block entering the enterprise again.
  await sql`create unique index enterprise_credit_code_live on enterprise (credit_code) where deleted_at is null`.execute(
    db,
  );
  await sql`create index enterprise_updated_live on enterprise (updated_at desc, id desc) where deleted_at is null`.execute(
    db,
  );
  await sql`create index enterprise_industry_live on enterprise (industry) where deleted_at is null`.execute(db);
  await sql`create index enterprise_province_live on enterprise (province) where deleted_at is null`.execute(db);

  await db.schema
    .createTable('adoption')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('enterprise_id', 'integer', (col) => col.notNull().references('enterprise.id').onDelete('cascade'))
    .addColumn('standard_id', 'integer', (col) => col.notNull().references('standard.id').onDelete('cascade'))
    .addColumn('adopted_on', 'date', (col) => col.notNull())
    .addColumn('evidence', 'text', (col) =>
      col.notNull().check(sql`evidence in ('certificate', 'assessment', 'self_declaration', 'other')`),
    )
    .addColumn('reference', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    // An enterprise adopting a standard twice is one adoption.
    .addUniqueConstraint('adoption_enterprise_standard_unique', ['enterprise_id', 'standard_id'])
    .execute();
  await db.schema.createIndex('adoption_standard_idx').on('adoption').columns(['standard_id', 'adopted_on']).execute();
  await db.schema.createIndex('adoption_adopted_on_idx').on('adoption').column('adopted_on').execute();

  await db.schema
    .createTable('enterprise_first_adoption')
    .addColumn('enterprise_id', 'integer', (col) => col.primaryKey().references('enterprise.id').onDelete('cascade'))
    .addColumn('first_on', 'date', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('enterprise_first_adoption_first_on_idx')
    .on('enterprise_first_adoption')
    .column('first_on')
    .execute();
  await db.schema
    .createTable('enterprise_adoption_month')
    .addColumn('month', 'date', (col) => col.primaryKey())
    .addColumn('enterprises', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  // Recomputes enterprise_first_adoption for these enterprises from the adoptions themselves.
  await sql`
    create function refresh_enterprise_first_adoption(ids integer[]) returns void language plpgsql as $$
    begin
      if ids is null or cardinality(ids) = 0 then
        return;
      end if;
      perform 1 from enterprise where id = any(ids) order by id for no key update;
      delete from enterprise_first_adoption f
      where f.enterprise_id = any(ids)
        and not exists (
          select 1 from adoption a
          join enterprise e on e.id = a.enterprise_id and e.deleted_at is null
          join standard s on s.id = a.standard_id and s.deleted_at is null
          where a.enterprise_id = f.enterprise_id);
      insert into enterprise_first_adoption as f (enterprise_id, first_on)
      select a.enterprise_id, min(a.adopted_on)
      from adoption a
      join enterprise e on e.id = a.enterprise_id and e.deleted_at is null
      join standard s on s.id = a.standard_id and s.deleted_at is null
      where a.enterprise_id = any(ids)
      group by a.enterprise_id
      on conflict (enterprise_id) do update set first_on = excluded.first_on
      where f.first_on is distinct from excluded.first_on;
    end $$`.execute(db);

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
  const lockStandardsOf = (rows: string) =>
    `perform 1 from standard where id in (select standard_id from ${rows}) order by id for share;`;

  await trigger(
    'adoption_rollup_insert',
    `${lockStandardsOf('new_rows')}
     perform refresh_enterprise_first_adoption(array(select distinct enterprise_id from new_rows));`,
    `create trigger adoption_rollup_insert after insert on adoption
     referencing new table as new_rows for each statement execute function adoption_rollup_insert()`,
  );
  await trigger(
    'adoption_rollup_update',
    `${lockStandardsOf('new_rows')}
     perform refresh_enterprise_first_adoption(array(
       select enterprise_id from old_rows union select enterprise_id from new_rows));`,
    `create trigger adoption_rollup_update after update on adoption
     referencing old table as old_rows new table as new_rows for each statement
     execute function adoption_rollup_update()`,
  );
  await trigger(
    'adoption_rollup_delete',
    `perform refresh_enterprise_first_adoption(array(select distinct enterprise_id from old_rows));`,
    `create trigger adoption_rollup_delete after delete on adoption
     referencing old table as old_rows for each statement execute function adoption_rollup_delete()`,
  );
  // An enterprise deleted or restored leaves or re-enters the count.
  await trigger(
    'enterprise_rollup_update',
    `perform refresh_enterprise_first_adoption(array(
       select n.id from new_rows n join old_rows o on o.id = n.id
       where (n.deleted_at is null) <> (o.deleted_at is null)));`,
    `create trigger enterprise_rollup_update after update on enterprise
     referencing old table as old_rows new table as new_rows for each statement
     execute function enterprise_rollup_update()`,
  );
  // A standard deleted or restored takes its adoptions out of the count or back in.
  await trigger(
    'standard_adoption_rollup_update',
    `perform refresh_enterprise_first_adoption(array(
       select distinct a.enterprise_id from adoption a
       where a.standard_id in (
         select n.id from new_rows n join old_rows o on o.id = n.id
         where (n.deleted_at is null) <> (o.deleted_at is null))));`,
    `create trigger standard_adoption_rollup_update after update on standard
     referencing old table as old_rows new table as new_rows for each statement
     execute function standard_adoption_rollup_update()`,
  );

  // The month buckets follow enterprise_first_adoption (rows are locked in month order: no deadlocks).
  const applyMonths = (rows: string) => `
    insert into enterprise_adoption_month as m (month, enterprises)
    select month, sum(delta) from (${rows}) d
    group by month having sum(delta) <> 0 order by month
    on conflict (month) do update set enterprises = m.enterprises + excluded.enterprises;`;
  const monthOf = (alias: string) => `date_trunc('month', ${alias}.first_on)::date`;
  await trigger(
    'enterprise_first_adoption_months_insert',
    applyMonths(`select ${monthOf('n')} as month, 1 as delta from new_rows n`),
    `create trigger enterprise_first_adoption_months_insert after insert on enterprise_first_adoption
     referencing new table as new_rows for each statement execute function enterprise_first_adoption_months_insert()`,
  );
  await trigger(
    'enterprise_first_adoption_months_update',
    applyMonths(`select ${monthOf('n')} as month, 1 as delta from new_rows n
                 union all select ${monthOf('o')}, -1 from old_rows o`),
    `create trigger enterprise_first_adoption_months_update after update on enterprise_first_adoption
     referencing old table as old_rows new table as new_rows for each statement
     execute function enterprise_first_adoption_months_update()`,
  );
  await trigger(
    'enterprise_first_adoption_months_delete',
    applyMonths(`select ${monthOf('o')} as month, -1 as delta from old_rows o`),
    `create trigger enterprise_first_adoption_months_delete after delete on enterprise_first_adoption
     referencing old table as old_rows for each statement execute function enterprise_first_adoption_months_delete()`,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists standard_adoption_rollup_update on standard`.execute(db);
  await sql`drop function if exists standard_adoption_rollup_update()`.execute(db);
  await db.schema.dropTable('enterprise_adoption_month').ifExists().execute();
  await db.schema.dropTable('enterprise_first_adoption').ifExists().execute();
  await db.schema.dropTable('adoption').ifExists().execute();
  await db.schema.dropTable('enterprise').ifExists().execute();
  for (const name of [
    'adoption_rollup_insert',
    'adoption_rollup_update',
    'adoption_rollup_delete',
    'enterprise_rollup_update',
    'enterprise_first_adoption_months_insert',
    'enterprise_first_adoption_months_update',
    'enterprise_first_adoption_months_delete',
  ]) {
    await sql.raw(`drop function if exists ${name}()`).execute(db);
  }
  await sql`drop function if exists refresh_enterprise_first_adoption(integer[])`.execute(db);
}

import { sql, type Kysely } from 'kysely';

/*
 * Frozen once merged: never import app code here, never edit; add a new migration instead.
 *
 * Issue #14: 宣贯 events, implementation stages and richer evidence, and the enterprise goal as
 * "reached" (PRODUCT.md §4, §5).
 *
 * event (+ event_standard, event_attendee): a training, seminar or campaign, the standards it covered and
 * the enterprises that attended (one row per enterprise and event: attending twice is one attendance).
 * Events are soft-deleted like standards and enterprises.
 *
 * adoption gains `stages` (the guideline's 对标达标 stages; empty = 未注明), evidence gains
 * self_assessment and training, and an assessment's body and result. Existing rows keep their evidence.
 *
 * target_set gains `enterprise_counting`: 'reached' (trained or implementing, the final edition's goal)
 * or 'implementing_only'.
 *
 * The rollup the goal is counted from. For each live enterprise, enterprise_reach keeps the first date on
 * which it was
 *   trained_on       attending a live event (its start date) that covers a registered, non-deleted standard;
 *   implementing_on  adopting a registered, non-deleted standard (= enterprise_first_adoption.first_on);
 *   certified_on     adopting one with certificate or third-party assessment evidence;
 *   reached_on       the earlier of trained_on and implementing_on;
 *   trained_implementing_on  the later of the two (both needed): trained and implementing by then.
 * No row when none is set. enterprise_reach_month (kind, month, enterprises) counts each column's dates
 * per month, so "how many at D" is the months before D's month summed + that month's rows up to D.
 * Triggers keep both right in the writing transaction, whatever writes (API, import, seed, bench), as the
 * adoption rollup of 2026_11_21_150000_enterprises does; that rollup stays as it is.
 */
const reachKinds = ['reached', 'trained', 'implementing', 'certified', 'trained_implementing'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('event')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col
        .notNull()
        .defaultTo('training')
        .check(sql`kind in ('training', 'seminar', 'campaign')`),
    )
    .addColumn('mode', 'text', (col) =>
      col
        .notNull()
        .defaultTo('on_site')
        .check(sql`mode in ('online', 'on_site', 'hybrid')`),
    )
    .addColumn('starts_on', 'date', (col) => col.notNull())
    .addColumn('ends_on', 'date', (col) => col.notNull())
    .addColumn('organiser', 'text')
    .addColumn('province', 'text')
    .addColumn('city', 'text')
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('updated_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('deleted_at', 'timestamptz')
    .addCheckConstraint('event_dates_ordered', sql`ends_on >= starts_on`)
    .execute();
  await sql`create index event_starts_live on event (starts_on desc, id desc) where deleted_at is null`.execute(db);

  await db.schema
    .createTable('event_standard')
    .addColumn('event_id', 'integer', (col) => col.notNull().references('event.id').onDelete('cascade'))
    .addColumn('standard_id', 'integer', (col) => col.notNull().references('standard.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('event_standard_pk', ['event_id', 'standard_id'])
    .execute();
  await db.schema.createIndex('event_standard_standard_idx').on('event_standard').column('standard_id').execute();

  await db.schema
    .createTable('event_attendee')
    .addColumn('event_id', 'integer', (col) => col.notNull().references('event.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'integer', (col) => col.notNull().references('enterprise.id').onDelete('cascade'))
    .addColumn('participants', 'integer', (col) => col.check(sql`participants > 0`))
    .addColumn('notes', 'text')
    .addPrimaryKeyConstraint('event_attendee_pk', ['event_id', 'enterprise_id'])
    .execute();
  await db.schema.createIndex('event_attendee_enterprise_idx').on('event_attendee').column('enterprise_id').execute();

  // Adoptions: stages and richer evidence; existing rows keep their evidence and get no stage (未注明).
  await sql`alter table adoption drop constraint if exists adoption_evidence_check`.execute(db);
  await sql`alter table adoption add constraint adoption_evidence_check check (evidence in
    ('certificate', 'assessment', 'self_assessment', 'self_declaration', 'training', 'other'))`.execute(db);
  await sql`alter table adoption add column stages text[] not null default '{}'
    check (stages <@ array['research', 'design', 'delivery', 'operations', 'quality']::text[])`.execute(db);
  await sql`alter table adoption add column assessment_body text`.execute(db);
  await sql`alter table adoption add column assessment_result text`.execute(db);

  await sql`alter table target_set add column enterprise_counting text not null default 'reached'
    check (enterprise_counting in ('reached', 'implementing_only'))`.execute(db);

  await db.schema
    .createTable('enterprise_reach')
    .addColumn('enterprise_id', 'integer', (col) => col.primaryKey().references('enterprise.id').onDelete('cascade'))
    .addColumn('trained_on', 'date')
    .addColumn('implementing_on', 'date')
    .addColumn('certified_on', 'date')
    .addColumn('reached_on', 'date', (col) => col.notNull())
    .addColumn('trained_implementing_on', 'date')
    .execute();
  for (const kind of reachKinds) {
    await sql
      .raw(`create index enterprise_reach_${kind}_idx on enterprise_reach (${kind}_on) where ${kind}_on is not null`)
      .execute(db);
  }
  await db.schema
    .createTable('enterprise_reach_month')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('month', 'date', (col) => col.notNull())
    .addColumn('enterprises', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('enterprise_reach_month_pk', ['kind', 'month'])
    .execute();

  // Recomputes enterprise_reach for these enterprises from their adoptions and attendances (one statement).
  await sql`
    create function refresh_enterprise_reach(ids integer[]) returns void language plpgsql as $$
    begin
      if ids is null or cardinality(ids) = 0 then
        return;
      end if;
      perform 1 from enterprise where id = any(ids) order by id for no key update;
      with live as (
        select e.id from (select distinct unnest(ids) as id) i
        join enterprise e on e.id = i.id and e.deleted_at is null
      ),
      adopted as (
        select a.enterprise_id, min(a.adopted_on) as implementing_on,
               min(a.adopted_on) filter (where a.evidence in ('certificate', 'assessment')) as certified_on
        from live
        join adoption a on a.enterprise_id = live.id
        join standard s on s.id = a.standard_id and s.deleted_at is null
        group by a.enterprise_id
      ),
      trained as (
        select t.enterprise_id, min(ev.starts_on) as trained_on
        from live
        join event_attendee t on t.enterprise_id = live.id
        join event ev on ev.id = t.event_id and ev.deleted_at is null
        where exists (
          select 1 from event_standard es
          join standard s on s.id = es.standard_id and s.deleted_at is null
          where es.event_id = ev.id)
        group by t.enterprise_id
      ),
      computed as (
        select live.id as enterprise_id, tr.trained_on, ad.implementing_on, ad.certified_on,
               least(tr.trained_on, ad.implementing_on) as reached_on,
               case when tr.trained_on is not null and ad.implementing_on is not null
                    then greatest(tr.trained_on, ad.implementing_on) end as trained_implementing_on
        from live
        left join adopted ad on ad.enterprise_id = live.id
        left join trained tr on tr.enterprise_id = live.id
        where ad.implementing_on is not null or tr.trained_on is not null
      ),
      removed as (
        delete from enterprise_reach r
        where r.enterprise_id = any(ids)
          and not exists (select 1 from computed c where c.enterprise_id = r.enterprise_id)
        returning 1
      )
      insert into enterprise_reach as r
        (enterprise_id, trained_on, implementing_on, certified_on, reached_on, trained_implementing_on)
      select enterprise_id, trained_on, implementing_on, certified_on, reached_on, trained_implementing_on
      from computed
      order by enterprise_id
      on conflict (enterprise_id) do update set
        trained_on = excluded.trained_on,
        implementing_on = excluded.implementing_on,
        certified_on = excluded.certified_on,
        reached_on = excluded.reached_on,
        trained_implementing_on = excluded.trained_implementing_on
      where (r.trained_on, r.implementing_on, r.certified_on, r.reached_on, r.trained_implementing_on)
        is distinct from (excluded.trained_on, excluded.implementing_on, excluded.certified_on,
                          excluded.reached_on, excluded.trained_implementing_on);
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
  const refresh = (enterprises: string) => `perform refresh_enterprise_reach(array(${enterprises}));`;
  const attendeesOf = (events: string) =>
    `select distinct t.enterprise_id from event_attendee t where t.event_id in (${events})`;

  await trigger(
    'adoption_reach_insert',
    refresh('select distinct enterprise_id from new_rows'),
    `create trigger adoption_reach_insert after insert on adoption
     referencing new table as new_rows for each statement execute function adoption_reach_insert()`,
  );
  await trigger(
    'adoption_reach_update',
    refresh('select enterprise_id from old_rows union select enterprise_id from new_rows'),
    `create trigger adoption_reach_update after update on adoption
     referencing old table as old_rows new table as new_rows for each statement execute function adoption_reach_update()`,
  );
  await trigger(
    'adoption_reach_delete',
    refresh('select distinct enterprise_id from old_rows'),
    `create trigger adoption_reach_delete after delete on adoption
     referencing old table as old_rows for each statement execute function adoption_reach_delete()`,
  );
  await trigger(
    'enterprise_reach_update',
    refresh(`select n.id from new_rows n join old_rows o on o.id = n.id
             where (n.deleted_at is null) <> (o.deleted_at is null)`),
    `create trigger enterprise_reach_update after update on enterprise
     referencing old table as old_rows new table as new_rows for each statement execute function enterprise_reach_update()`,
  );
  // A standard deleted or restored: its adopters and the attendees of events covering it.
  const changedStandards = `select n.id from new_rows n join old_rows o on o.id = n.id
                            where (n.deleted_at is null) <> (o.deleted_at is null)`;
  await trigger(
    'standard_reach_update',
    refresh(`select a.enterprise_id from adoption a where a.standard_id in (${changedStandards})
             union ${attendeesOf(`select es.event_id from event_standard es where es.standard_id in (${changedStandards})`)}`),
    `create trigger standard_reach_update after update on standard
     referencing old table as old_rows new table as new_rows for each statement execute function standard_reach_update()`,
  );
  // An event deleted, restored or re-dated: its attendees.
  await trigger(
    'event_reach_update',
    refresh(
      attendeesOf(`select n.id from new_rows n join old_rows o on o.id = n.id
                   where (n.deleted_at is null) <> (o.deleted_at is null) or n.starts_on <> o.starts_on`),
    ),
    `create trigger event_reach_update after update on event
     referencing old table as old_rows new table as new_rows for each statement execute function event_reach_update()`,
  );
  await trigger(
    'event_standard_reach_insert',
    refresh(attendeesOf('select event_id from new_rows')),
    `create trigger event_standard_reach_insert after insert on event_standard
     referencing new table as new_rows for each statement execute function event_standard_reach_insert()`,
  );
  await trigger(
    'event_standard_reach_delete',
    refresh(attendeesOf('select event_id from old_rows')),
    `create trigger event_standard_reach_delete after delete on event_standard
     referencing old table as old_rows for each statement execute function event_standard_reach_delete()`,
  );
  await trigger(
    'event_attendee_reach_insert',
    refresh('select distinct enterprise_id from new_rows'),
    `create trigger event_attendee_reach_insert after insert on event_attendee
     referencing new table as new_rows for each statement execute function event_attendee_reach_insert()`,
  );
  await trigger(
    'event_attendee_reach_update',
    refresh('select enterprise_id from old_rows union select enterprise_id from new_rows'),
    `create trigger event_attendee_reach_update after update on event_attendee
     referencing old table as old_rows new table as new_rows for each statement execute function event_attendee_reach_update()`,
  );
  await trigger(
    'event_attendee_reach_delete',
    refresh('select distinct enterprise_id from old_rows'),
    `create trigger event_attendee_reach_delete after delete on event_attendee
     referencing old table as old_rows for each statement execute function event_attendee_reach_delete()`,
  );

  // The month buckets follow enterprise_reach, one per kind (rows locked in (kind, month) order).
  const datesOf = (rows: string, delta: number) =>
    `select k.kind, date_trunc('month', k.day)::date as month, ${delta} as delta
     from ${rows} r cross join lateral (values ${reachKinds.map((kind) => `('${kind}', r.${kind}_on)`).join(', ')}) k(kind, day)
     where k.day is not null`;
  const applyMonths = (rows: string) => `
    insert into enterprise_reach_month as m (kind, month, enterprises)
    select kind, month, sum(delta) from (${rows}) d
    group by kind, month having sum(delta) <> 0 order by kind, month
    on conflict (kind, month) do update set enterprises = m.enterprises + excluded.enterprises;`;
  await trigger(
    'enterprise_reach_months_insert',
    applyMonths(datesOf('new_rows', 1)),
    `create trigger enterprise_reach_months_insert after insert on enterprise_reach
     referencing new table as new_rows for each statement execute function enterprise_reach_months_insert()`,
  );
  await trigger(
    'enterprise_reach_months_update',
    applyMonths(`${datesOf('new_rows', 1)} union all ${datesOf('old_rows', -1)}`),
    `create trigger enterprise_reach_months_update after update on enterprise_reach
     referencing old table as old_rows new table as new_rows for each statement execute function enterprise_reach_months_update()`,
  );
  await trigger(
    'enterprise_reach_months_delete',
    applyMonths(datesOf('old_rows', -1)),
    `create trigger enterprise_reach_months_delete after delete on enterprise_reach
     referencing old table as old_rows for each statement execute function enterprise_reach_months_delete()`,
  );

  // Existing adoptions enter the new rollup (no events exist yet).
  await sql`select refresh_enterprise_reach(array(select distinct enterprise_id from adoption))`.execute(db);
}

const triggers = [
  ['adoption_reach_insert', 'adoption'],
  ['adoption_reach_update', 'adoption'],
  ['adoption_reach_delete', 'adoption'],
  ['enterprise_reach_update', 'enterprise'],
  ['standard_reach_update', 'standard'],
] as const;

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name, table] of triggers) {
    await sql.raw(`drop trigger if exists ${name} on ${table}`).execute(db);
    await sql.raw(`drop function if exists ${name}()`).execute(db);
  }
  await db.schema.dropTable('enterprise_reach_month').ifExists().execute();
  await db.schema.dropTable('enterprise_reach').ifExists().execute();
  await db.schema.dropTable('event_attendee').ifExists().execute();
  await db.schema.dropTable('event_standard').ifExists().execute();
  await db.schema.dropTable('event').ifExists().execute();
  for (const name of [
    'event_reach_update',
    'event_standard_reach_insert',
    'event_standard_reach_delete',
    'event_attendee_reach_insert',
    'event_attendee_reach_update',
    'event_attendee_reach_delete',
    'enterprise_reach_months_insert',
    'enterprise_reach_months_update',
    'enterprise_reach_months_delete',
  ]) {
    await sql.raw(`drop function if exists ${name}()`).execute(db);
  }
  await sql`drop function if exists refresh_enterprise_reach(integer[])`.execute(db);
  await sql`alter table target_set drop column if exists enterprise_counting`.execute(db);
  await sql`alter table adoption drop column if exists assessment_result`.execute(db);
  await sql`alter table adoption drop column if exists assessment_body`.execute(db);
  await sql`alter table adoption drop column if exists stages`.execute(db);
  // Evidence the old check does not know becomes 'other' before the old check returns.
  await sql`update adoption set evidence = 'other' where evidence in ('self_assessment', 'training')`.execute(db);
  await sql`alter table adoption drop constraint if exists adoption_evidence_check`.execute(db);
  await sql`alter table adoption add constraint adoption_evidence_check check (evidence in
    ('certificate', 'assessment', 'self_declaration', 'other'))`.execute(db);
}

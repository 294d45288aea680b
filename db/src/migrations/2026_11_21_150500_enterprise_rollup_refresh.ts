import { sql, type Kysely } from 'kysely';

/*
 * Frozen once merged: never import app code here, never edit; add a new migration instead.
 *
 * refresh_enterprise_first_adoption (2026_11_21_150000_enterprises) selected adoptions with
 * `enterprise_id = any(ids)`. PL/pgSQL caches a generic plan after five calls on a connection, and for a
 * parameter array the generic plan may scan the whole adoption table testing each row against the array
 * one element at a time: a bulk write of 10,000 enterprises' adoptions over a million rows took 20 s
 * instead of 2. Joining the unnested ids lets every plan, custom or generic, find the adoptions by index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function refresh_enterprise_first_adoption(ids integer[]) returns void language plpgsql as $$
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
      from (select distinct unnest(ids) as id) i
      join adoption a on a.enterprise_id = i.id
      join enterprise e on e.id = a.enterprise_id and e.deleted_at is null
      join standard s on s.id = a.standard_id and s.deleted_at is null
      group by a.enterprise_id
      on conflict (enterprise_id) do update set first_on = excluded.first_on
      where f.first_on is distinct from excluded.first_on;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function refresh_enterprise_first_adoption(ids integer[]) returns void language plpgsql as $$
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
}

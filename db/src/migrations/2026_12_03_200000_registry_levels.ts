import { sql, type Kysely } from 'kysely';

// Frozen once merged: never import app code here, never edit; add a new migration instead.
// Local standards (DB11/T …) and alliance/enterprise documents (Q/<body> …) are recorded as levels
// local and other (never counted); international references lose the full-width colon and its spaces.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table standard drop constraint if exists standard_level_check`.execute(db);
  await sql`alter table standard add constraint standard_level_check
    check (level in ('national', 'industry', 'group', 'local', 'other'))`.execute(db);
  await sql`update standard set level = 'other' where level = 'group' and number like 'Q/%'`.execute(db);
  await sql`update standard
    set international_ref = regexp_replace(translate(international_ref, '：', ':'), '\\s*:\\s*', ':', 'g')
    where international_ref ~ '(：|\\s:|:\\s)'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update standard set level = 'group' where level in ('local', 'other')`.execute(db);
  await sql`alter table standard drop constraint if exists standard_level_check`.execute(db);
  await sql`alter table standard add constraint standard_level_check
    check (level in ('national', 'industry', 'group'))`.execute(db);
}

import { sql, type Kysely } from 'kysely';

/*
 * Frozen once merged: never import app code here, never edit; add a new migration instead.
 *
 * International standardisation work (国际标准化工作, issue #14 item 4): items in ISO, IEC, ISO/IEC JTC 1,
 * ITU-T … with China's role, and each item's stage history (one dated row per stage reached). The
 * stage on a date D is the latest stage reached on or before D (`rank` orders the stages; the service
 * keeps the dates in stage order, so "latest by date" and "latest by rank" agree).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('international_item')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('body', 'text', (col) =>
      col.notNull().check(sql`body in ('iso', 'iec', 'iso_iec_jtc1', 'itu_t', 'other')`),
    )
    .addColumn('committee', 'text')
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('title_en', 'text', (col) => col.notNull())
    .addColumn('title_zh', 'text')
    .addColumn('china_role', 'text', (col) =>
      col.notNull().check(sql`china_role in ('led', 'co_edited', 'participated')`),
    )
    .addColumn('experts', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('related_standard_id', 'integer', (col) => col.references('standard.id').onDelete('set null'))
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('updated_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('deleted_at', 'timestamptz')
    .execute();
  // One live item per body and reference: the same project is recorded once.
  await sql`create unique index international_item_reference_live on international_item (body, reference) where deleted_at is null`.execute(
    db,
  );

  await db.schema
    .createTable('international_item_stage')
    .addColumn('item_id', 'integer', (col) => col.notNull().references('international_item.id').onDelete('cascade'))
    .addColumn('stage', 'text', (col) =>
      col.notNull().check(sql`stage in ('proposal', 'np', 'wd', 'cd', 'dis', 'fdis', 'published')`),
    )
    .addColumn('rank', 'smallint', (col) => col.notNull().check(sql`rank between 0 and 6`))
    .addColumn('reached_on', 'date', (col) => col.notNull())
    .addPrimaryKeyConstraint('international_item_stage_pk', ['item_id', 'stage'])
    .execute();
  await sql`create index international_item_stage_on on international_item_stage (reached_on, rank)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('international_item_stage').ifExists().execute();
  await db.schema.dropTable('international_item').ifExists().execute();
}

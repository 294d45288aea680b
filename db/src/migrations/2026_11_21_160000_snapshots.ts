import { sql, type Kysely } from 'kysely';

// Frozen once merged: never import app code here, never edit; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // A published report: its numbers and the standards and enterprises behind them, frozen in `payload`.
  await db.schema
    .createTable('snapshot')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull().unique())
    .addColumn('as_of', 'date', (col) => col.notNull())
    .addColumn('since', 'date', (col) => col.notNull())
    .addColumn('target_set_key', 'text', (col) => col.notNull())
    .addColumn('target_set_name_zh', 'text', (col) => col.notNull())
    .addColumn('target_set_name_en', 'text', (col) => col.notNull())
    .addColumn('created_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('payload', 'jsonb', (col) => col.notNull())
    .addCheckConstraint('snapshot_since_before_as_of', sql`since <= as_of`)
    .execute();
  await sql`create index snapshot_as_of on snapshot (as_of desc, id desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('snapshot').ifExists().execute();
}

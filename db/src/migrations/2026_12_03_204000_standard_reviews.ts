import { sql, type Kysely } from 'kysely';

// Frozen once merged: never import app code here, never edit; add a new migration instead.
// Five-year review (复审): each outcome of a standard's review, with its date.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('standard_review')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('standard_id', 'integer', (col) => col.notNull().references('standard.id').onDelete('cascade'))
    .addColumn('outcome', 'text', (col) => col.notNull().check(sql`outcome in ('confirmed', 'revise', 'withdraw')`))
    .addColumn('reviewed_on', 'date', (col) => col.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index standard_review_standard_idx on standard_review (standard_id, reviewed_on desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('standard_review').ifExists().execute();
}

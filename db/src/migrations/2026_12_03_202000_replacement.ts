import { sql, type Kysely } from 'kysely';

// Frozen once merged: never import app code here, never edit; add a new migration instead.
// Replacement (代替): a replaced standard names its successor and the date the successor took over; its
// withdrawal may have been derived from that date (then removing the replacement clears it again).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('standard')
    .addColumn('replaced_by', 'text')
    .addColumn('replaced_on', 'date')
    .addColumn('withdrawal_derived', 'boolean', (col) => col.notNull().defaultTo(false))
    .execute();
  await sql`create index standard_replaces_idx on standard using gin (replaces)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists standard_replaces_idx`.execute(db);
  await db.schema
    .alterTable('standard')
    .dropColumn('replaced_by')
    .dropColumn('replaced_on')
    .dropColumn('withdrawal_derived')
    .execute();
}

import { sql, type Kysely } from 'kysely';

/*
 * Frozen once merged: never import app code here, never edit; add a new migration instead.
 *
 * Bulk imports (PRODUCT.md §8): one row per committed (or refused) import, remembering who imported
 * which file and what it did; each audit entry an import wrote points back to it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_import')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('file_sha256', 'text', (col) => col.notNull())
    .addColumn('file_size', 'integer', (col) => col.notNull())
    .addColumn('sheet', 'text')
    .addColumn('user_id', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('rows', 'integer', (col) => col.notNull())
    .addColumn('created', 'integer', (col) => col.notNull())
    .addColumn('updated', 'integer', (col) => col.notNull())
    .addColumn('unchanged', 'integer', (col) => col.notNull())
    .addColumn('errors', 'integer', (col) => col.notNull())
    .addColumn('committed', 'boolean', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('data_import_sha256_idx').on('data_import').columns(['file_sha256', 'id']).execute();

  await db.schema
    .alterTable('audit_log')
    .addColumn('import_id', 'integer', (col) => col.references('data_import.id').onDelete('set null'))
    .execute();
  await sql`create index audit_log_import_idx on audit_log (import_id) where import_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('import_id').execute();
  await db.schema.dropTable('data_import').ifExists().execute();
}

import { sql, type Kysely } from 'kysely';

// Frozen once merged: never import app code here, never edit; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('target_set')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('key', 'text', (col) => col.notNull().unique())
    .addColumn('name_zh', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .addColumn('source', 'text')
    .addColumn('is_default', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('standards_goal', 'integer', (col) => col.notNull().check(sql`standards_goal > 0`))
    .addColumn('standards_stretch', 'integer')
    .addColumn('window_start', 'date', (col) => col.notNull())
    .addColumn('window_end', 'date', (col) => col.notNull())
    .addColumn('counted_levels', sql`text[]`, (col) => col.notNull())
    .addColumn('counted_kinds', sql`text[]`, (col) => col.notNull())
    .addColumn('enterprises_goal', 'integer')
    .addColumn('enterprises_due', 'date')
    .addColumn('parts_goal', 'integer')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addCheckConstraint('target_set_window', sql`window_start <= window_end`)
    .addCheckConstraint('target_set_stretch', sql`standards_stretch is null or standards_stretch >= standards_goal`)
    .execute();
  await sql`create unique index target_set_one_default on target_set (is_default) where is_default`.execute(db);

  await db.schema
    .createTable('target_milestone')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('target_set_id', 'integer', (col) => col.notNull().references('target_set.id').onDelete('cascade'))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('name_zh', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .addColumn('due_on', 'date', (col) => col.notNull())
    .addColumn('direction_codes', sql`text[]`, (col) => col.notNull())
    .addColumn('kinds', sql`text[]`, (col) => col.notNull())
    .addColumn('tag', 'text')
    .addColumn('position', 'integer', (col) => col.notNull())
    .addUniqueConstraint('target_milestone_code_unique', ['target_set_id', 'code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('target_milestone').ifExists().execute();
  await db.schema.dropTable('target_set').ifExists().execute();
}

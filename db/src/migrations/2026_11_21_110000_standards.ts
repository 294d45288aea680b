import { sql, type Kysely } from 'kysely';

// Frozen once merged: never import app code here, never edit; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('standard')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('number', 'text')
    .addColumn('plan_number', 'text')
    .addColumn('level', 'text', (col) => col.notNull().check(sql`level in ('national', 'industry', 'group')`))
    .addColumn('sector', 'text')
    .addColumn('title_zh', 'text', (col) => col.notNull())
    .addColumn('title_en', 'text')
    .addColumn('kind', 'text', (col) =>
      col
        .notNull()
        .defaultTo('new')
        .check(sql`kind in ('new', 'revision')`),
    )
    .addColumn('replaces', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('approved_on', 'date')
    .addColumn('draft_on', 'date')
    .addColumn('submitted_on', 'date')
    .addColumn('published_on', 'date')
    .addColumn('in_force_on', 'date')
    .addColumn('withdrawn_on', 'date')
    .addColumn('committee', 'text')
    .addColumn('international_ref', 'text')
    .addColumn('international_degree', 'text', (col) => col.check(sql`international_degree in ('IDT', 'MOD', 'NEQ')`))
    .addColumn('tags', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('updated_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('deleted_at', 'timestamptz')
    .addCheckConstraint('standard_has_number_or_plan', sql`number is not null or plan_number is not null`)
    .addCheckConstraint('standard_published_has_number', sql`published_on is null or number is not null`)
    .execute();
  // Unique among live rows only: a deleted record must not block entering the standard again.
  await sql`create unique index standard_number_live on standard (number) where deleted_at is null and number is not null`.execute(
    db,
  );
  await sql`create unique index standard_plan_number_live on standard (plan_number) where deleted_at is null and plan_number is not null`.execute(
    db,
  );
  await sql`create index standard_published_live on standard (published_on) where deleted_at is null`.execute(db);
  await sql`create index standard_updated_live on standard (updated_at desc, id desc) where deleted_at is null`.execute(
    db,
  );
  await db.schema.createIndex('standard_level_idx').on('standard').columns(['level', 'published_on']).execute();
  await db.schema.createIndex('standard_committee_idx').on('standard').column('committee').execute();

  await db.schema
    .createTable('standard_direction')
    .addColumn('standard_id', 'integer', (col) => col.notNull().references('standard.id').onDelete('cascade'))
    // Restrict: a framework reload cannot drop a direction that standards are filed under.
    .addColumn('direction_id', 'integer', (col) => col.notNull().references('framework_node.id').onDelete('restrict'))
    .addPrimaryKeyConstraint('standard_direction_pk', ['standard_id', 'direction_id'])
    .execute();
  await db.schema
    .createIndex('standard_direction_direction_idx')
    .on('standard_direction')
    .columns(['direction_id', 'standard_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('standard_direction').ifExists().execute();
  await db.schema.dropTable('standard').ifExists().execute();
}

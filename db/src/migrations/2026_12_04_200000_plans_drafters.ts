import { sql, type Kysely } from 'kysely';

// Frozen once merged: never import app code here, never edit; add a new migration instead.
// Plans (计划): issue date (下达) and period in months (项目周期), extensions (延期: granted on, new due date,
// reason) as a JSON list kept with the record; drafting organisations (起草单位) as a list of names.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('standard')
    .addColumn('plan_issued_on', 'date')
    .addColumn('plan_period_months', 'integer', (col) => col.check(sql`plan_period_months > 0`))
    .addColumn('plan_extensions', 'jsonb', (col) =>
      col
        .notNull()
        .defaultTo(sql`'[]'::jsonb`)
        .check(sql`jsonb_typeof(plan_extensions) = 'array'`),
    )
    .addColumn('drafting_organisations', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .execute();
  await sql`create index standard_plan_issued_idx on standard (plan_issued_on) where plan_issued_on is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists standard_plan_issued_idx`.execute(db);
  await db.schema
    .alterTable('standard')
    .dropColumn('plan_issued_on')
    .dropColumn('plan_period_months')
    .dropColumn('plan_extensions')
    .dropColumn('drafting_organisations')
    .execute();
}

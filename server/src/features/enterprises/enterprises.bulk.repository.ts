import type { AdoptionRow, Database, EnterpriseRow, NewAdoption, NewEnterprise } from '@cloudstd/db/tables';
import { sql, type Kysely } from 'kysely';

type Db = Kysely<Database>;

/** Rows per statement: keeps every statement far below PostgreSQL's 65,535 parameters. */
const BATCH = 1000;

function batches<T>(items: readonly T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

const anyText = (values: readonly string[]) => sql<string>`any(${[...values]}::text[])`;
const anyInt = (values: readonly number[]) => sql<number>`any(${[...values]}::int[])`;

/**
 * Live enterprises holding these credit codes, in one indexed lookup; `lock` takes them FOR NO KEY
 * UPDATE in id order (as the adoption rollup's trigger does), so an edit or deletion waits for the import.
 */
export async function findLiveEnterprisesByCreditCodes(
  db: Db,
  creditCodes: readonly string[],
  options: { lock: boolean },
): Promise<EnterpriseRow[]> {
  if (creditCodes.length === 0) return [];
  const query = db
    .selectFrom('enterprise')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('credit_code', '=', anyText(creditCodes))
    .orderBy('id');
  return options.lock ? query.forNoKeyUpdate().execute() : query.execute();
}

export async function findEnterprisesByIds(db: Db, ids: readonly number[]): Promise<EnterpriseRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('enterprise').selectAll().where('id', '=', anyInt(ids)).execute();
}

/** Standards (deleted ones too) with these numbers; `lock` takes them FOR SHARE, so a deletion waits. */
export async function findStandardsByNumbers(db: Db, numbers: readonly string[], options: { lock: boolean }) {
  if (numbers.length === 0) return [];
  const query = db
    .selectFrom('standard')
    .select(['id', 'number', 'plan_number', 'title_zh', 'published_on', 'deleted_at'])
    .where('number', '=', anyText(numbers))
    .orderBy('id');
  return options.lock ? query.forShare().execute() : query.execute();
}

/** The numbers (or plan numbers) of these standards. */
export async function findStandardNumbersByIds(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('standard').select(['id', 'number', 'plan_number']).where('id', '=', anyInt(ids)).execute();
}

/** Adoptions of any of these enterprises of any of these standards; `lock` takes them FOR UPDATE. */
export async function findAdoptionsOf(
  db: Db,
  enterpriseIds: readonly number[],
  standardIds: readonly number[],
  options: { lock: boolean },
): Promise<AdoptionRow[]> {
  if (enterpriseIds.length === 0 || standardIds.length === 0) return [];
  const query = db
    .selectFrom('adoption')
    .selectAll()
    .where('enterprise_id', '=', anyInt(enterpriseIds))
    .where('standard_id', '=', anyInt(standardIds))
    .orderBy('id');
  return options.lock ? query.forUpdate().execute() : query.execute();
}

/** Inserts enterprises in batches; returns the new rows. */
export async function insertEnterprises(db: Db, rows: readonly NewEnterprise[]): Promise<EnterpriseRow[]> {
  const inserted: EnterpriseRow[] = [];
  for (const batch of batches(rows)) {
    inserted.push(...(await db.insertInto('enterprise').values(batch).returningAll().execute()));
  }
  return inserted;
}

/**
 * Inserts adoptions in batches (each statement's rollup trigger refreshes its enterprises at once).
 * A pair recorded meanwhile by someone else fails the unique constraint: the caller's transaction ends.
 */
export async function insertAdoptions(
  db: Db,
  rows: readonly NewAdoption[],
): Promise<Pick<AdoptionRow, 'id' | 'enterprise_id' | 'standard_id'>[]> {
  const inserted: Pick<AdoptionRow, 'id' | 'enterprise_id' | 'standard_id'>[] = [];
  for (const batch of batches(rows)) {
    inserted.push(
      ...(await db.insertInto('adoption').values(batch).returning(['id', 'enterprise_id', 'standard_id']).execute()),
    );
  }
  return inserted;
}

/** Rewrites the date, evidence, reference and notes of many adoptions, one statement per batch. */
export async function updateAdoptions(
  db: Db,
  updates: readonly Pick<
    AdoptionRow,
    'id' | 'adopted_on' | 'evidence' | 'stages' | 'assessment_body' | 'assessment_result' | 'reference' | 'notes'
  >[],
): Promise<void> {
  for (const batch of batches(updates)) {
    const values = sql.join(
      batch.map(
        (row) =>
          sql`(${row.id}::int, ${row.adopted_on}::date, ${row.evidence}::text, ${row.stages}::text[],
            ${row.assessment_body}::text, ${row.assessment_result}::text, ${row.reference}::text, ${row.notes}::text)`,
      ),
    );
    await sql`
      update adoption as a set adopted_on = v.adopted_on, evidence = v.evidence, stages = v.stages,
        assessment_body = v.assessment_body, assessment_result = v.assessment_result,
        reference = v.reference, notes = v.notes
      from (values ${values}) as v(id, adopted_on, evidence, stages, assessment_body, assessment_result, reference, notes)
      where a.id = v.id`.execute(db);
  }
}

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connect.ts';
import { migrateToLatest, migrateToVersion } from '../migrate.ts';
import { createTestDatabase, testDatabaseDrivers } from '../testing.ts';

/*
 * Adoptions recorded before events existed keep their evidence, get no stage (未注明), and enter the new
 * reach rollup as implementing (certified when their evidence is a certificate or an assessment).
 */
const previousRelease = '2026_12_03_204000_standard_reviews';

describe.each(testDatabaseDrivers())('upgrading adoptions to stages and reach on %s', (driver) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await createTestDatabase(driver);
    await migrateToVersion(handle.db, previousRelease);
    const db = handle.db;
    const standard = await sql<{ id: number }>`
      insert into standard (number, level, title_zh, kind, published_on)
      values ('GB/T 71001-2025', 'national', '示例标准', 'new', '2025-11-01') returning id`.execute(db);
    const standardId = standard.rows[0]?.id ?? 0;
    const enterprises = await sql<{ id: number }>`
      insert into enterprise (name, credit_code) values
        ('甲', '91110000000000001A'), ('乙', '91110000000000002A'), ('丙', '91110000000000003A')
      returning id`.execute(db);
    const [a, b, c] = enterprises.rows.map((row) => row.id);
    await sql`insert into adoption (enterprise_id, standard_id, adopted_on, evidence) values
      (${a}, ${standardId}, '2026-01-10', 'certificate'),
      (${b}, ${standardId}, '2026-02-10', 'self_declaration'),
      (${c}, ${standardId}, '2026-03-10', 'assessment')`.execute(db);
    await migrateToLatest(db);
  });
  afterAll(() => handle.close());

  it('keeps the evidence, records no stage, and counts them as implementing', async () => {
    const adoptions = await handle.db
      .selectFrom('adoption')
      .select(['evidence', 'stages', 'assessment_body'])
      .orderBy('adopted_on')
      .execute();
    expect(adoptions).toEqual([
      { evidence: 'certificate', stages: [], assessment_body: null },
      { evidence: 'self_declaration', stages: [], assessment_body: null },
      { evidence: 'assessment', stages: [], assessment_body: null },
    ]);
    const reach = await handle.db
      .selectFrom('enterprise_reach')
      .select(['trained_on', 'implementing_on', 'certified_on', 'reached_on'])
      .orderBy('reached_on')
      .execute();
    expect(reach).toEqual([
      { trained_on: null, implementing_on: '2026-01-10', certified_on: '2026-01-10', reached_on: '2026-01-10' },
      { trained_on: null, implementing_on: '2026-02-10', certified_on: null, reached_on: '2026-02-10' },
      { trained_on: null, implementing_on: '2026-03-10', certified_on: '2026-03-10', reached_on: '2026-03-10' },
    ]);
    const months = await sql<{ kind: string; n: number }>`
      select kind, sum(enterprises)::int as n from enterprise_reach_month group by kind order by kind`.execute(
      handle.db,
    );
    expect(months.rows).toEqual([
      { kind: 'certified', n: 2 },
      { kind: 'implementing', n: 3 },
      { kind: 'reached', n: 3 },
    ]);
    const sets = await handle.db.selectFrom('target_set').select('enterprise_counting').execute();
    expect(sets.every((set) => set.enterprise_counting === 'reached')).toBe(true);
  });

  it('refuses a stage outside the guideline’s five and an event ending before it starts', async () => {
    await expect(sql`update adoption set stages = '{marketing}'`.execute(handle.db)).rejects.toThrow();
    await expect(
      sql`insert into event (title, starts_on, ends_on) values ('x', '2026-03-02', '2026-03-01')`.execute(handle.db),
    ).rejects.toThrow();
  });
});

import { readFile } from 'node:fs/promises';
import { flattenFrameworkTree } from '@cloudstd/shared/domain/framework-tree';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connect.ts';
import { migrateToLatest, migrateToVersion } from '../migrate.ts';
import { draftFrameworkPath, loadShippedFrameworks, parseFrameworkFile } from '../seeds/load-framework.ts';
import { seedDefaultTargetSets } from '../seeds/target-sets.ts';
import { createTestDatabase, testDatabaseDrivers } from '../testing.ts';

/*
 * An installation made by the release before the editions (main at 2026-12-03: schema at
 * 2026_11_21_160000_snapshots, the draft framework the default, the 2025 set counting against it with a parts
 * goal), upgraded as a start does it: migrate, load the shipped frameworks, seed what is missing.
 */
const previousRelease = '2026_11_21_160000_snapshots';

describe.each(testDatabaseDrivers())('upgrading a database from before the editions on %s', (driver) => {
  let handle: DatabaseHandle;
  const standards: { id: number; number: string; codes: string[] }[] = [];

  beforeAll(async () => {
    handle = await createTestDatabase(driver);
    await migrateToVersion(handle.db, previousRelease);
    const db = handle.db;
    // The draft framework as that release stored it: the default, no crosswalk.
    const draft = parseFrameworkFile(await readFile(draftFrameworkPath, 'utf8'), draftFrameworkPath);
    const { rows } = await sql<{ id: number }>`
      insert into framework (key, name_zh, name_en, edition, issued_on, source, is_default)
      values (${draft.key}, ${draft.nameZh}, ${draft.nameEn}, ${draft.edition}, null, ${draft.source}, true)
      returning id`.execute(db);
    const frameworkId = rows[0]?.id;
    for (const node of flattenFrameworkTree(draft)) {
      await sql`
        insert into framework_node (framework_id, code, kind, parent_code, part_code, name_zh, name_en, scope, position)
        values (${frameworkId}, ${node.code}, ${node.kind}, ${node.parentCode}, ${node.partCode}, ${node.nameZh},
          ${node.nameEn}, ${node.scope}, ${node.position})`.execute(db);
    }
    // Its two target sets, as it seeded them (the 2025 set with a parts goal), one edited by an admin.
    await sql`
      insert into target_set (key, name_zh, name_en, source, is_default, standards_goal, standards_stretch,
        window_start, window_end, counted_levels, counted_kinds, enterprises_goal, enterprises_due, parts_goal)
      values
        ('goals-2027-2025-edition', '2027 年目标（2025 年版指南）', '2027 goals (2025 edition)', 'MIIT/SAC', true,
          30, 50, '2025-10-09', '2027-12-31', '{national,industry}', '{new}', 1000, '2027-12-31', 6),
        ('goals-2027-draft-edition', '2027 年目标（征求意见稿）', '2027 goals (draft for comment)', null, false,
          55, null, '2023-01-01', '2027-12-31', '{national,industry}', '{new,revision}', null, null, 6)`.execute(db);
    await sql`
      insert into target_milestone (target_set_id, code, name_zh, name_en, due_on, direction_codes, kinds, tag, position)
      select id, 'cloud-native', '云原生技术与产品标准', 'Cloud-native standard', '2025-12-31', '{02.2.4}',
        '{new,revision}', null, 0
      from target_set where key = 'goals-2027-draft-edition'`.execute(db);
    const fixtures = [
      { number: 'GB/T 70001-2024', codes: ['02.2.4'], level: 'national', on: '2024-06-29' },
      { number: 'GB/T 70002-2025', codes: ['01.1', '06.3.1'], level: 'national', on: '2025-11-01' },
      { number: 'YD/T 70003-2026', codes: ['02.3'], level: 'industry', on: '2026-02-01' },
      { number: 'T/CESA 70004-2026', codes: ['02.5.3', '02.5.1'], level: 'group', on: '2026-03-01' },
    ];
    for (const fixture of fixtures) {
      const inserted = await sql<{ id: number }>`
        insert into standard (number, level, title_zh, kind, published_on)
        values (${fixture.number}, ${fixture.level}, ${`标准 ${fixture.number}`}, 'new', ${fixture.on})
        returning id`.execute(db);
      const id = inserted.rows[0]?.id ?? 0;
      await sql`
        insert into standard_direction (standard_id, direction_id)
        select ${id}, id from framework_node where code in (${sql.join(fixture.codes)})`.execute(db);
      standards.push({ id, number: fixture.number, codes: fixture.codes });
    }

    await migrateToLatest(db);
    await loadShippedFrameworks(db);
    await seedDefaultTargetSets(db);
  });
  afterAll(() => handle.close());

  it('moves the 2025 set to the final framework without a parts goal, audited, and leaves the draft set alone', async () => {
    const sets = await handle.db
      .selectFrom('target_set')
      .select(['key', 'framework_key', 'parts_goal', 'standards_goal', 'is_default', 'version'])
      .orderBy('id')
      .execute();
    expect(sets).toEqual([
      {
        key: 'goals-2027-2025-edition',
        framework_key: 'cloud-computing-2025',
        parts_goal: null,
        standards_goal: 30,
        is_default: true,
        version: 2,
      },
      {
        key: 'goals-2027-draft-edition',
        framework_key: 'cloud-computing-draft',
        parts_goal: 6,
        standards_goal: 55,
        is_default: false,
        version: 1,
      },
    ]);
    const milestones = await handle.db.selectFrom('target_milestone').select(['code', 'direction_codes']).execute();
    expect(milestones).toEqual([{ code: 'cloud-native', direction_codes: ['02.2.4'] }]);
    const audit = await handle.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('entity', '=', 'target_set')
      .execute();
    expect(audit).toEqual([
      {
        action: 'update',
        before: { framework: 'cloud-computing-draft', partsGoal: 6 },
        after: { framework: 'cloud-computing-2025', partsGoal: null },
      },
    ]);
  });

  it('makes the final edition the default and keeps every standard filed as it was, placed in both editions', async () => {
    const defaults = await handle.db.selectFrom('framework').select('key').where('is_default', '=', true).execute();
    expect(defaults).toEqual([{ key: 'cloud-computing-2025' }]);
    const rows = await handle.db
      .selectFrom('standard_direction')
      .innerJoin('framework_node', 'framework_node.id', 'standard_direction.direction_id')
      .select(['standard_direction.standard_id', 'framework_node.code', 'standard_direction.origin'])
      .orderBy('standard_direction.standard_id')
      .orderBy('framework_node.framework_id')
      .orderBy('framework_node.position')
      .execute();
    const of = (id: number | undefined) =>
      rows.filter((row) => row.standard_id === id).map((row) => `${row.origin}:${row.code}`);
    expect(standards.map((s) => of(s.id))).toEqual([
      ['filed:02.2.4', 'derived:B.2.1'],
      ['filed:01.1', 'filed:06.3.1', 'derived:A.1', 'derived:F.4.1'],
      ['filed:02.3'],
      ['filed:02.5.1', 'filed:02.5.3', 'derived:B.4.1'],
    ]);
    // The rollups follow the derived rows: B.2.1 has the 2024 national standard in the final edition's coverage.
    const rollup = await sql<{ code: string; total: number }>`
      select n.code, sum(r.current_delta)::int as total from direction_year_rollup r
      join framework_node n on n.id = r.direction_id where n.code in ('B.2.1', 'A.1', 'B.4.1')
      group by n.code order by n.code`.execute(handle.db);
    expect(rollup.rows).toEqual([
      { code: 'A.1', total: 1 },
      { code: 'B.2.1', total: 1 },
      { code: 'B.4.1', total: 1 },
    ]);
  });
});

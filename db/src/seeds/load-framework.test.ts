import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FrameworkFile } from '@cloudstd/shared/schemas/framework';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connect.ts';
import { createTestDatabase, testDatabaseDrivers } from '../testing.ts';
import {
  draftFrameworkPath,
  finalFrameworkPath,
  FrameworkFileError,
  loadFramework,
  loadFrameworkFromFile,
  loadShippedFrameworks,
  parseFrameworkFile,
} from './load-framework.ts';

async function snapshot(handle: DatabaseHandle) {
  const frameworks = await handle.db.selectFrom('framework').selectAll().orderBy('id').execute();
  const nodes = await handle.db.selectFrom('framework_node').selectAll().orderBy('id').execute();
  const audit = await handle.db.selectFrom('audit_log').select('id').execute();
  return { frameworks, nodes, audit: audit.length };
}

describe.each(testDatabaseDrivers())('loading a framework on %s', (driver) => {
  let handle: DatabaseHandle;
  let draft: FrameworkFile;
  // The draft loaded, for the tests that change it and put it back; the others start empty.
  beforeAll(async () => {
    handle = await createTestDatabase(driver);
    await loadFrameworkFromFile(handle.db, draftFrameworkPath);
    draft = parseFrameworkFile(await readFile(draftFrameworkPath, 'utf8'), draftFrameworkPath);
  });
  afterAll(() => handle.close());

  const withEmptyDatabase = async (use: (empty: DatabaseHandle) => Promise<void>) => {
    const empty = await createTestDatabase(driver);
    try {
      await use(empty);
    } finally {
      await empty.close();
    }
  };

  it('seeds the draft guideline: 6 parts, 12 groups, 50 directions, made the default', () =>
    withEmptyDatabase(async (empty) => {
      const result = await loadFrameworkFromFile(empty.db, draftFrameworkPath);
      expect(result).toEqual({ key: 'cloud-computing-draft', changed: true, directions: 50 });
      const counts = await empty.db
        .selectFrom('framework_node')
        .select(['kind', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('kind')
        .orderBy('kind')
        .execute();
      expect(counts).toEqual([
        { kind: 'direction', count: 50 },
        { kind: 'group', count: 12 },
        { kind: 'part', count: 6 },
      ]);
      const framework = await empty.db.selectFrom('framework').selectAll().executeTakeFirstOrThrow();
      expect(framework.is_default).toBe(true);
    }));

  it('changes nothing when the same file is loaded again', async () => {
    const before = await snapshot(handle);
    const result = await loadFrameworkFromFile(handle.db, draftFrameworkPath);
    expect(result.changed).toBe(false);
    expect(await snapshot(handle)).toEqual(before);
  });

  it('rejects a malformed file with every reason, changing nothing', async () => {
    const before = await snapshot(handle);
    const broken = structuredClone(draft);
    const firstPart = broken.parts[0];
    if (!firstPart?.children?.[0]) throw new Error('fixture');
    firstPart.children[0].code = '07.1';
    firstPart.children.push({ code: '01.9', kind: 'group', nameZh: '空', nameEn: 'Empty' });
    const dir = await mkdtemp(path.join(tmpdir(), 'framework-'));
    const file = path.join(dir, 'broken.json');
    await writeFile(file, JSON.stringify(broken));
    const error = await loadFrameworkFromFile(handle.db, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FrameworkFileError);
    const messages = (error as FrameworkFileError).errors.map((e) => e.messageEn).join('\n');
    expect(messages).toMatch(/07\.1: code must start with its parent's code 01\./);
    expect(messages).toMatch(/01\.9: a part or group needs children/);

    await writeFile(file, '{"key": "x", ');
    await expect(loadFrameworkFromFile(handle.db, file)).rejects.toThrow(/not valid JSON/);
    await writeFile(file, JSON.stringify({ ...draft, unexpected: true, parts: [] }));
    const schemaError = (await loadFrameworkFromFile(handle.db, file).catch((e: unknown) => e)) as FrameworkFileError;
    expect(schemaError.errors.map((e) => e.field).sort()).toEqual(['parts', 'unexpected']);
    expect(await snapshot(handle)).toEqual(before);
  });

  it('brings a framework in line with an edited file, keeping node ids', async () => {
    const edited = structuredClone(draft);
    const terms = edited.parts[0]?.children?.[0];
    if (!terms) throw new Error('fixture');
    terms.nameEn = 'Vocabulary';
    const idBefore = await handle.db
      .selectFrom('framework_node')
      .select('id')
      .where('code', '=', '01.1')
      .executeTakeFirstOrThrow();
    expect((await loadFramework(handle.db, edited)).changed).toBe(true);
    const after = await handle.db
      .selectFrom('framework_node')
      .select(['id', 'name_en'])
      .where('code', '=', '01.1')
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ id: idBefore.id, name_en: 'Vocabulary' });
    await loadFramework(handle.db, draft);
  });

  it('holds a second framework beside the first without taking its default place', () =>
    withEmptyDatabase(async (empty) => {
      await loadFramework(empty.db, draft);
      await loadFrameworkFromFile(empty.db, finalFrameworkPath);
      const rows = await empty.db
        .selectFrom('framework')
        .select(['key', 'is_default', 'issued_on'])
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        { key: 'cloud-computing-draft', is_default: true, issued_on: null },
        { key: 'cloud-computing-2025', is_default: false, issued_on: '2025-10-09' },
      ]);
      await loadFrameworkFromFile(empty.db, finalFrameworkPath, { makeDefault: true });
      const defaults = await empty.db.selectFrom('framework').select('key').where('is_default', '=', true).execute();
      expect(defaults).toEqual([{ key: 'cloud-computing-2025' }]);
    }));

  it('loads both editions at every start, the final one the default, its crosswalk stored once', () =>
    withEmptyDatabase(async (empty) => {
      const results = await loadShippedFrameworks(empty.db);
      expect(results).toEqual([
        { key: 'cloud-computing-draft', changed: true, directions: 50 },
        { key: 'cloud-computing-2025', changed: true, directions: 53 },
      ]);
      const defaults = await empty.db.selectFrom('framework').select('key').where('is_default', '=', true).execute();
      expect(defaults).toEqual([{ key: 'cloud-computing-2025' }]);
      const links = await empty.db
        .selectFrom('direction_crosswalk')
        .innerJoin('framework_node as own', 'own.id', 'direction_crosswalk.direction_id')
        .innerJoin('framework_node as other', 'other.id', 'direction_crosswalk.continues_id')
        .select(['own.code as own', 'other.code as other'])
        .orderBy('own.position')
        .execute();
      expect(links).toHaveLength(48);
      expect(links[0]).toEqual({ own: 'A.1', other: '01.1' });
      const before = await snapshot(empty);
      expect((await loadShippedFrameworks(empty.db)).map((result) => result.changed)).toEqual([false, false]);
      expect(await snapshot(empty)).toEqual(before);
      // An admin's later choice of default survives restarts.
      await loadFramework(empty.db, draft, { makeDefault: true });
      await loadShippedFrameworks(empty.db);
      const kept = await empty.db.selectFrom('framework').select('key').where('is_default', '=', true).execute();
      expect(kept).toEqual([{ key: 'cloud-computing-draft' }]);
    }));

  it('rejects a malformed crosswalk or a code another framework uses, with every reason, writing nothing', () =>
    withEmptyDatabase(async (empty) => {
      await loadFramework(empty.db, draft);
      const final = parseFrameworkFile(await readFile(finalFrameworkPath, 'utf8'), finalFrameworkPath);
      const broken = structuredClone(final);
      if (!broken.crosswalk) throw new Error('fixture');
      broken.crosswalk.directions[0] = { code: 'A.1', continues: ['09.9'] };
      broken.crosswalk.directions[1] = { code: 'A.2', continues: ['02.3'] };
      const before = await snapshot(empty);
      const error = await loadFramework(empty.db, broken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FrameworkFileError);
      const reasons = (error as FrameworkFileError).errors.map((e) => e.messageEn);
      expect(reasons).toEqual(
        expect.arrayContaining([
          '09.9: not a direction of cloud-computing-draft',
          '02.3: both continued and listed as having no successor',
          '01.1: neither continued nor listed as having no successor',
          '01.2: neither continued nor listed as having no successor',
        ]),
      );
      expect((error as FrameworkFileError).errors.every((e) => e.messageZh.length > 0)).toBe(true);

      const clash = { ...structuredClone(draft), key: 'cloud-computing-copy' };
      const clashError = (await loadFramework(empty.db, clash).catch((e: unknown) => e)) as FrameworkFileError;
      expect(clashError.errors).toHaveLength(50 + 12 + 6);
      expect(clashError.errors[0]?.messageEn).toBe(
        '01: the code is already used by framework cloud-computing-draft (codes are unique across frameworks)',
      );
      const orphan = { ...structuredClone(final), crosswalk: { ...final.crosswalk!, framework: 'not-loaded' } };
      const orphanError = (await loadFramework(empty.db, orphan).catch((e: unknown) => e)) as FrameworkFileError;
      expect(orphanError.errors.map((e) => e.messageEn)).toEqual([
        'the framework not-loaded the crosswalk points to is not loaded',
      ]);
      expect(await snapshot(empty)).toEqual(before);
    }));
});

import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './testing.ts';

/** The tests' PGlite copies are reused; each must still begin exactly as the image, whatever the last test did. */
describe('a reused PGlite copy', () => {
  const addUser = (handle: Awaited<ReturnType<typeof createTestDatabase>>, username: string) =>
    handle.db
      .insertInto('app_user')
      .values({ username, password_hash: 'x', role: 'viewer', disabled: false })
      .returning('id')
      .executeTakeFirstOrThrow();
  const migrations = async (handle: Awaited<ReturnType<typeof createTestDatabase>>) =>
    (await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(handle.db)).rows[0]?.n;

  it('comes back as the image: rows gone, sequences restarted, the old handle dead', async () => {
    const first = await createTestDatabase('pglite');
    const imageMigrations = await migrations(first);
    expect(imageMigrations).toBeGreaterThan(0);
    const { id: firstId } = await addUser(first, 'left-behind');
    await addUser(first, 'also-left-behind');
    await first.close();
    await expect(first.db.selectFrom('app_user').selectAll().execute()).rejects.toThrow();

    const second = await createTestDatabase('pglite');
    try {
      if (!('pglite' in second) || !('pglite' in first)) throw new Error('expected PGlite handles');
      expect(second.pglite).toBe(first.pglite);
      expect(await second.db.selectFrom('app_user').selectAll().execute()).toEqual([]);
      expect(await migrations(second)).toBe(imageMigrations);
      expect((await addUser(second, 'fresh')).id).toBe(firstId);
    } finally {
      await second.close();
    }
  });

  it('is dropped, and a fresh one loaded, when a test changed the schema', async () => {
    const altered = await createTestDatabase('pglite');
    await sql`create table scratch (x int)`.execute(altered.db);
    await altered.close();

    const next = await createTestDatabase('pglite');
    try {
      if (!('pglite' in next) || !('pglite' in altered)) throw new Error('expected PGlite handles');
      expect(next.pglite).not.toBe(altered.pglite);
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from pg_tables where tablename = 'scratch'`.execute(next.db);
      expect(rows[0]?.n).toBe(0);
    } finally {
      await next.close();
    }
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, backupPglite, backupPostgres, restorePglite, restorePostgres } from './backup.ts';
import { openDatabase } from './connect.ts';
import { migrateToLatest } from './migrate.ts';
import { loadShippedFrameworks } from './seeds/load-framework.ts';
import { seedDefaultTargetSets } from './seeds/target-sets.ts';
import type { Database } from './tables.ts';

/** Every table's row count. */
async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    counts[name] = rows[0]?.n ?? -1;
  }
  return counts;
}

async function fill(db: Kysely<Database>): Promise<void> {
  await migrateToLatest(db);
  await loadShippedFrameworks(db);
  await seedDefaultTargetSets(db);
  await db
    .insertInto('app_user')
    .values({ username: 'kept', password_hash: 'x', role: 'admin', disabled: false })
    .execute();
}

describe('backup and restore of the embedded database', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cloudstd-backup-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('restores into an empty directory with identical row counts, and refuses a newer schema or a used directory', async () => {
    const source = path.join(dir, 'source');
    const handle = await openDatabase({ driver: 'pglite', dataDir: source });
    await fill(handle.db);
    const counts = await rowCounts(handle.db);
    // While the app holds the directory, the backup waits its turn (refused).
    await expect(backupPglite(source, path.join(dir, 'busy.tar'))).rejects.toThrow(/in use/);
    await handle.close();

    const file = path.join(dir, 'backup.tar');
    await backupPglite(source, file);
    const target = path.join(dir, 'restored');
    await restorePglite(file, target);
    const restored = await openDatabase({ driver: 'pglite', dataDir: target });
    expect(await rowCounts(restored.db)).toEqual(counts);
    expect(counts.app_user).toBe(1);
    // A newer version's backup: one migration more than this version knows.
    await restored.db
      .insertInto('kysely_migration' as never)
      .values({ name: '2099_01_01_000000_future', timestamp: new Date().toISOString() })
      .execute();
    await restored.close();
    const newer = path.join(dir, 'newer.tar');
    await backupPglite(target, newer);
    await expect(restorePglite(newer, path.join(dir, 'other'))).rejects.toThrow(/newer version/);
    await expect(restorePglite(file, target)).rejects.toBeInstanceOf(BackupError);
  }, 300_000);
});

describe.runIf(process.env.TEST_DATABASE_URL)('backup and restore on PostgreSQL', () => {
  it('restores a pg_dump into an empty database with identical row counts', async () => {
    const server = process.env.TEST_DATABASE_URL ?? '';
    const names = ['source', 'target'].map((role) => `cloudstd_backup_${role}_${process.pid}`);
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    const urlOf = (name: string) => {
      const url = new URL(server);
      url.pathname = `/${name}`;
      return url.toString();
    };
    try {
      for (const name of names) await admin.query(`create database ${name}`);
      const source = await openDatabase({ driver: 'postgres', databaseUrl: urlOf(names[0] ?? ''), poolSize: 2 });
      await fill(source.db);
      const counts = await rowCounts(source.db);
      const file = path.join(tmpdir(), `cloudstd-backup-${process.pid}.dump`);
      await backupPostgres(urlOf(names[0] ?? ''), file);
      await source.close();
      await restorePostgres(file, urlOf(names[1] ?? ''));
      const target = await openDatabase({ driver: 'postgres', databaseUrl: urlOf(names[1] ?? ''), poolSize: 2 });
      expect(await rowCounts(target.db)).toEqual(counts);
      await target.close();
      await expect(restorePostgres(file, urlOf(names[1] ?? ''))).rejects.toThrow(/already holds tables/);
      await rm(file, { force: true });
    } finally {
      for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 120_000);
});

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, openDatabase, type DatabaseHandle } from './connect.ts';
import { migrateToLatest } from './migrate.ts';
import { createTestDatabase, testDatabaseDrivers } from './testing.ts';

describe.each(testDatabaseDrivers())('column types on %s', (driver) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(driver);
  });
  afterAll(() => handle.close());

  it('runs east of UTC, where a Date-parsed date would slip a day', () => {
    expect(process.env.TZ).toBe('Asia/Shanghai');
    expect(new Date(2025, 9, 9).toISOString()).toBe('2025-10-08T16:00:00.000Z');
  });

  it('returns date as YYYY-MM-DD, int8 and numeric as numbers, timestamptz as Date', async () => {
    const { rows } = await sql<{ d: unknown; nothing: unknown; c: unknown; big: unknown; n: unknown; t: unknown }>`
      select date '2025-10-09' as d, null::date as nothing, count(*) as c, 9007199254740991::int8 as big,
             12.5::numeric as n, timestamptz '2025-10-09 00:30:00+08' as t
      from generate_series(1, 3)`.execute(handle.db);
    const row = rows[0];
    expect(row?.d).toBe('2025-10-09');
    expect(row?.nothing).toBeNull();
    expect(row?.c).toBe(3);
    expect(row?.big).toBe(Number.MAX_SAFE_INTEGER);
    expect(row?.n).toBe(12.5);
    expect(row?.t).toBeInstanceOf(Date);
    expect((row?.t as Date).toISOString()).toBe('2025-10-08T16:30:00.000Z');
  });

  it('round-trips a date through a date column unchanged', async () => {
    await handle.db
      .insertInto('framework')
      .values({
        key: 'dates',
        name_zh: '日期',
        name_en: 'Dates',
        edition: 'x',
        issued_on: '2027-12-31',
        source: null,
        is_default: false,
      })
      .execute();
    const row = await handle.db
      .selectFrom('framework')
      .select('issued_on')
      .where('key', '=', 'dates')
      .executeTakeFirst();
    expect(row?.issued_on).toBe('2027-12-31');
  });

  it.runIf(driver === 'postgres')(
    'stops runaway statements at the statement timeout',
    async () => {
      const error = await sql`select pg_sleep(6)`.execute(handle.db).then(
        () => null,
        (e: unknown) => e as { code?: string },
      );
      expect(error?.code).toBe('57014');
    },
    15_000,
  );
});

describe('embedded database on disk', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cloudstd-db-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps data across a restart, and refuses a second process while one holds the directory', async () => {
    const first = await openDatabase({ driver: 'pglite', dataDir });
    await migrateToLatest(first.db);
    await first.db
      .insertInto('app_user')
      .values({ username: 'kept', password_hash: 'x', role: 'viewer', disabled: false })
      .execute();

    const second = openDatabase({ driver: 'pglite', dataDir });
    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(second).rejects.toThrow(/in use by another process/);
    await first.close();

    const reopened = await openDatabase({ driver: 'pglite', dataDir });
    await migrateToLatest(reopened.db);
    const users = await reopened.db.selectFrom('app_user').select('username').execute();
    expect(users).toEqual([{ username: 'kept' }]);
    await reopened.close();
    // An initdb and two starts on disk: seconds of CPU each, over a minute on a loaded two-core machine.
  }, 180_000);
});

describe('embedded database after kill -9', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cloudstd-db-kill-'));
    const handle = await openDatabase({ driver: 'pglite', dataDir });
    await migrateToLatest(handle.db);
    await handle.close();
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  /**
   * A process that holds the directory and writes 2,000 users in one transaction, in batches, saying
   * `writing` once it has begun: killed with SIGKILL somewhere inside that transaction.
   */
  const writer = () => {
    const script = `
      import { openDatabase } from ${JSON.stringify(new URL('./connect.ts', import.meta.url).pathname)};
      const handle = await openDatabase({ driver: 'pglite', dataDir: ${JSON.stringify(dataDir)} });
      await handle.db.transaction().execute(async (trx) => {
        for (let batch = 0; batch < 20; batch++) {
          await trx.insertInto('app_user').values(Array.from({ length: 100 }, (_, i) => ({
            username: 'killed-' + process.pid + '-' + (batch * 100 + i), password_hash: 'x', role: 'viewer', disabled: false,
          }))).execute();
          if (batch === 0) console.log('writing');
        }
      });
      console.log('committed');
      await new Promise(() => {});`;
    return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  };

  it('reopens at once after the holder is killed mid-transaction, with all or nothing of its write', async () => {
    for (let round = 0; round < 2; round++) {
      const child = writer();
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('writing')) resolve();
        });
        child.once('exit', () => reject(new Error('the writer exited early')));
      });
      // While it lives, the directory is refused.
      await expect(openDatabase({ driver: 'pglite', dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      const started = Date.now();
      const reopened = await openDatabase({ driver: 'pglite', dataDir });
      expect(Date.now() - started).toBeLessThan(5000);
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from app_user where username like ${`killed-${child.pid}-%`}`.execute(reopened.db);
      expect([0, 2000]).toContain(rows[0]?.n);
      await reopened.close();
    }
  }, 120_000);
});

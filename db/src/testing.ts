import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseDriver, type DatabaseHandle } from './connect.ts';
import { migrateToLatest } from './migrate.ts';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server the tests may create databases on. */
export function testDatabaseDrivers(): DatabaseDriver[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new PostgreSQL database
 * created on TEST_DATABASE_URL's server and dropped again by `close()`.
 */
export async function createTestDatabase(
  driver: DatabaseDriver,
  poolOptions: { poolSize?: number; statementTimeoutMs?: number } = {},
): Promise<DatabaseHandle> {
  if (driver === 'pglite') {
    const handle = await openDatabase({ driver: 'pglite', dataDir: null });
    await migrateToLatest(handle.db);
    return handle;
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `cloudstd_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ driver: 'postgres', databaseUrl: url.toString(), poolSize: 5, ...poolOptions });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await withAdminClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdminClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

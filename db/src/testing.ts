import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PGliteDialect } from 'kysely';
import pg from 'pg';
import { createPglite, openDatabase, type DatabaseDriver, type DatabaseHandle } from './connect.ts';
import { migrateToLatest } from './migrate.ts';
import type { Database } from './tables.ts';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server the tests may create databases on. */
export function testDatabaseDrivers(): DatabaseDriver[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** What a test file's database holds before its tests run: the latest schema, then what `prepare` adds. */
export interface TestDatabaseImage {
  /** Unique per image: its key in the run's list of made images. */
  name: string;
  prepare(db: Kysely<Database>): Promise<void>;
}

export const migratedImage: TestDatabaseImage = { name: 'migrated', prepare: () => Promise.resolve() };

interface PoolOptions {
  poolSize?: number;
  statementTimeoutMs?: number;
}

/** Where the global set-up left each image: a PGlite data-directory dump, a PostgreSQL template database. */
type MadeImages = Record<string, Partial<Record<DatabaseDriver, string>>>;

/** Test processes inherit it from the global set-up (an environment variable outlives vitest's workers). */
const MADE_IMAGES_VARIABLE = 'CLOUDSTD_TEST_DATABASE_IMAGES';

function madeImage(image: TestDatabaseImage, driver: DatabaseDriver): string | undefined {
  const made = process.env[MADE_IMAGES_VARIABLE];
  return made ? (JSON.parse(made) as MadeImages)[image.name]?.[driver] : undefined;
}

/**
 * A fresh database for one test file (in-memory PGlite, or a new PostgreSQL database on
 * TEST_DATABASE_URL's server that `close()` drops) holding `image`: copied from the image the global
 * set-up made once per run, or, outside such a run (the benches), migrated and prepared here.
 */
export async function createTestDatabase(
  driver: DatabaseDriver,
  poolOptions: PoolOptions = {},
  image: TestDatabaseImage = migratedImage,
): Promise<DatabaseHandle> {
  const made = madeImage(image, driver);
  const handle =
    driver === 'pglite'
      ? await openPgliteCopy(made)
      : await createPostgresDatabase({ template: made, poolSize: 5, ...poolOptions });
  if (made === undefined) {
    await migrateToLatest(handle.db);
    await image.prepare(handle.db);
  }
  return handle;
}

async function openPgliteCopy(dumpFile: string | undefined) {
  const pglite = await createPglite(dumpFile ? { loadDataDir: new Blob([await readFile(dumpFile)]) } : {});
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  // Kysely closes PGlite only if it ever queried it; a handle closed unused must close it too.
  const close = async () => {
    await db.destroy();
    if (!pglite.closed) await pglite.close();
  };
  return { pglite, db, driver: 'pglite' as const, close };
}

async function createPostgresDatabase(options: PoolOptions & { template?: string | undefined }) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `cloudstd_test_${randomBytes(6).toString('hex')}`;
  const template = options.template ? ` template ${options.template}` : '';
  await withAdminClient(serverUrl, (client) => client.query(`create database ${name}${template}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ driver: 'postgres', databaseUrl: url.toString(), ...options });
  return {
    ...handle,
    name,
    close: async () => {
      await handle.close();
      await dropPostgresDatabase(name);
    },
  };
}

async function dropPostgresDatabase(name: string): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  await withAdminClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
}

/**
 * For vitest's global set-up: makes each image once per run on each driver (initdb, migrations and
 * seeds cost seconds; copying a made image costs a fraction), tells the test processes where they
 * are, and answers the teardown that removes them.
 */
export async function makeTestDatabaseImages(images: TestDatabaseImage[]): Promise<() => Promise<void>> {
  const dumpDir = await mkdtemp(path.join(tmpdir(), 'cloudstd-test-images-'));
  const templates: string[] = [];
  const teardown = async () => {
    await Promise.all(templates.map(dropPostgresDatabase));
    await rm(dumpDir, { recursive: true, force: true });
    delete process.env[MADE_IMAGES_VARIABLE];
  };
  try {
    // One after the other: PGlite holds this process's event loop while it works, which would leave
    // a PostgreSQL transaction idle long enough for the server to end it.
    const dumpFiles = await makeImages(images, (image, base) => makePgliteImage(image, dumpDir, base));
    const templateNames = testDatabaseDrivers().includes('postgres')
      ? await makeImages(images, (image, base) => makePostgresImage(image, templates, base))
      : undefined;
    const made: MadeImages = {};
    for (const image of images)
      made[image.name] = { pglite: dumpFiles.get(image), postgres: templateNames?.get(image) };
    process.env[MADE_IMAGES_VARIABLE] = JSON.stringify(made);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

type MakeImage = (image: TestDatabaseImage, base?: string) => Promise<string>;

/** The migrated schema once, then every other image from a copy of it. */
async function makeImages(images: TestDatabaseImage[], make: MakeImage): Promise<Map<TestDatabaseImage, string>> {
  const base = await make(migratedImage);
  const made = new Map([[migratedImage, base]]);
  for (const image of images) if (!made.has(image)) made.set(image, await make(image, base));
  return made;
}

async function makePgliteImage(image: TestDatabaseImage, dumpDir: string, base?: string): Promise<string> {
  const { pglite, db } = await openPgliteCopy(base);
  try {
    if (base === undefined) await migrateToLatest(db);
    await image.prepare(db);
    const dumpFile = path.join(dumpDir, `${image.name}.tar`);
    await writeFile(dumpFile, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
    return dumpFile;
  } finally {
    await db.destroy();
  }
}

async function makePostgresImage(image: TestDatabaseImage, templates: string[], base?: string): Promise<string> {
  const { db, name } = await createPostgresDatabase({ template: base, poolSize: 1 });
  templates.push(name);
  try {
    if (base === undefined) await migrateToLatest(db);
    await image.prepare(db);
  } finally {
    await db.destroy();
  }
  return name;
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

import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PGliteDialect } from 'kysely';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
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

/*
 * Opening a PGlite copy of an image costs about two seconds of CPU (unpacking the data directory and
 * starting the backend), and test files and beforeEach hooks open dozens. So a copy that a test has
 * closed stays open in this process (vitest's workers keep modules from file to file) and is put back
 * to its image when it is next taken: every table truncated and refilled from a copy of the image's rows
 * kept inside it, the sequences set back, the session reset. A copy whose schema a test changed, or that
 * a test closed, is dropped and the next one is loaded afresh.
 */
const idleCopies = new Map<string, PgliteCopy[]>();
/** Enough for the files that hold two databases at once. */
const maxIdleCopiesPerImage = 2;

interface PgliteCopy {
  pglite: PGlite;
  /** The image's sequences and schema, as the copy was loaded. */
  image: ImageState;
}

async function openPgliteCopy(dumpFile: string | undefined) {
  let copy: PgliteCopy | undefined;
  for (let idle = dumpFile ? idleCopies.get(dumpFile)?.pop() : undefined; idle && !copy;) {
    if (await resetToImage(idle)) copy = idle;
    else {
      if (!idle.pglite.closed) await idle.pglite.close();
      idle = idleCopies.get(dumpFile!)?.pop();
    }
  }
  if (!copy) {
    const pglite = await loadPglite(dumpFile);
    copy = { pglite, image: dumpFile ? await keepImage(pglite) : emptyImageState };
  }
  const { pglite } = copy;
  // Kysely closes the PGlite it was given when destroyed; this one outlives it, back in the pool.
  const { lent, revoke } = lentPglite(pglite);
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite: lent }) });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await db.destroy();
    revoke();
    if (pglite.closed) return;
    const idle = dumpFile ? (idleCopies.get(dumpFile) ?? []) : [];
    if (dumpFile && idle.length < maxIdleCopiesPerImage) idleCopies.set(dumpFile, [...idle, copy]);
    else await pglite.close();
  };
  return { pglite, db, driver: 'pglite' as const, close };
}

/** A new PGlite holding the dumped data directory, or an empty cluster. */
async function loadPglite(dumpFile: string | undefined): Promise<PGlite> {
  return createPglite(dumpFile ? { loadDataDir: new Blob([await readFile(dumpFile)]) } : {});
}

/**
 * The PGlite a test's Kysely gets: closing it does nothing (the copy goes back to the pool), and once the
 * handle is closed every use fails, as a closed database does, so nothing of a finished test reaches the next.
 */
function lentPglite(pglite: PGlite): { lent: PGlite; revoke: () => void } {
  const { proxy, revoke } = Proxy.revocable(pglite, {
    get(target, property) {
      if (property === 'close') return () => Promise.resolve();
      const value: unknown = Reflect.get(target, property, target);
      // PGlite's methods use private fields: they must run on the instance, not the proxy.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { lent: proxy, revoke };
}

interface ImageState {
  tables: string[];
  sequences: { name: string; lastValue: number | null }[];
  schema: string;
}
const emptyImageState: ImageState = { tables: [], sequences: [], schema: '' };

/** The schema's shape, compared before a reset: a test that altered it leaves a copy that is not the image. */
async function schemaFingerprint(pglite: PGlite): Promise<string> {
  const { rows } = await pglite.query<{ fingerprint: string }>(`
    select concat_ws('|',
      (select string_agg(table_name || '.' || column_name || ':' || data_type, ',' order by table_name, column_name)
         from information_schema.columns where table_schema = 'public'),
      (select string_agg(indexname, ',' order by indexname) from pg_indexes where schemaname = 'public'),
      (select string_agg(tgname, ',' order by tgname) from pg_trigger where not tgisinternal),
      (select string_agg(p.proname || md5(p.prosrc), ',' order by p.proname)
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public')
    ) as fingerprint`);
  return rows[0]?.fingerprint ?? '';
}

/** Keeps a copy of every table's rows in the schema `test_image`, and the sequences, of a freshly loaded image. */
async function keepImage(pglite: PGlite): Promise<ImageState> {
  const tables = (
    await pglite.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    )
  ).rows.map((row) => row.name);
  const sequences = (
    await pglite.query<{ name: string; last_value: number | null }>(
      `select sequencename as name, last_value from pg_sequences where schemaname = 'public' order by sequencename`,
    )
  ).rows.map((row) => ({ name: row.name, lastValue: row.last_value === null ? null : Number(row.last_value) }));
  await pglite.exec(
    ['create schema test_image;', ...tables.map((t) => `create table test_image."${t}" as table public."${t}";`)].join(
      '\n',
    ),
  );
  return { tables, sequences, schema: await schemaFingerprint(pglite) };
}

/** Puts an idle copy back to its image; false when it cannot be (closed, or its schema changed). */
async function resetToImage({ pglite, image }: PgliteCopy): Promise<boolean> {
  if (pglite.closed) return false;
  try {
    // A test that failed mid-transaction may have left one open.
    await pglite.exec('rollback');
    if ((await schemaFingerprint(pglite)) !== image.schema) return false;
    const quoted = image.tables.map((t) => `public."${t}"`).join(', ');
    await pglite.exec(
      [
        // Triggers (rollups, foreign keys) stay quiet: the rows come back exactly as the image held them.
        `set session_replication_role = replica;`,
        `truncate ${quoted};`,
        ...image.tables.map(
          (t) => `insert into public."${t}" overriding system value select * from test_image."${t}";`,
        ),
        ...image.sequences.map(
          ({ name, lastValue }) =>
            `select setval('public."${name}"', ${lastValue ?? 1}, ${lastValue === null ? 'false' : 'true'});`,
        ),
        `reset all;`,
      ].join('\n'),
    );
    return true;
  } catch {
    return false;
  }
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
  // Loaded directly, not through the tests' pool: the dump must hold the image and nothing the pool adds.
  const pglite = await loadPglite(base);
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  try {
    if (base === undefined) await migrateToLatest(db);
    await image.prepare(db);
    const dumpFile = path.join(dumpDir, `${image.name}.tar`);
    await writeFile(dumpFile, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
    return dumpFile;
  } finally {
    await db.destroy();
    if (!pglite.closed) await pglite.close();
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

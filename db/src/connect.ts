import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite, types as pgliteTypes, type PGliteOptions } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import type { Database } from './tables.ts';

export type DatabaseDriver = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  driver: DatabaseDriver;
  /** The embedded engine itself (PGlite only), for a consistent snapshot with `dumpDataDir`. */
  pglite?: PGlite;
  /** The server's address (PostgreSQL only), for `pg_dump`. */
  databaseUrl?: string;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | {
      driver: 'postgres';
      databaseUrl: string;
      poolSize?: number;
      statementTimeoutMs?: number;
      /**
       * Told when the server drops a pooled connection, idle or checked out (a terminated backend, a restart,
       * a failover, a dropped network path); default: ignored. The query running on it, if any, fails on its own.
       */
      onConnectionError?: (error: Error) => void;
    }
  /**
   * `dataDir: null` keeps the database in memory (tests); `loadDataDir` fills an empty directory from a
   * `dumpDataDir` tarball (a restore).
   */
  | { driver: 'pglite'; dataDir: string | null; loadDataDir?: Blob };

export class DataDirLockedError extends Error {
  constructor(dataDir: string) {
    super(
      `The data directory ${dataDir} is in use by another process. The embedded database allows one process at a time: ` +
        `stop the other one, or set DATABASE_URL to use PostgreSQL for several processes.`,
    );
  }
}

/*
 * Type decisions, the same on both drivers (pinned by db/src/connect.test.ts):
 * - date → 'YYYY-MM-DD' string: pg would build a local-midnight Date, off by a day east or west of UTC.
 * - int8 (count(*), bigserial) and numeric → JS number: our counts and ids stay far below 2^53.
 * - timestamptz → Date.
 * PGlite runs queries on the main thread and cannot interrupt them, so the statement timeout
 * is PostgreSQL's alone; PGlite's protection is keeping every query small (indexes, rollups).
 */
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const identity = (value: string): string => value;

const postgresTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) => {
    if (oid === DATE_OID) return identity;
    if (oid === INT8_OID || oid === NUMERIC_OID) return Number;
    return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.driver === 'postgres' ? openPostgres(config) : openPglite(config.dataDir, config.loadDataDir);
}

function openPostgres(config: Extract<DatabaseConfig, { driver: 'postgres' }>): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    max: config.poolSize ?? 10,
    // An exhausted pool or a runaway query must answer 503 quickly, never hang a request.
    connectionTimeoutMillis: 2000,
    statement_timeout: config.statementTimeoutMs ?? 5000,
    idle_in_transaction_session_timeout: 10_000,
    types: postgresTypes,
  });
  // An 'error' event without a listener crashes the process. The pool listens on idle connections only;
  // a checked-out one (a transaction between statements, a query being read) needs its own listener.
  // The failed query rejects by itself, the pool discards the broken connection on release and opens
  // a new one for the next query: no restart is needed after a terminated backend or a server restart.
  const onConnectionError = (error: Error) => config.onConnectionError?.(error);
  pool.on('error', onConnectionError);
  pool.on('connect', (client) => {
    client.on('error', onConnectionError);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, driver: 'postgres', databaseUrl: config.databaseUrl, close: () => db.destroy() };
}

/**
 * PGlite has one connection; a second process opening the same files corrupts them. The lock is
 * proper-lockfile's (a directory beside the data, refreshed every 5 s) plus the holder's PID in a file
 * beside it: a lock whose holder is no longer running (a kill -9, a power cut) is stale at once, so a
 * restart never waits for the lock's 15 s timeout.
 */
async function lockDataDir(pgliteDir: string, shownDir: string): Promise<() => Promise<void>> {
  const pidFile = `${pgliteDir}.pid`;
  // Staleness is the PID's to tell: PGlite can hold the event loop for long stretches (a big query), and
  // a lock judged stale by its age alone would let a second process in beside a live one.
  const options = { stale: 3_600_000, update: 60_000, realpath: false };
  const locked = async () => {
    const release = await lockfile.lock(pgliteDir, options);
    heldDataDirs.add(pgliteDir);
    await writeFile(pidFile, String(process.pid));
    return async () => {
      heldDataDirs.delete(pgliteDir);
      await rm(pidFile, { force: true });
      await release();
    };
  };
  try {
    return await locked();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const holder = Number(await readFile(pidFile, 'utf8').catch(() => ''));
    if (heldDataDirs.has(pgliteDir)) throw new DataDirLockedError(shownDir);
    if (!Number.isInteger(holder) || holder <= 0) {
      // No PID (a lock from an older version, or a crash between lock and PID): its age decides.
      const lockAge = Date.now() - (await stat(`${pgliteDir}.lock`).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
      if (lockAge < 30_000) throw new DataDirLockedError(shownDir);
    } else if (holder !== process.pid && isRunning(holder)) {
      // (Our own PID on a lock we do not hold is a previous life of it: a restarted container.)
      throw new DataDirLockedError(shownDir);
    }
    // The holder died without releasing: its lock is stale.
    await rm(`${pgliteDir}.lock`, { recursive: true, force: true });
    try {
      return await locked();
    } catch (retryError) {
      if ((retryError as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(shownDir);
      throw retryError;
    }
  }
}

/** The data directories this process holds (a second open in the same process is refused too). */
const heldDataDirs = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A PGlite instance that parses types as above (the tests open theirs from a dumped data directory). */
export function createPglite(options: Omit<PGliteOptions, 'parsers'> = {}): Promise<PGlite> {
  return PGlite.create({
    ...options,
    parsers: { [pgliteTypes.DATE]: identity, [pgliteTypes.INT8]: Number, [pgliteTypes.NUMERIC]: Number },
  });
}

async function openPglite(dataDir: string | null, loadDataDir?: Blob): Promise<DatabaseHandle> {
  let release: (() => Promise<void>) | undefined;
  let pgliteDir: string | undefined;
  if (dataDir !== null) {
    pgliteDir = path.resolve(dataDir, 'pglite');
    await mkdir(pgliteDir, { recursive: true });
    release = await lockDataDir(pgliteDir, path.resolve(dataDir));
  }
  try {
    const pglite = await createPglite({
      ...(pgliteDir ? { dataDir: pgliteDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
    return {
      db,
      driver: 'pglite',
      pglite,
      close: async () => {
        await db.destroy();
        await release?.();
      },
    };
  } catch (error) {
    await release?.();
    throw error;
  }
}

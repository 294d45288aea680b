import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createPglite, openDatabase, type DatabaseHandle } from './connect.ts';
import { knownMigrationNames } from './migrate.ts';

/** A backup or restore that cannot go ahead; its message says why and what to do. */
export class BackupError extends Error {}

/** A backup from a newer version of the app has migrations this version does not know: refuse it. */
function refuseNewerSchema(migrations: readonly string[]): void {
  const unknown = migrations.filter((name) => !knownMigrationNames.includes(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `The backup comes from a newer version of the app (its schema has ${unknown.join(', ')}, unknown to this ` +
        `version, which ends at ${knownMigrationNames.at(-1) ?? '-'}): upgrade the app, then restore.`,
    );
  }
}

/**
 * PGlite: a consistent snapshot of the data directory (`dumpDataDir`, a tar file). It opens the directory
 * like the app, so it refuses while the app runs: stop the app, back up, start it again.
 */
export async function backupPglite(dataDir: string, file: string): Promise<void> {
  const handle = await openDatabase({ driver: 'pglite', dataDir });
  try {
    if (!handle.pglite) throw new BackupError('not an embedded database');
    const dump = await handle.pglite.dumpDataDir('none');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
}

/** PGlite: fills an empty data directory from a backup, after checking its schema is not newer. */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  const pgliteDir = path.resolve(dataDir, 'pglite');
  if (existsSync(pgliteDir) && (await readdir(pgliteDir)).length > 0) {
    throw new BackupError(`${path.resolve(dataDir)} already holds a database: restore into an empty data directory.`);
  }
  const dump = new Blob([await readFile(file)]);
  const probe = await createPglite({ loadDataDir: dump });
  try {
    const { rows } = await probe.query<{ name: string }>('select name from kysely_migration order by name');
    refuseNewerSchema(rows.map((row) => row.name));
  } finally {
    await probe.close();
  }
  const handle = await openDatabase({ driver: 'pglite', dataDir, loadDataDir: dump });
  await handle.close();
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', (error) => reject(new BackupError(`${command} could not run: ${error.message}`)));
    child.once('exit', (code) => {
      if (code === 0) resolve(out);
      else reject(new BackupError(`${command} failed (exit ${String(code)}): ${err.trim()}`));
    });
  });
}

/** PostgreSQL: `pg_dump`'s custom format, consistent while the app runs. */
export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${databaseUrl}`]);
}

/** PostgreSQL: `pg_restore` into an empty database, after checking the backup's schema is not newer. */
export async function restorePostgres(file: string, databaseUrl: string): Promise<void> {
  const copy = await run('pg_restore', ['--data-only', '--table=kysely_migration', '--file=-', file]);
  const lines = copy.split('\n');
  const start = lines.findIndex((line) => line.startsWith('COPY ') && line.includes('kysely_migration'));
  const end = lines.indexOf('\\.', start);
  refuseNewerSchema(start === -1 ? [] : lines.slice(start + 1, end).map((line) => line.split('\t')[0] ?? ''));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "select count(*) as n from information_schema.tables where table_schema = 'public'",
    );
    if (Number(rows[0]?.n) > 0)
      throw new BackupError('The database already holds tables: restore into an empty database.');
  } finally {
    await client.end();
  }
  await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${databaseUrl}`, file]);
}

/** What a running app backs up: its PGlite engine, or the PostgreSQL database `pg_dump` reads. */
export type LiveBackupSource = { driver: 'pglite'; pglite: PGlite } | { driver: 'postgres'; databaseUrl: string };

export function liveBackupSourceOf(handle: DatabaseHandle): LiveBackupSource | null {
  if (handle.driver === 'pglite') return handle.pglite ? { driver: 'pglite', pglite: handle.pglite } : null;
  return handle.databaseUrl ? { driver: 'postgres', databaseUrl: handle.databaseUrl } : null;
}

/** A backup being sent: its bytes, in the format `npm run db:restore` reads, and the file extension. */
export interface LiveBackup {
  extension: 'tar' | 'dump';
  stream: Readable;
}

/**
 * A backup of the running database, in the format `npm run db:restore` reads. PGlite: the data-directory
 * snapshot, taken after a checkpoint inside a transaction of its own, so no other transaction is part-way
 * (PGlite runs one at a time). PostgreSQL:
 * `pg_dump --format=custom` streamed as it writes (consistent by itself); it resolves once the first
 * bytes arrive, so a `pg_dump` that cannot run or connect fails here, before anything is sent.
 */
export async function openLiveBackup(source: LiveBackupSource): Promise<LiveBackup> {
  if (source.driver === 'pglite') {
    const { pglite } = source;
    const dump = await pglite.transaction(async (trx) => {
      await trx.query('checkpoint');
      return pglite.dumpDataDir('none');
    });
    return { extension: 'tar', stream: Readable.from(Buffer.from(await dump.arrayBuffer())) };
  }
  return { extension: 'dump', stream: await startPgDump(source.databaseUrl) };
}

function startPgDump(databaseUrl: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const child = spawn('pg_dump', ['--format=custom', '--no-owner', `--dbname=${databaseUrl}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = new PassThrough();
    let started = false;
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.pipe(out, { end: false });
    child.stdout.once('data', () => {
      started = true;
      resolve(out);
    });
    // A reader that goes away (the download cancelled) ends the dump.
    out.once('close', () => child.kill());
    child.once('error', (error) => reject(new BackupError(`pg_dump could not run: ${error.message}`)));
    child.once('close', (code) => {
      const failure = code === 0 ? null : new BackupError(`pg_dump failed (exit ${String(code)}): ${err.trim()}`);
      if (!started) reject(failure ?? new BackupError('pg_dump wrote nothing'));
      else if (failure) out.destroy(failure);
      else out.end();
    });
  });
}

import { execFile as execFileCallback } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFile = promisify(execFileCallback);

/** A PostgreSQL cluster of a test's own (initdb in a temporary directory, a free port), to stop and start at will. */
export interface PrivateCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** A fast shutdown and a start: the server ends every connection and comes back on the same port. */
  restart(): Promise<void>;
  destroy(): Promise<void>;
}

/** The directory holding initdb and pg_ctl: PG_BIN_DIR, else Debian's newest /usr/lib/postgresql/<n>/bin. */
function findBinDir(): string | null {
  const candidates = process.env.PG_BIN_DIR
    ? [process.env.PG_BIN_DIR]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : [];
  return candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

/** PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` account. */
async function clusterUser(): Promise<{ uid: number; gid: number } | null | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number((await execFile('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await execFile('id', ['-g', 'postgres'])).stdout.trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Starts a private cluster, or answers why it cannot (no PostgreSQL binaries, or running as root with
 * no `postgres` account). Never touches the machine's own PostgreSQL.
 */
export async function startPrivateCluster(): Promise<PrivateCluster | { unavailable: string }> {
  const binDir = findBinDir();
  if (binDir === null)
    return { unavailable: 'no initdb/pg_ctl (set PG_BIN_DIR or install PostgreSQL server binaries)' };
  const user = await clusterUser();
  if (user === null) return { unavailable: 'running as root without a postgres account to run the cluster as' };
  const dir = await mkdtemp(path.join(tmpdir(), 'cloudstd-pg-cluster-'));
  if (user) await chown(dir, user.uid, user.gid);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const run = (command: string, args: string[]) =>
    execFile(path.join(binDir, command), args, { ...(user ?? {}), cwd: dir, timeout: 60_000 });
  const pgCtl = (...args: string[]) => run('pg_ctl', ['-D', dataDir, '-w', '-t', '30', ...args]);
  const start = () =>
    pgCtl(
      '-l',
      path.join(dir, 'server.log'),
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`,
      'start',
    );
  try {
    await run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    await start();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => void (await pgCtl('-m', 'fast', 'stop')),
    start: async () => void (await start()),
    // Stop and start (not `pg_ctl restart`, whose new server would keep pg_ctl's output pipes open).
    restart: async () => {
      await pgCtl('-m', 'fast', 'stop');
      await start();
    },
    async destroy() {
      await pgCtl('-m', 'immediate', 'stop').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

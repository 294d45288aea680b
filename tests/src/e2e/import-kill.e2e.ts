import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../free-port.ts';
import { adminEnv, adminPassword, DATA_DIR_IMAGE_VARIABLE } from './harness.ts';

/*
 * #17: kill -9 in the middle of an HTTP import commit, on PGlite (a data directory) and on PostgreSQL
 * (with TEST_DATABASE_URL). The bundled server runs as a child process; after the kill it starts again
 * on the same data at once, and the import is there whole or not at all, its audit entries with it.
 */

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const ROWS = 1200;

interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
}

async function start(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--enable-source-maps', 'server/dist/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...adminEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (
      await fetch(`${url}/readyz`).then(
        (res) => res.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`server did not become ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, child, output: () => output };
}

async function stop(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = once(server.child, 'exit');
  server.child.kill(signal);
  await exited;
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

/** A file of `ROWS` new group standards whose numbers carry the round, so each round's rows are its own. */
function importFile(round: number): Blob {
  const lines = ['number,title_zh,directions,published_on'];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      `T/KILL${String.fromCharCode(65 + round)} ${10_000 + i}-2025,崩溃测试 第${round}轮 ${i},01.1,2025-06-01`,
    );
  }
  return new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv' });
}

function postImport(url: string, cookie: string, round: number): Promise<Response> {
  const form = new FormData();
  form.append('file', importFile(round), `kill-${round}.csv`);
  return fetch(`${url}/api/v1/imports/standards?dryRun=false`, {
    method: 'POST',
    headers: { cookie, origin: url },
    body: form,
  });
}

interface Counts {
  standards: number;
  standardAudit: number;
  importAudit: number;
}

async function countsOf(url: string, cookie: string, round: number): Promise<Counts> {
  const get = async (pathAndQuery: string) => {
    const res = await fetch(`${url}/api/v1${pathAndQuery}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    return ((await res.json()) as { total: number }).total;
  };
  return {
    standards: await get(`/standards?q=${encodeURIComponent(`T/KILL${String.fromCharCode(65 + round)}`)}&pageSize=1`),
    standardAudit: await get('/audit?entity=standard&pageSize=1'),
    importAudit: await get('/audit?entity=import&pageSize=1'),
  };
}

interface Target {
  env: Record<string, string>;
  /** Resolves once the server's import transaction has written something (PostgreSQL only: it can be watched). */
  writing?: () => Promise<void>;
  cleanup: () => Promise<void>;
}

const drivers: { name: string; target: () => Promise<Target> }[] = [
  {
    name: 'pglite',
    async target() {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'cloudstd-kill-'));
      const image = process.env[DATA_DIR_IMAGE_VARIABLE];
      if (image) await cp(image, dataDir, { recursive: true });
      return { env: { DATA_DIR: dataDir }, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
    },
  },
];
const testDatabaseUrl = process.env.TEST_DATABASE_URL;
if (testDatabaseUrl) {
  drivers.push({
    name: 'postgres',
    async target() {
      const name = `cloudstd_kill_${process.pid}`;
      const admin = new pg.Client({ connectionString: testDatabaseUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
      const url = new URL(testDatabaseUrl);
      url.pathname = `/${name}`;
      return {
        env: { DATABASE_URL: url.toString() },
        // A backend of this database in a transaction that has written (it holds an id) and is on the standards.
        async writing() {
          for (let i = 0; i < 6000; i++) {
            const { rows } = await admin.query<{ n: number }>(
              `select count(*)::int as n from pg_stat_activity
                where datname = $1 and backend_xid is not null and query ilike '%"standard%'`,
              [name],
            );
            if ((rows[0]?.n ?? 0) > 0) return;
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          throw new Error('the import never began writing');
        },
        async cleanup() {
          await admin.query(`drop database if exists ${name} with (force)`);
          await admin.end();
        },
      };
    },
  });
}

describe.each(drivers)('kill -9 during an HTTP import commit on $name', ({ target: makeTarget }) => {
  let target: Target;
  beforeAll(async () => {
    target = await makeTarget();
  });
  afterAll(() => target.cleanup());

  it('restarts at once on the same data, with the import whole or absent and its audit entries alike', async () => {
    // Round 0 commits whole: what a complete import leaves, and how long it takes.
    let server = await start(target.env);
    let cookie = await signIn(server.url);
    const empty = await countsOf(server.url, cookie, 0);
    const started = Date.now();
    const res = await postImport(server.url, cookie, 0);
    expect(res.status, await res.clone().text()).toBe(200);
    const commitMs = Date.now() - started;
    const whole = await countsOf(server.url, cookie, 0);
    expect(whole.standards).toBe(ROWS);
    const perImport = {
      standardAudit: whole.standardAudit - empty.standardAudit,
      importAudit: whole.importAudit - empty.importAudit,
    };
    expect(perImport.standardAudit).toBeGreaterThanOrEqual(ROWS);

    let killedBeforeAnswer = 0;
    // PGlite cannot be watched from outside: kill at points across the commit's measured span.
    const rounds = target.writing ? [0.5] : [0.45, 0.75];
    for (const [index, fraction] of rounds.entries()) {
      const round = index + 1;
      const before = await countsOf(server.url, cookie, round);
      let answered = false;
      const pending = postImport(server.url, cookie, round).then(
        () => (answered = true),
        () => undefined,
      );
      if (target.writing) await target.writing();
      else await new Promise((resolve) => setTimeout(resolve, commitMs * fraction));
      await stop(server, 'SIGKILL');
      await pending;
      if (!answered) killedBeforeAnswer += 1;

      const restartedAt = Date.now();
      server = await start(target.env);
      // Opening the data at once, not after a stale lock's timeout (a start itself takes seconds on a busy machine).
      expect(server.output()).not.toMatch(/in use by another process/);
      cookie = await signIn(server.url);
      const after = await countsOf(server.url, cookie, round);
      const added = {
        standards: after.standards - before.standards,
        standardAudit: after.standardAudit - before.standardAudit,
        importAudit: after.importAudit - before.importAudit,
      };
      const nothing = { standards: 0, standardAudit: 0, importAudit: 0 };
      const everything = { standards: ROWS, ...perImport };
      expect([nothing, everything], `round ${round} after ${Date.now() - restartedAt} ms`).toContainEqual(added);
    }
    expect(killedBeforeAnswer).toBeGreaterThan(0);
    await stop(server, 'SIGTERM');
  }, 600_000);
});

import { startPrivateCluster, type PrivateCluster } from '@cloudstd/db/private-cluster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminEnv, adminPassword } from './harness.ts';
import { startServer, type RunningServer } from './server-process.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/*
 * #17: PostgreSQL itself stops and starts again (a restart, a failover) under the bundled server. The
 * machine's PostgreSQL is shared, so the test runs a cluster of its own (initdb in a temporary directory)
 * and stops, starts and restarts that; without PostgreSQL's server binaries it is skipped, saying why.
 */
const cluster = await startPrivateCluster().catch((error: unknown) => ({
  unavailable: `the private cluster did not start: ${error instanceof Error ? error.message : String(error)}`,
}));
const unavailable = 'unavailable' in cluster ? cluster.unavailable : null;
if (unavailable) console.warn(`PostgreSQL restart test skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('a PostgreSQL restart under the running server', () => {
  const pgCluster = cluster as PrivateCluster;
  let server: RunningServer;
  let cookie = '';

  beforeAll(async () => {
    server = await startServer({ DATABASE_URL: pgCluster.url, DATABASE_POOL_SIZE: '4', ...adminEnv });
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: adminPassword }),
    });
    expect(login.status).toBe(200);
    cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  });
  afterAll(async () => {
    await server.stop();
    await pgCluster.destroy();
  });

  let sequence = 0;
  const write = () =>
    fetch(`${server.url}/api/v1/standards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        number: `T/RESTART ${1000 + ++sequence}-2025`,
        titleZh: `重启测试 ${sequence}`,
        directions: ['01.1'],
      }),
    });
  const read = () => fetch(`${server.url}/api/v1/standards?pageSize=20`, { headers: { cookie } });
  const ready = () => fetch(`${server.url}/readyz`).then((res) => res.status);

  /** /readyz answers 200 within 5 s of PostgreSQL being back. */
  const recoveryMs = async () => {
    const started = Date.now();
    while ((await ready()) !== 200) {
      expect(Date.now() - started).toBeLessThan(5000);
      await sleep(100);
    }
    return Date.now() - started;
  };

  it('answers 503 problems while it is down, never exits, and recovers within 5 s of its return', async () => {
    const statuses = new Map<number, number>();
    let stop = false;
    const client = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const res = (n + i) % 2 === 0 ? await write() : await read();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) {
          expect(res.status).toBe(503);
          expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(res.headers.get('retry-after')).not.toBeNull();
        } else expect([200, 201]).toContain(res.status);
        await res.arrayBuffer();
        await sleep(20);
      }
    };
    const clients = Array.from({ length: 4 }, (_, n) => client(n));
    await sleep(500);
    await pgCluster.stop();
    await sleep(500);
    // Down: the database is unavailable, the process is not.
    expect(await ready()).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await pgCluster.start();
    const recovered = await recoveryMs();
    // And a restart (a fast shutdown, then a start) while the clients keep going.
    await pgCluster.restart();
    const recoveredAfterRestart = await recoveryMs();
    await sleep(500);
    stop = true;
    await Promise.all(clients);

    expect(server.output()).not.toMatch(/Unhandled 'error' event|uncaughtException/);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(recovered).toBeLessThan(5000);
    expect(recoveredAfterRestart).toBeLessThan(5000);
    expect((await read()).status).toBe(200);
    expect((await write()).status).toBe(201);
  });
});

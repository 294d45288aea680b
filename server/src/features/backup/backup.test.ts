import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { restorePglite, restorePostgres } from '@cloudstd/db/backup';
import { openDatabase, type DatabaseHandle } from '@cloudstd/db/connect';
import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { auditListSchema } from '@cloudstd/shared/schemas/audit';
import { sql } from 'kysely';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { binaryParser } from '../../testing/binary-parser.ts';
import { buildStandard } from '../../testing/factories.ts';
import { storedDataFingerprint } from '../../testing/fuzz-requests.ts';
import { createTestContext, testPasswordCost, testPasswords, type TestContext } from '../../testing/test-app.ts';

/** An empty target to restore into: a data directory, or a new database on TEST_DATABASE_URL's server. */
async function emptyTarget(driver: 'pglite' | 'postgres', dir: string) {
  if (driver === 'pglite') {
    const dataDir = path.join(dir, 'restored');
    return {
      restore: (file: string) => restorePglite(file, dataDir),
      open: () => openDatabase({ driver: 'pglite', dataDir }),
      drop: () => Promise.resolve(),
    };
  }
  const serverUrl = process.env.TEST_DATABASE_URL ?? '';
  const name = `cloudstd_restore_${process.pid}_${Date.now()}`;
  const admin = async (statement: string) => {
    const server = await openDatabase({ driver: 'postgres', databaseUrl: serverUrl, poolSize: 1 });
    await sql
      .raw(statement)
      .execute(server.db)
      .finally(() => server.close());
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    restore: (file: string) => restorePostgres(file, url.toString()),
    open: () => openDatabase({ driver: 'postgres', databaseUrl: url.toString() }),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

describe.each(testDatabaseDrivers())('GET /admin/backup on %s', (driver) => {
  let ctx: TestContext;
  let dir: string;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
    dir = await mkdtemp(path.join(tmpdir(), 'cloudstd-backup-api-'));
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is for admins only', async () => {
    await request(ctx.app).get('/api/v1/admin/backup').expect(401);
    await (await ctx.signedIn('viewer')).get('/api/v1/admin/backup').expect(403);
    await (await ctx.signedIn('editor')).get('/api/v1/admin/backup').expect(403);
  });

  it('streams a backup that restores into an empty target with the same rows, where the admin signs in', async () => {
    const editor = await ctx.signedIn('editor');
    const admin = await ctx.signedIn('admin');
    await editor
      .post('/api/v1/standards')
      .send(buildStandard({ titleZh: '备份前登记的标准' }))
      .expect(201);
    const counts = (await storedDataFingerprint(ctx.handle.db)).tables;

    const res = await admin.get('/api/v1/admin/backup').buffer(true).parse(binaryParser).expect(200);
    const extension = driver === 'pglite' ? 'tar' : 'dump';
    expect(res.headers['content-type']).toBe(driver === 'pglite' ? 'application/x-tar' : 'application/octet-stream');
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="cloudstd-backup-\\d{8}T\\d{6}Z\\.${extension}"`),
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const file = path.join(dir, `downloaded.${extension}`);
    await writeFile(file, res.body as Buffer);

    // The download is audited.
    const audit = auditListSchema.parse(
      (await admin.get('/api/v1/audit').query({ entity: 'database' }).expect(200)).body,
    );
    expect(audit.items[0]).toMatchObject({ action: 'backup', actor: 'admin', entityId: driver });

    const target = await emptyTarget(driver, dir);
    let restored: DatabaseHandle | undefined;
    try {
      await target.restore(file);
      restored = await target.open();
      const restoredCounts = (await storedDataFingerprint(restored.db)).tables;
      // The snapshot is taken before the download's own audit entry is written.
      expect(restoredCounts).toEqual(counts);
      const app = createApp({ db: restored.db, passwordCost: testPasswordCost });
      const login = await request(app)
        .post('/api/v1/auth/login')
        .send({ username: 'admin', password: testPasswords.admin });
      expect(login.status, JSON.stringify(login.body)).toBe(200);
      const agent = request.agent(app);
      await agent.post('/api/v1/auth/login').send({ username: 'editor', password: testPasswords.editor }).expect(200);
      const list = await agent.get('/api/v1/standards').query({ q: '备份前登记的标准' }).expect(200);
      expect(list.body.total).toBe(1);
    } finally {
      await restored?.close();
      await target.drop();
    }
    // Restoring PGlite opens the snapshot three times (a probe, the restore, the app): seconds of CPU each.
  }, 300_000);
});

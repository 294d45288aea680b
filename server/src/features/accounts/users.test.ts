import { testDatabaseDrivers } from '@cloudstd/db/testing';
import { userListSchema, userSchema } from '@cloudstd/shared/schemas/user';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { createTestContext, testPasswords, type TestContext } from '../../testing/test-app.ts';

describe.each(testDatabaseDrivers())('user management on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver);
  });
  afterAll(() => ctx.close());

  const signIn = async (username: string, password: string) => {
    const agent = request.agent(ctx.app);
    const res = await agent.post('/api/v1/auth/login').send({ username, password });
    return { agent, status: res.status };
  };

  it('lets an admin list and create accounts, audited', async () => {
    const admin = await ctx.signedIn('admin');
    const list = await admin.get('/api/v1/users').expect(200);
    const accounts = await ctx.handle.db.selectFrom('app_user').select('username').orderBy('username').execute();
    expect(userListSchema.parse(list.body).items.map((u) => u.username)).toEqual(accounts.map((a) => a.username));
    expect(accounts.map((a) => a.username)).toEqual(expect.arrayContaining(['admin', 'editor', 'viewer']));

    const created = await admin
      .post('/api/v1/users')
      .send({ username: 'zhang.san', password: '一个足够长的口令', role: 'editor' });
    expect(created.status).toBe(201);
    const user = userSchema.parse(created.body);
    expect(user).toMatchObject({ username: 'zhang.san', role: 'editor', disabled: false });
    expect(created.body).not.toHaveProperty('password');
    expect((await signIn('zhang.san', '一个足够长的口令')).status).toBe(200);

    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'user')
      .where('entity_id', '=', String(user.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'create',
      after: { username: 'zhang.san', role: 'editor', disabled: false },
    });
    expect(JSON.stringify(audit[0]?.after)).not.toMatch(/password|scrypt/);
  });

  it('refuses a duplicate username in any case with 409, writing nothing', async () => {
    const admin = await ctx.signedIn('admin');
    const before = await ctx.handle.db.selectFrom('app_user').select('id').execute();
    const res = await admin
      .post('/api/v1/users')
      .send({ username: 'EDITOR', password: 'long-enough-1', role: 'viewer' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('USERNAME_TAKEN');
    expect(await ctx.handle.db.selectFrom('app_user').select('id').execute()).toHaveLength(before.length);
  });

  it('validates new accounts field by field', async () => {
    const admin = await ctx.signedIn('admin');
    const res = await admin.post('/api/v1/users').send({ username: 'x', password: 'short', role: 'owner', extra: 1 });
    expect(res.status).toBe(400);
    const byField = Object.fromEntries(
      (res.body.errors as { field: string; messageZh: string; messageEn: string }[]).map((e) => [e.field, e]),
    );
    expect(Object.keys(byField).sort()).toEqual(['extra', 'password', 'role', 'username']);
    expect(byField.password?.messageZh).toBe('密码至少 8 个字符');
    expect(byField.password?.messageEn).toBe('Password must have at least 8 characters');
    const tooLong = await admin
      .post('/api/v1/users')
      .send({ username: 'long.one', password: 'x'.repeat(129), role: 'viewer' });
    expect(tooLong.status).toBe(400);
    const longest = await admin
      .post('/api/v1/users')
      .send({ username: 'long.two', password: 'xy'.repeat(64), role: 'viewer' });
    expect(longest.status).toBe(201);
  });

  it('changes roles, disables accounts (ending their sessions) and resets passwords', async () => {
    const admin = await ctx.signedIn('admin');
    const created = await admin
      .post('/api/v1/users')
      .send({ username: 'li.si', password: 'first-password', role: 'viewer' });
    const id = created.body.id as number;
    const { agent: liSi } = await signIn('li.si', 'first-password');
    await liSi.get('/api/v1/users').expect(403);

    expect((await admin.patch(`/api/v1/users/${id}`).send({ role: 'admin' })).body.role).toBe('admin');
    await liSi.get('/api/v1/users').expect(200);

    await admin.patch(`/api/v1/users/${id}`).send({ disabled: true }).expect(200);
    await liSi.get('/api/v1/auth/me').expect(401);
    expect((await signIn('li.si', 'first-password')).status).toBe(401);

    await admin.patch(`/api/v1/users/${id}`).send({ disabled: false, password: 'second-password' }).expect(200);
    expect((await signIn('li.si', 'first-password')).status).toBe(401);
    expect((await signIn('li.si', 'second-password')).status).toBe(200);
  });

  it('never lets the last active admin be demoted or disabled', async () => {
    const admin = await ctx.signedIn('admin');
    const users = userListSchema.parse((await admin.get('/api/v1/users')).body).items;
    for (const other of users.filter((u) => u.role === 'admin' && u.username !== 'admin')) {
      await admin.patch(`/api/v1/users/${other.id}`).send({ role: 'viewer' }).expect(200);
    }
    const self = users.find((u) => u.username === 'admin');
    const demote = await admin.patch(`/api/v1/users/${self?.id}`).send({ role: 'editor' });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('LAST_ADMIN');
    expect((await admin.patch(`/api/v1/users/${self?.id}`).send({ disabled: true })).status).toBe(409);
    expect((await admin.get('/api/v1/auth/me')).body.user.role).toBe('admin');
  });

  it('answers 404 for an unknown account and 400 for a bad id or an empty change', async () => {
    const admin = await ctx.signedIn('admin');
    expect((await admin.patch('/api/v1/users/999999').send({ role: 'viewer' })).status).toBe(404);
    expect((await admin.patch('/api/v1/users/abc').send({ role: 'viewer' })).status).toBe(400);
    const empty = await admin.patch('/api/v1/users/1').send({});
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].messageZh).toMatch(/至少修改一项/);
  });

  it('keeps account management to admins', async () => {
    for (const role of ['viewer', 'editor'] as const) {
      const agent = await ctx.signedIn(role);
      await agent.get('/api/v1/users').expect(403);
      await agent
        .post('/api/v1/users')
        .send({ username: 'sneaky', password: 'long-enough-1', role: 'admin' })
        .expect(403);
      await agent.patch('/api/v1/users/1').send({ role: 'viewer' }).expect(403);
    }
    expect(await ctx.handle.db.selectFrom('app_user').select('id').where('username', '=', 'sneaky').execute()).toEqual(
      [],
    );
  });
});

describe('password hashing cost', () => {
  it('hashes new passwords at production cost (scrypt N = 2^17, r = 8, p = 1); only the tests lower it', async () => {
    const ctx = await createTestContext('pglite');
    try {
      const hashOf = async (username: string) =>
        (
          await ctx.handle.db
            .selectFrom('app_user')
            .select('password_hash')
            .where('username', '=', username)
            .executeTakeFirstOrThrow()
        ).password_hash;
      const asDeployed = request.agent(createApp({ db: ctx.handle.db }));
      await asDeployed
        .post('/api/v1/auth/login')
        .send({ username: 'admin', password: testPasswords.admin })
        .expect(200);
      await asDeployed
        .post('/api/v1/users')
        .send({ username: 'cost.check', password: 'long-enough-cost', role: 'viewer' })
        .expect(201);
      expect(await hashOf('cost.check')).toMatch(/^scrypt\$17\$8\$1\$/);
      expect(await hashOf('admin')).toMatch(/^scrypt\$10\$8\$1\$/);
    } finally {
      await ctx.close();
    }
  });
});

import { testDatabaseDrivers } from '@cloudstd/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, testPasswords, type TestContext } from '../../testing/test-app.ts';
import { loginLimits } from './auth.service.ts';

describe.each(testDatabaseDrivers())('auth on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver, { trustProxy: true });
  });
  afterAll(() => ctx.close());

  it('signs in with an HttpOnly SameSite=Lax session cookie, and signs out', async () => {
    const agent = request.agent(ctx.app);
    const login = await agent.post('/api/v1/auth/login').send({ username: 'editor', password: testPasswords.editor });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ username: 'editor', role: 'editor', disabled: false });
    expect(login.body.user).not.toHaveProperty('passwordHash');
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/cloudstd_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    expect((await agent.get('/api/v1/auth/me')).body.user.username).toBe('editor');
    await agent.post('/api/v1/auth/logout').expect(204);
    await agent.get('/api/v1/auth/me').expect(401);
  });

  it('matches the username regardless of case', async () => {
    await request(ctx.app)
      .post('/api/v1/auth/login')
      .send({ username: 'EDITOR', password: testPasswords.editor })
      .expect(200);
  });

  it('answers a wrong password and an unknown user alike, without saying which', async () => {
    const wrong = await request(ctx.app)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '10.0.0.1')
      .send({ username: 'viewer', password: 'not-the-password' });
    const unknown = await request(ctx.app)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '10.0.0.1')
      .send({ username: 'nobody-here', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.body).toMatchObject({ code: 'INVALID_CREDENTIALS', titleZh: '用户名或密码错误' });
  });

  it('refuses malformed sign-in bodies with the field named, in both languages', async () => {
    const res = await request(ctx.app).post('/api/v1/auth/login').send({ username: '', password: 5, remember: true });
    expect(res.status).toBe(400);
    const fields = (res.body.errors as { field: string; messageZh: string; messageEn: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'password', 'remember']));
    for (const error of res.body.errors) {
      expect(error.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(error.messageEn).toMatch(/[a-z]/i);
    }
  });

  it('locks an account from one address after repeated failures, even for the right password', async () => {
    const from = (ip: string) => request(ctx.app).post('/api/v1/auth/login').set('X-Forwarded-For', ip);
    for (let i = 0; i < loginLimits.perAccountAndAddress; i++) {
      await from('10.0.0.2')
        .send({ username: 'admin', password: `wrong-password-${i}` })
        .expect(401);
    }
    const locked = await from('10.0.0.2').send({ username: 'admin', password: testPasswords.admin });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.body.code).toBe('TOO_MANY_ATTEMPTS');
    // The same account from another address is not locked out (no denial of service by a stranger).
    await from('10.0.0.3').send({ username: 'admin', password: testPasswords.admin }).expect(200);
  });

  it('refuses a state-changing request from another origin', async () => {
    const res = await request(ctx.app)
      .post('/api/v1/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ username: 'editor', password: testPasswords.editor });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CROSS_ORIGIN_REQUEST');
    const viaReferer = await request(ctx.app).post('/api/v1/auth/logout').set('Referer', 'https://evil.example/page');
    expect(viaReferer.status).toBe(403);
    const sameOrigin = await request(ctx.app)
      .post('/api/v1/auth/login')
      .set('Host', 'tracker.example:3000')
      .set('Origin', 'http://tracker.example:3000')
      .send({ username: 'editor', password: testPasswords.editor });
    expect(sameOrigin.status).toBe(200);
  });

  it('lets users change their own password, ending their other sessions', async () => {
    const first = request.agent(ctx.app);
    const second = request.agent(ctx.app);
    await first.post('/api/v1/users').expect(401);
    for (const agent of [first, second]) {
      await agent.post('/api/v1/auth/login').send({ username: 'viewer', password: testPasswords.viewer }).expect(200);
    }
    const wrong = await first
      .post('/api/v1/auth/password')
      .send({ currentPassword: 'wrong-password', newPassword: 'a-new-password-1' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('WRONG_CURRENT_PASSWORD');
    const tooShort = await first
      .post('/api/v1/auth/password')
      .send({ currentPassword: testPasswords.viewer, newPassword: 'short' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors[0].field).toBe('newPassword');

    await first
      .post('/api/v1/auth/password')
      .send({ currentPassword: testPasswords.viewer, newPassword: 'a-new-password-1' })
      .expect(204);
    await first.get('/api/v1/auth/me').expect(200);
    await second.get('/api/v1/auth/me').expect(401);
    await request(ctx.app)
      .post('/api/v1/auth/login')
      .send({ username: 'viewer', password: testPasswords.viewer })
      .expect(401);
    await request(ctx.app)
      .post('/api/v1/auth/login')
      .send({ username: 'viewer', password: 'a-new-password-1' })
      .expect(200);
    await first
      .post('/api/v1/auth/password')
      .send({ currentPassword: 'a-new-password-1', newPassword: testPasswords.viewer })
      .expect(204);
  });

  it('records sign-ins in the audit log', async () => {
    const res = await request(ctx.app)
      .post('/api/v1/auth/login')
      .send({ username: 'editor', password: testPasswords.editor })
      .expect(200);
    const rows = await ctx.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'login')
      .where('actor_id', '=', res.body.user.id)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
  });

  it('rejects a forged session cookie', async () => {
    await request(ctx.app).get('/api/v1/auth/me').set('Cookie', 'cloudstd_session=forged-token').expect(401);
  });
});

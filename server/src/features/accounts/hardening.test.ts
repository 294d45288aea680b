import { testDatabaseDrivers } from '@cloudstd/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { createTestContext, testPasswordCost, testPasswords, type TestContext } from '../../testing/test-app.ts';
import { loginLimits } from './auth.service.ts';
import { weakPasswordError } from './common-passwords.ts';

describe('the common-password list', () => {
  it('holds the 10,000 most common passwords, case ignored, and refuses one character repeated', () => {
    for (const common of ['password', 'PASSWORD', '12345678', 'qwertyuiop', 'iloveyou', '1qaz2wsx']) {
      expect(weakPasswordError(common, 'password')).not.toBeNull();
    }
    expect(weakPasswordError('zzzzzzzzzz', 'password')).not.toBeNull();
    expect(weakPasswordError(testPasswords.admin, 'password')).toBeNull();
    expect(weakPasswordError('云标看板-委员会-2026', 'password')).toBeNull();
  });
});

describe.each(testDatabaseDrivers())('sign-in and session hardening on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(driver, { trustProxy: true });
  });
  afterAll(() => ctx.close());

  const from = (ip: string) => request(ctx.app).post('/api/v1/auth/login').set('X-Forwarded-For', ip);

  it('throttles wrong current passwords on POST /auth/password like sign-in', async () => {
    const agent = request.agent(ctx.app);
    await agent.post('/api/v1/auth/login').send({ username: 'viewer', password: testPasswords.viewer }).expect(200);
    for (let i = 0; i < loginLimits.perAccountAndAddress; i++) {
      const res = await agent
        .post('/api/v1/auth/password')
        .send({ currentPassword: `wrong-guess-${i}`, newPassword: 'a-brand-new-pass-1' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('WRONG_CURRENT_PASSWORD');
    }
    // Even the right current password now waits: the guesses are throttled, not evaluated.
    const throttled = await agent
      .post('/api/v1/auth/password')
      .send({ currentPassword: testPasswords.viewer, newPassword: 'a-brand-new-pass-1' });
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // An admin unlocks the account; the change then goes through.
    const admin = await ctx.signedIn('admin');
    const { body: users } = await admin.get('/api/v1/users').expect(200);
    const viewerId = (users.items as { id: number; username: string }[]).find((u) => u.username === 'viewer')?.id;
    await admin.post(`/api/v1/users/${viewerId}/unlock`).expect(204);
    await agent
      .post('/api/v1/auth/password')
      .send({ currentPassword: testPasswords.viewer, newPassword: testPasswords.viewer + '-2' })
      .expect(204);
    await agent
      .post('/api/v1/auth/password')
      .send({ currentPassword: testPasswords.viewer + '-2', newPassword: testPasswords.viewer })
      .expect(204);
    const audit = await admin.get('/api/v1/audit').query({ entity: 'user' }).expect(200);
    expect((audit.body.items as { action: string }[]).some((entry) => entry.action === 'unlock')).toBe(true);
  });

  it('refuses common passwords for new accounts, resets and changes', async () => {
    const admin = await ctx.signedIn('admin');
    const created = await admin
      .post('/api/v1/users')
      .send({ username: 'weak-one', password: 'password1', role: 'viewer' });
    expect(created.status).toBe(400);
    expect(created.body.errors[0]).toMatchObject({ field: 'password', messageZh: expect.stringContaining('常见') });
    const editor = await ctx.signedIn('editor');
    const changed = await editor
      .post('/api/v1/auth/password')
      .send({ currentPassword: testPasswords.editor, newPassword: 'qwertyuiop' });
    expect(changed.status).toBe(400);
    expect(changed.body.errors[0].field).toBe('newPassword');
  });

  it('limits an account across addresses, keeps an office behind one address signing in, and an admin unlocks', async () => {
    // Guesses at the editor's password from many addresses, a few from each.
    for (let i = 0; i < loginLimits.perAccount; i++) {
      await from(`10.1.${i}.1`)
        .send({ username: 'editor', password: `guess-${i}` })
        .expect(401);
    }
    const locked = await from('10.9.9.9').send({ username: 'editor', password: testPasswords.editor });
    expect(locked.status).toBe(429);
    // Others behind the same addresses are not locked out.
    await from('10.1.0.1').send({ username: 'viewer', password: testPasswords.viewer }).expect(200);
    const admin = await ctx.signedIn('admin');
    const { body: users } = await admin.get('/api/v1/users').expect(200);
    const editorId = (users.items as { id: number; username: string }[]).find((u) => u.username === 'editor')?.id;
    await (await ctx.signedIn('viewer')).post(`/api/v1/users/${editorId}/unlock`).expect(403);
    await admin.post(`/api/v1/users/${editorId}/unlock`).expect(204);
    await from('10.9.9.9').send({ username: 'editor', password: testPasswords.editor }).expect(200);
  });

  it('lets one office address fail many times across accounts before the address limit', async () => {
    // 40 people behind one NAT each mistype once: nobody is locked out.
    for (let i = 0; i < 40; i++) {
      await from('192.0.2.1')
        .send({ username: `colleague-${i}`, password: 'mistyped' })
        .expect(401);
    }
    await from('192.0.2.1').send({ username: 'admin', password: testPasswords.admin }).expect(200);
    expect(loginLimits.perAddress).toBeGreaterThanOrEqual(10 * loginLimits.perAccountAndAddress);
  });

  it('marks every API answer Cache-Control: no-store', async () => {
    const viewer = await ctx.signedIn('viewer');
    for (const path of ['/api/v1/auth/me', '/api/v1/standards', '/api/v1/dashboard/summary', '/api/v1/nowhere']) {
      expect((await viewer.get(path)).headers['cache-control'], path).toBe('no-store');
    }
  });

  it('lets viewers download the import templates', async () => {
    const viewer = await ctx.signedIn('viewer');
    await viewer.get('/api/v1/imports/standards/template.xlsx').expect(200);
    await viewer.get('/api/v1/imports/adoptions/template.xlsx').expect(200);
    await request(ctx.app).get('/api/v1/imports/standards/template.xlsx').expect(401);
  });

  it('does not write or audit an account PATCH that changes nothing', async () => {
    const admin = await ctx.signedIn('admin');
    const { body: users } = await admin.get('/api/v1/users').expect(200);
    const viewer = (users.items as { id: number; username: string; role: string }[]).find(
      (u) => u.username === 'viewer',
    );
    const before = (await admin.get('/api/v1/audit').query({ entity: 'user' }).expect(200)).body.total as number;
    await admin.patch(`/api/v1/users/${viewer?.id}`).send({ role: 'viewer', disabled: false }).expect(200);
    expect((await admin.get('/api/v1/audit').query({ entity: 'user' }).expect(200)).body.total).toBe(before);
  });
});

describe('/metrics in production', () => {
  it('is not served without METRICS_TOKEN, and needs the token when one is set', async () => {
    const ctx = await createTestContext('pglite');
    try {
      const open = createApp({ db: ctx.handle.db, passwordCost: testPasswordCost, production: true });
      expect((await request(open).get('/metrics')).status).toBe(404);
      const token = 'a-metrics-token-of-some-length';
      const guarded = createApp({
        db: ctx.handle.db,
        passwordCost: testPasswordCost,
        production: true,
        metricsToken: token,
      });
      expect((await request(guarded).get('/metrics')).status).toBe(401);
      await request(guarded).get('/metrics').set('Authorization', `Bearer ${token}`).expect(200);
      // Outside production (development, tests) it stays open without a token.
      await request(createApp({ db: ctx.handle.db }))
        .get('/metrics')
        .expect(200);
    } finally {
      await ctx.close();
    }
  });
});

import { liveBackupSourceOf } from '@cloudstd/db/backup';
import type { DatabaseDriver, DatabaseHandle } from '@cloudstd/db/connect';
import { createTestDatabase } from '@cloudstd/db/testing';
import type { Role } from '@cloudstd/shared/schemas/user';
import type { Express } from 'express';
import request from 'supertest';
import { createApp, type AppOptions } from '../app.ts';
import { seededImage, testPasswordCost, testPasswords } from './seeded-image.ts';

export { testPasswordCost, testPasswords } from './seeded-image.ts';

export interface TestContext {
  app: Express;
  handle: DatabaseHandle;
  /** A supertest agent signed in as the seeded user of that role (cookies kept between calls). */
  signedIn(role: Role): Promise<ReturnType<typeof request.agent>>;
  close(): Promise<void>;
}

/**
 * A database of its own holding the seeded image (the framework, the target sets, one user per role)
 * and an app over it that hashes new passwords at the tests' cheap cost unless `options` say otherwise.
 */
export async function createTestContext(
  driver: DatabaseDriver,
  options: Omit<AppOptions, 'db'> = {},
): Promise<TestContext> {
  const handle = await createTestDatabase(driver, {}, seededImage);
  const app = createApp({
    db: handle.db,
    passwordCost: testPasswordCost,
    backup: liveBackupSourceOf(handle),
    ...options,
  });
  const agents = new Map<Role, ReturnType<typeof request.agent>>();
  return {
    app,
    handle,
    async signedIn(role) {
      const existing = agents.get(role);
      if (existing) return existing;
      const agent = request.agent(app);
      await agent.post('/api/v1/auth/login').send({ username: role, password: testPasswords[role] }).expect(200);
      agents.set(role, agent);
      return agent;
    },
    close: () => handle.close(),
  };
}

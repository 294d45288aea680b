import type { DatabaseDriver, DatabaseHandle } from '@cloudstd/db/connect';
import { loadFrameworkFromFile, defaultFrameworkPath } from '@cloudstd/db/seeds/load-framework';
import { seedDefaultTargetSets } from '@cloudstd/db/seeds/target-sets';
import { createTestDatabase } from '@cloudstd/db/testing';
import type { Role } from '@cloudstd/shared/schemas/user';
import type { Express } from 'express';
import request from 'supertest';
import { createApp, type AppOptions } from '../app.ts';
import { createUser } from '../features/accounts/users.service.ts';

export const testPasswords: Record<Role, string> = {
  admin: 'admin-password-123',
  editor: 'editor-password-123',
  viewer: 'viewer-password-123',
};

export interface TestContext {
  app: Express;
  handle: DatabaseHandle;
  /** A supertest agent signed in as the seeded user of that role (cookies kept between calls). */
  signedIn(role: Role): Promise<ReturnType<typeof request.agent>>;
  close(): Promise<void>;
}

/** A migrated database with the framework, the target sets and one user per role, and an app over it. */
export async function createTestContext(
  driver: DatabaseDriver,
  options: Omit<AppOptions, 'db'> = {},
): Promise<TestContext> {
  const handle = await createTestDatabase(driver);
  await loadFrameworkFromFile(handle.db, defaultFrameworkPath);
  await seedDefaultTargetSets(handle.db);
  for (const role of ['admin', 'editor', 'viewer'] as const) {
    await createUser(handle.db, { username: role, password: testPasswords[role], role }, { id: null });
  }
  const app = createApp({ db: handle.db, ...options });
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

import { loadShippedFrameworks } from '@cloudstd/db/seeds/load-framework';
import { seedDefaultTargetSets } from '@cloudstd/db/seeds/target-sets';
import type { TestDatabaseImage } from '@cloudstd/db/testing';
import type { Role } from '@cloudstd/shared/schemas/user';
import type { PasswordCost } from '../features/accounts/password.ts';
import { createUser } from '../features/accounts/users.service.ts';

export const testPasswords: Record<Role, string> = {
  admin: 'admin-password-123',
  editor: 'editor-password-123',
  viewer: 'viewer-password-123',
};

/**
 * scrypt at N = 2^10 instead of production's 2^17: a hash in a millisecond instead of a few hundred.
 * Hashes carry their parameters, so signing in verifies at the cost each was made with.
 */
export const testPasswordCost: PasswordCost = { log2N: 10, r: 8, p: 1 };

/** The integration tests' starting point: the framework, the default target sets and one user per role. */
export const seededImage: TestDatabaseImage = {
  name: 'seeded',
  async prepare(db) {
    await loadShippedFrameworks(db);
    await seedDefaultTargetSets(db);
    for (const role of ['admin', 'editor', 'viewer'] as const) {
      await createUser(db, { username: role, password: testPasswords[role], role }, { id: null }, testPasswordCost);
    }
  },
};

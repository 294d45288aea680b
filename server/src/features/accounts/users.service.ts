import type { AppUserRow, Database } from '@cloudstd/db/tables';
import type { CreateUserInput, UpdateUserInput, User } from '@cloudstd/shared/schemas/user';
import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor, SystemActor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { isUniqueViolation } from '../../sql/errors.ts';
import { assertUncommonPassword } from './common-passwords.ts';
import { hashPassword, productionPasswordCost } from './password.ts';
import { clearAccountFailures, deleteUserSessions } from './sessions.repository.ts';
import * as users from './users.repository.ts';

/** The one row → API mapping for accounts: the password hash never leaves this file. */
export function userRowToUser(
  row: Pick<AppUserRow, 'id' | 'username' | 'role' | 'disabled' | 'created_at' | 'updated_at'>,
): User {
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    disabled: row.disabled,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

const auditView = (user: User) => ({ username: user.username, role: user.role, disabled: user.disabled });

export async function listAllUsers(db: Kysely<Database>): Promise<{ items: User[]; total: number }> {
  const rows = await users.listUsers(db);
  return { items: rows.map(userRowToUser), total: rows.length };
}

export async function createUser(
  db: Kysely<Database>,
  input: CreateUserInput,
  actor: Actor | SystemActor,
  passwordCost = productionPasswordCost,
): Promise<User> {
  assertUncommonPassword(input.password, 'password');
  const passwordHash = await hashPassword(input.password, passwordCost);
  try {
    return await db.transaction().execute(async (trx) => {
      if (await users.findUserByUsername(trx, input.username)) throw usernameTaken(input.username);
      const user = userRowToUser(
        await users.insertUser(trx, { username: input.username, passwordHash, role: input.role }),
      );
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'user',
        entityId: user.id,
        after: auditView(user),
        requestId: actor.id === null ? null : actor.requestId,
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw usernameTaken(input.username);
    throw error;
  }
}

function usernameTaken(username: string): AppError {
  return new AppError('USERNAME_TAKEN', {
    detail: { zh: `用户名“${username}”已被使用`, en: `The username "${username}" is taken` },
    errors: [{ field: 'username', messageZh: '用户名已存在', messageEn: 'That username is taken' }],
  });
}

/** Role, disabled flag or a password reset; disabling or resetting ends the user's sessions. */
export async function updateUserAccount(
  db: Kysely<Database>,
  id: number,
  input: UpdateUserInput,
  actor: Actor,
  passwordCost = productionPasswordCost,
): Promise<User> {
  if (input.password !== undefined) assertUncommonPassword(input.password, 'password');
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password, passwordCost);
  return db.transaction().execute(async (trx) => {
    await users.lockAdmins(trx);
    const current = await users.findUserById(trx, id);
    if (!current)
      throw new AppError('NOT_FOUND', { detail: { zh: `用户 ${id} 不存在`, en: `User ${id} does not exist` } });
    const losesAdmin =
      current.role === 'admin' &&
      !current.disabled &&
      ((input.role !== undefined && input.role !== 'admin') || input.disabled === true);
    if (losesAdmin && (await users.countActiveAdmins(trx)) <= 1) throw new AppError('LAST_ADMIN');

    const before = userRowToUser(current);
    // A request that changes nothing writes nothing: no update, no audit entry.
    const changes =
      (input.role !== undefined && input.role !== current.role) ||
      (input.disabled !== undefined && input.disabled !== current.disabled) ||
      passwordHash !== undefined;
    if (!changes) return before;
    const updated = userRowToUser(
      await users.updateUser(trx, id, {
        ...(input.role === undefined ? {} : { role: input.role }),
        ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
        ...(passwordHash === undefined ? {} : { password_hash: passwordHash }),
      }),
    );
    if (input.disabled === true || passwordHash !== undefined) await deleteUserSessions(trx, id);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'user',
      entityId: id,
      before: auditView(before),
      after: { ...auditView(updated), ...(passwordHash === undefined ? {} : { passwordReset: true }) },
      requestId: actor.requestId,
    });
    return updated;
  });
}

/** An admin lifts a sign-in lockout: the account's recent failures, from every address, are forgotten. */
export async function unlockUserAccount(db: Kysely<Database>, id: number, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const user = await users.findUserById(trx, id);
    if (!user)
      throw new AppError('NOT_FOUND', { detail: { zh: `用户 ${id} 不存在`, en: `User ${id} does not exist` } });
    const cleared = await clearAccountFailures(trx, user.username.toLowerCase());
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'unlock',
      entity: 'user',
      entityId: id,
      after: { clearedFailures: cleared },
      requestId: actor.requestId,
    });
  });
}

/**
 * On the first start (no accounts at all) creates the admin from ADMIN_USERNAME / ADMIN_PASSWORD,
 * or with a random password printed once to the log. Never a fixed default password.
 */
export async function ensureInitialAdmin(
  db: Kysely<Database>,
  options: { username: string; password: string | undefined; logger: Logger },
): Promise<void> {
  if ((await users.countUsers(db)) > 0) return;
  const password = options.password ?? randomBytes(12).toString('base64url');
  try {
    await createUser(db, { username: options.username, password, role: 'admin' }, { id: null });
  } catch (error) {
    // Another process created the first account at the same moment: that account stands.
    if (error instanceof AppError && error.code === 'USERNAME_TAKEN') return;
    throw error;
  }
  if (options.password === undefined) {
    options.logger.warn(
      { username: options.username, password },
      'Created the first admin account with a random password; sign in and change it (shown only this once).',
    );
  } else {
    options.logger.info(
      { username: options.username },
      'Created the first admin account from ADMIN_USERNAME/ADMIN_PASSWORD.',
    );
  }
}

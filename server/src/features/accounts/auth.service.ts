import type { Database } from '@cloudstd/db/tables';
import type { ChangePasswordInput, LoginInput } from '@cloudstd/shared/schemas/auth';
import type { User } from '@cloudstd/shared/schemas/user';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import { AppError } from '../../http/errors.ts';
import { assertUncommonPassword } from './common-passwords.ts';
import { hashPassword, productionPasswordCost, verifyAgainstDummy, verifyPassword } from './password.ts';
import { hashToken, newSessionToken } from './session.ts';
import * as sessions from './sessions.repository.ts';
import * as users from './users.repository.ts';
import { userRowToUser } from './users.service.ts';

/**
 * Sign-in throttling (failed sign-ins and wrong current passwords within the window): per account from
 * one address, per account across addresses (a distributed guess), and per address across accounts
 * (password spraying), the last much higher so that one office behind a NAT is not locked out by one
 * person's typos. An admin may unlock an account (`POST /users/:id/unlock`).
 */
export const loginLimits = { windowMinutes: 15, perAccountAndAddress: 10, perAccount: 30, perAddress: 300 };

/** Throws 429 with Retry-After when the account or the address has failed too often lately. */
export async function assertNotThrottled(db: Kysely<Database>, attempt: { username: string; ip: string }) {
  const failures = await sessions.countRecentFailures(db, { ...attempt, windowMinutes: loginLimits.windowMinutes });
  if (
    failures.forAccountAndAddress >= loginLimits.perAccountAndAddress ||
    failures.forAccount >= loginLimits.perAccount ||
    failures.forAddress >= loginLimits.perAddress
  ) {
    const windowMs = loginLimits.windowMinutes * 60_000;
    const oldest = failures.oldest?.getTime() ?? Date.now();
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest + windowMs - Date.now()) / 1000));
    throw new AppError('TOO_MANY_ATTEMPTS', {
      headers: { 'Retry-After': String(retryAfterSeconds) },
      extensions: { retryAfterSeconds },
    });
  }
}

export async function login(
  db: Kysely<Database>,
  input: LoginInput,
  context: { ip: string; ttlMs: number; requestId?: string },
  passwordCost = productionPasswordCost,
): Promise<{ user: User; token: string }> {
  const attempt = { username: input.username.toLowerCase(), ip: context.ip };
  await assertNotThrottled(db, attempt);

  const row = await users.findUserByUsername(db, input.username);
  const valid = row
    ? await verifyPassword(input.password, row.password_hash)
    : await verifyAgainstDummy(input.password, passwordCost);
  // A disabled account answers like a wrong password: nothing reveals which accounts exist.
  if (!row || !valid || row.disabled) {
    await sessions.recordLoginAttempt(db, { ...attempt, succeeded: false });
    throw new AppError('INVALID_CREDENTIALS');
  }

  const token = newSessionToken();
  await db.transaction().execute(async (trx) => {
    await sessions.clearFailures(trx, attempt);
    await sessions.recordLoginAttempt(trx, { ...attempt, succeeded: true });
    await sessions.insertSession(trx, {
      tokenHash: hashToken(token),
      userId: row.id,
      expiresAt: new Date(Date.now() + context.ttlMs),
    });
    await recordAudit(trx, {
      actorId: row.id,
      action: 'login',
      entity: 'session',
      entityId: row.id,
      after: { ip: context.ip },
      requestId: context.requestId ?? null,
    });
  });
  return { user: userRowToUser(row), token };
}

export async function logout(db: Kysely<Database>, sessionHash: string | undefined): Promise<void> {
  if (sessionHash) await sessions.deleteSession(db, sessionHash);
}

/** Changes one's own password; every other session of the user ends. */
export async function changeOwnPassword(
  db: Kysely<Database>,
  user: User,
  input: ChangePasswordInput,
  context: { sessionHash: string | undefined; ip: string; requestId?: string },
  passwordCost = productionPasswordCost,
): Promise<void> {
  // Throttled like sign-in: a stolen session must not become a way to guess the password.
  const attempt = { username: user.username.toLowerCase(), ip: context.ip };
  await assertNotThrottled(db, attempt);
  const row = await users.findUserById(db, user.id);
  if (!row || !(await verifyPassword(input.currentPassword, row.password_hash))) {
    await sessions.recordLoginAttempt(db, { ...attempt, succeeded: false });
    throw new AppError('WRONG_CURRENT_PASSWORD', {
      errors: [{ field: 'currentPassword', messageZh: '当前密码不正确', messageEn: 'The current password is wrong' }],
    });
  }
  assertUncommonPassword(input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword, passwordCost);
  await db.transaction().execute(async (trx) => {
    await users.updateUser(trx, user.id, { password_hash: passwordHash });
    await sessions.deleteUserSessions(trx, user.id, context.sessionHash);
    await recordAudit(trx, {
      actorId: user.id,
      action: 'change-password',
      entity: 'user',
      entityId: user.id,
      requestId: context.requestId ?? null,
    });
  });
}

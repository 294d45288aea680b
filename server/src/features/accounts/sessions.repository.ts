import type { Database } from '@cloudstd/db/tables';
import { sql, type Kysely } from 'kysely';

export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: string; userId: number; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('session')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      last_seen_at: new Date(),
      expires_at: session.expiresAt,
    })
    .execute();
}

export async function findActiveSession(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .select([
      'session.token_hash',
      'session.last_seen_at',
      'app_user.id',
      'app_user.username',
      'app_user.role',
      'app_user.disabled',
      'app_user.created_at',
      'app_user.updated_at',
    ])
    .where('session.token_hash', '=', tokenHash)
    .where('session.expires_at', '>', sql<Date>`now()`)
    .where('app_user.disabled', '=', false)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<Database>, tokenHash: string, expiresAt: Date): Promise<void> {
  await db
    .updateTable('session')
    .set({ last_seen_at: new Date(), expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
}

/** Ends a user's sessions, all or all but one (the one changing its own password stays signed in). */
export async function deleteUserSessions(
  db: Kysely<Database>,
  userId: number,
  exceptTokenHash?: string,
): Promise<void> {
  let query = db.deleteFrom('session').where('user_id', '=', userId);
  if (exceptTokenHash) query = query.where('token_hash', '!=', exceptTokenHash);
  await query.execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>): Promise<void> {
  await db
    .deleteFrom('session')
    .where('expires_at', '<=', sql<Date>`now()`)
    .execute();
}

export async function recordLoginAttempt(
  db: Kysely<Database>,
  attempt: { username: string; ip: string; succeeded: boolean },
): Promise<void> {
  await db.insertInto('login_attempt').values(attempt).execute();
}

/**
 * Failed sign-ins within the window: for the account from this address, for the account from any
 * address, and from this address across accounts.
 */
export async function countRecentFailures(
  db: Kysely<Database>,
  attempt: { username: string; ip: string; windowMinutes: number },
): Promise<{ forAccountAndAddress: number; forAccount: number; forAddress: number; oldest: Date | null }> {
  const since = sql<Date>`now() - make_interval(mins => ${attempt.windowMinutes})`;
  const row = await db
    .selectFrom('login_attempt')
    .select((eb) => [
      eb.fn
        .countAll<number>()
        .filterWhere((w) => w.and([w('username', '=', attempt.username), w('ip', '=', attempt.ip)]))
        .as('for_account_and_address'),
      eb.fn.countAll<number>().filterWhere('username', '=', attempt.username).as('for_account'),
      eb.fn.countAll<number>().filterWhere('ip', '=', attempt.ip).as('for_address'),
      eb.fn.min('attempted_at').as('oldest'),
    ])
    .where((w) => w.or([w('ip', '=', attempt.ip), w('username', '=', attempt.username)]))
    .where('succeeded', '=', false)
    .where('attempted_at', '>', since)
    .executeTakeFirstOrThrow();
  return {
    forAccountAndAddress: row.for_account_and_address,
    forAccount: row.for_account,
    forAddress: row.for_address,
    oldest: row.oldest ?? null,
  };
}

/** An admin's unlock: the account's failed sign-ins from every address are forgotten. */
export async function clearAccountFailures(db: Kysely<Database>, username: string): Promise<number> {
  const result = await db
    .deleteFrom('login_attempt')
    .where('username', '=', username)
    .where('succeeded', '=', false)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function clearFailures(db: Kysely<Database>, attempt: { username: string; ip: string }): Promise<void> {
  await db
    .deleteFrom('login_attempt')
    .where('username', '=', attempt.username)
    .where('ip', '=', attempt.ip)
    .where('succeeded', '=', false)
    .execute();
}

export async function deleteOldLoginAttempts(db: Kysely<Database>, olderThanDays: number): Promise<void> {
  await db
    .deleteFrom('login_attempt')
    .where('attempted_at', '<', sql<Date>`now() - make_interval(days => ${olderThanDays})`)
    .execute();
}

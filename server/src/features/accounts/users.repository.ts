import type { AppUserRow, AppUserUpdate, Database } from '@cloudstd/db/tables';
import type { Role } from '@cloudstd/shared/schemas/user';
import { sql, type Kysely } from 'kysely';

export async function findUserByUsername(db: Kysely<Database>, username: string): Promise<AppUserRow | undefined> {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where(sql<string>`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: number): Promise<AppUserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUsers(db: Kysely<Database>): Promise<AppUserRow[]> {
  return db.selectFrom('app_user').selectAll().orderBy('username').execute();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'admin')
    .where('disabled', '=', false)
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function insertUser(
  db: Kysely<Database>,
  user: { username: string; passwordHash: string; role: Role },
): Promise<AppUserRow> {
  return db
    .insertInto('app_user')
    .values({ username: user.username, password_hash: user.passwordHash, role: user.role, disabled: false })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateUser(db: Kysely<Database>, id: number, changes: AppUserUpdate): Promise<AppUserRow> {
  return db
    .updateTable('app_user')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Serialises changes to admin accounts so two concurrent demotions cannot remove the last admin. */
export async function lockAdmins(db: Kysely<Database>): Promise<void> {
  await db.selectFrom('app_user').select('id').where('role', '=', 'admin').forUpdate().execute();
}

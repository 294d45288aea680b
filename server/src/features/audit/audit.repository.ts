import type { Database } from '@cloudstd/db/tables';
import type { ListAuditQuery } from '@cloudstd/shared/schemas/audit';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';

/** A page of the audit log, newest first; `from`/`to` are Beijing calendar dates. */
export async function listAuditEntries(db: Kysely<Database>, query: ListAuditQuery) {
  const filters = (eb: ExpressionBuilder<Database, 'audit_log'>) =>
    eb.and([
      ...(query.entity ? [eb('audit_log.entity', '=', query.entity)] : []),
      ...(query.entityId ? [eb('audit_log.entity_id', '=', query.entityId)] : []),
      ...(query.actor
        ? [
            eb(
              'audit_log.actor_id',
              'in',
              eb
                .selectFrom('app_user')
                .select('id')
                .where(sql<string>`lower(username)`, '=', query.actor.toLowerCase()),
            ),
          ]
        : []),
      ...(query.from
        ? [eb('audit_log.at', '>=', sql<Date>`(${query.from}::date)::timestamp at time zone 'Asia/Shanghai'`)]
        : []),
      ...(query.to
        ? [eb('audit_log.at', '<', sql<Date>`(${query.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'`)]
        : []),
    ]);
  const { total } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where(filters)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('audit_log')
    .leftJoin('app_user', 'app_user.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.entity_id',
      'audit_log.before',
      'audit_log.after',
      'audit_log.request_id',
      'app_user.username',
    ])
    .where(filters)
    .orderBy('audit_log.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { rows, total };
}

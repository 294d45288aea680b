import type { Database } from '@cloudstd/db/tables';
import type { Kysely, Transaction } from 'kysely';

export interface AuditEntry {
  actorId: number | null;
  action: 'create' | 'update' | 'delete' | 'restore' | 'login' | 'logout' | 'change-password';
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** Writes one audit row; call it with the same transaction as the write it describes. */
export async function recordAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entity_id: String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      request_id: entry.requestId ?? null,
    })
    .execute();
}

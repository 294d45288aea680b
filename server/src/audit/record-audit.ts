import type { Database } from '@cloudstd/db/tables';
import type { Kysely, Transaction } from 'kysely';

export interface AuditEntry {
  actorId: number | null;
  action:
    | 'create'
    | 'update'
    | 'delete'
    | 'restore'
    | 'login'
    | 'logout'
    | 'change-password'
    /** An admin lifted an account's sign-in lock. */
    | 'unlock'
    /** A standard's successor recorded (被代替) or removed, derived from the successor's `replaces`. */
    | 'replace'
    | 'unreplace'
    /** A five-year review's outcome recorded (复审). */
    | 'review'
    /** An admin downloaded a backup of the whole database. */
    | 'backup';
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  /** The bulk import (data_import) making the change, if one is. */
  importId?: number | null;
}

function auditRow(entry: AuditEntry) {
  return {
    actor_id: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entity_id: String(entry.entityId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    request_id: entry.requestId ?? null,
    import_id: entry.importId ?? null,
  };
}

/** Writes one audit row; call it with the same transaction as the write it describes. */
export async function recordAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(auditRow(entry)).execute();
}

/** Writes many audit rows in a few statements (bulk imports); same transaction as the writes. */
export async function recordAudits(
  db: Kysely<Database> | Transaction<Database>,
  entries: readonly AuditEntry[],
): Promise<void> {
  const BATCH = 1000;
  for (let start = 0; start < entries.length; start += BATCH) {
    await db
      .insertInto('audit_log')
      .values(entries.slice(start, start + BATCH).map(auditRow))
      .execute();
  }
}

import type { Database } from '@cloudstd/db/tables';
import { auditListSchema, listAuditQuerySchema, type AuditList } from '@cloudstd/shared/schemas/audit';
import type { Kysely } from 'kysely';
import { ApiRouter } from '../../http/route.ts';
import { listAuditEntries } from './audit.repository.ts';

export function createAuditRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/audit');
  routes.get(
    '/',
    {
      summary: 'The audit log: who changed what, when',
      access: 'admin',
      query: listAuditQuerySchema,
      response: auditListSchema,
    },
    async ({ query }): Promise<AuditList> => {
      const { rows, total } = await listAuditEntries(db, query);
      return {
        items: rows.map((row) => ({
          id: row.id,
          at: row.at.toISOString(),
          actor: row.username,
          action: row.action,
          entity: row.entity,
          entityId: row.entity_id,
          before: row.before,
          after: row.after,
          requestId: row.request_id,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );
  return routes;
}

import type { Database } from '@cloudstd/db/tables';
import {
  createEnterpriseInputSchema,
  draftedStandardsQuerySchema,
  draftedStandardsSchema,
  enterpriseIdParamsSchema,
  enterpriseListSchema,
  enterpriseSchema,
  listEnterprisesQuerySchema,
  updateEnterpriseInputSchema,
} from '@cloudstd/shared/schemas/enterprise';
import type { Kysely } from 'kysely';
import { actorOf } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import {
  createEnterprise,
  deleteEnterprise,
  getEnterprise,
  listDraftedStandards,
  listEnterprisesPage,
  restoreEnterprise,
  updateEnterprise,
} from './enterprises.service.ts';

export function createEnterprisesRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/enterprises');
  routes.get(
    '/',
    {
      summary: 'Find enterprises: name or credit code, industry, province, adopted standard and dates, paging',
      access: 'viewer',
      query: listEnterprisesQuerySchema,
      response: enterpriseListSchema,
    },
    ({ query }) => listEnterprisesPage(db, query),
  );
  routes.post(
    '/',
    {
      summary:
        'Record an enterprise; a credit code failing its check character needs an admin’s creditCodeOverride (400 without, 403 for others)',
      access: 'editor',
      body: createEnterpriseInputSchema,
      response: enterpriseSchema,
      status: 201,
    },
    ({ body, req, res }) => createEnterprise(db, body, actorOf({ req, res })),
  );
  routes.get(
    '/:id',
    {
      summary: 'One enterprise (deleted ones too)',
      access: 'viewer',
      params: enterpriseIdParamsSchema,
      response: enterpriseSchema,
    },
    ({ params }) => getEnterprise(db, params.id),
  );
  routes.get(
    '/:id/drafted-standards',
    {
      summary: 'The registered standards whose drafting organisations (起草单位) include the enterprise’s exact name',
      access: 'viewer',
      params: enterpriseIdParamsSchema,
      query: draftedStandardsQuerySchema,
      response: draftedStandardsSchema,
    },
    ({ params, query }) => listDraftedStandards(db, params.id, query),
  );
  routes.patch(
    '/:id',
    {
      summary: 'Correct an enterprise; carries the version it edits (409 when stale)',
      access: 'editor',
      params: enterpriseIdParamsSchema,
      body: updateEnterpriseInputSchema,
      response: enterpriseSchema,
    },
    ({ params, body, req, res }) => updateEnterprise(db, params.id, body, actorOf({ req, res })),
  );
  routes.delete(
    '/:id',
    {
      summary: 'Delete an enterprise (restorable; it leaves the count)',
      access: 'editor',
      params: enterpriseIdParamsSchema,
    },
    ({ params, req, res }) => deleteEnterprise(db, params.id, actorOf({ req, res })),
  );
  routes.post(
    '/:id/restore',
    {
      summary: 'Restore a deleted enterprise',
      access: 'editor',
      params: enterpriseIdParamsSchema,
      response: enterpriseSchema,
    },
    ({ params, req, res }) => restoreEnterprise(db, params.id, actorOf({ req, res })),
  );
  return routes;
}

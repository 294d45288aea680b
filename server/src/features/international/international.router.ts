import type { Database } from '@cloudstd/db/tables';
import {
  createInternationalItemInputSchema,
  internationalItemIdParamsSchema,
  internationalItemListSchema,
  internationalItemSchema,
  listInternationalItemsQuerySchema,
  updateInternationalItemInputSchema,
} from '@cloudstd/shared/schemas/international-item';
import type { Kysely } from 'kysely';
import { actorOf } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import {
  createInternationalItem,
  deleteInternationalItem,
  getInternationalItem,
  listInternationalItemsPage,
  restoreInternationalItem,
  updateInternationalItem,
} from './international.service.ts';

export function createInternationalRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/international-items');
  routes.get(
    '/',
    {
      summary: 'Find international items: text, body, stage as of a date, China’s role, paging',
      access: 'viewer',
      query: listInternationalItemsQuerySchema,
      response: internationalItemListSchema,
    },
    ({ query }) => listInternationalItemsPage(db, query),
  );
  routes.post(
    '/',
    {
      summary:
        'Record an international item with its stage history (stages in order, dates not decreasing); relatedStandard must be registered',
      access: 'editor',
      body: createInternationalItemInputSchema,
      response: internationalItemSchema,
      status: 201,
    },
    ({ body, req, res }) => createInternationalItem(db, body, actorOf({ req, res })),
  );
  routes.get(
    '/:id',
    {
      summary: 'One international item (deleted ones too), its stage today',
      access: 'viewer',
      params: internationalItemIdParamsSchema,
      response: internationalItemSchema,
    },
    ({ params }) => getInternationalItem(db, params.id),
  );
  routes.patch(
    '/:id',
    {
      summary:
        'Correct an international item; carries the version it edits (409 when stale); stages replace the history',
      access: 'editor',
      params: internationalItemIdParamsSchema,
      body: updateInternationalItemInputSchema,
      response: internationalItemSchema,
    },
    ({ params, body, req, res }) => updateInternationalItem(db, params.id, body, actorOf({ req, res })),
  );
  routes.delete(
    '/:id',
    {
      summary: 'Delete an international item (restorable; it leaves the figures)',
      access: 'editor',
      params: internationalItemIdParamsSchema,
    },
    ({ params, req, res }) => deleteInternationalItem(db, params.id, actorOf({ req, res })),
  );
  routes.post(
    '/:id/restore',
    {
      summary: 'Restore a deleted international item',
      access: 'editor',
      params: internationalItemIdParamsSchema,
      response: internationalItemSchema,
    },
    ({ params, req, res }) => restoreInternationalItem(db, params.id, actorOf({ req, res })),
  );
  return routes;
}

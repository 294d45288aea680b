import type { Database } from '@cloudstd/db/tables';
import {
  adoptionIdParamsSchema,
  adoptionListSchema,
  adoptionSchema,
  createAdoptionInputSchema,
  listAdoptionsQuerySchema,
} from '@cloudstd/shared/schemas/enterprise';
import type { Kysely } from 'kysely';
import { actorOf } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import { createAdoption, deleteAdoption, listAdoptionsPage } from './adoptions.service.ts';

export function createAdoptionsRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/adoptions');
  routes.get(
    '/',
    {
      summary: 'Find adoptions: by enterprise, standard, text, industry, province and dates',
      access: 'viewer',
      query: listAdoptionsQuerySchema,
      response: adoptionListSchema,
    },
    ({ query }) => listAdoptionsPage(db, query),
  );
  routes.post(
    '/',
    {
      summary: 'Record that an enterprise adopted a standard (409 when it already did)',
      access: 'editor',
      body: createAdoptionInputSchema,
      response: adoptionSchema,
      status: 201,
    },
    ({ body, req, res }) => createAdoption(db, body, actorOf({ req, res })),
  );
  routes.delete(
    '/:id',
    { summary: 'Delete an adoption record', access: 'editor', params: adoptionIdParamsSchema },
    ({ params, req, res }) => deleteAdoption(db, params.id, actorOf({ req, res })),
  );
  return routes;
}

import type { Database } from '@cloudstd/db/tables';
import {
  directionListSchema,
  directionSuggestionListSchema,
  frameworkListSchema,
  frameworkQuerySchema,
  frameworkSchema,
  placementInputSchema,
  placementParamsSchema,
  placementSchema,
  suggestDirectionsInputSchema,
  unplacedListSchema,
} from '@cloudstd/shared/schemas/framework';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import { actorOf } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import {
  getFrameworkTree,
  getPlacement,
  listDirections,
  listLoadedFrameworks,
  listUnplaced,
  setPlacement,
} from './framework.service.ts';
import { createDirectionSuggestions } from './suggest.service.ts';

const frameworkKeyParamsSchema = z.strictObject({ key: z.string().trim().min(1).max(100) });

export function createFrameworkRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('');
  const suggestions = createDirectionSuggestions(db);
  routes.get(
    '/framework',
    {
      summary: 'A framework tree (the default edition when `framework` is omitted)',
      access: 'viewer',
      query: frameworkQuerySchema,
      response: frameworkSchema,
    },
    ({ query }) => getFrameworkTree(db, query.framework),
  );
  routes.get(
    '/directions',
    {
      summary: 'A framework’s research directions (leaves) in code order, each with its path',
      access: 'viewer',
      query: frameworkQuerySchema,
      response: directionListSchema,
    },
    ({ query }) => listDirections(db, query.framework),
  );
  routes.post(
    '/directions/suggest',
    {
      summary:
        'Directions of an edition ranked by fit for a title: each with a score and the reasons to check (matched words, similar registered standards)',
      access: 'viewer',
      body: suggestDirectionsInputSchema,
      response: directionSuggestionListSchema,
    },
    ({ body }) => suggestions.suggest(body),
  );
  routes.get(
    '/frameworks',
    { summary: 'The loaded frameworks (editions), the default first', access: 'viewer', response: frameworkListSchema },
    () => listLoadedFrameworks(db),
  );
  routes.get(
    '/frameworks/:key/unplaced',
    {
      summary: 'Standards filed in another edition that the crosswalk cannot place in this one',
      access: 'viewer',
      params: frameworkKeyParamsSchema,
      response: unplacedListSchema,
    },
    ({ params }) => listUnplaced(db, params.key),
  );
  routes.get(
    '/frameworks/:key/placements/:id',
    {
      summary: 'A standard’s directions in an edition: filed, overridden or derived through the crosswalk',
      access: 'viewer',
      params: placementParamsSchema,
      response: placementSchema,
    },
    ({ params }) => getPlacement(db, params.key, params.id),
  );
  routes.patch(
    '/frameworks/:key/placements/:id',
    {
      summary: 'Place a standard explicitly in an edition it is not filed in (empty: back to the crosswalk)',
      access: 'editor',
      params: placementParamsSchema,
      body: placementInputSchema,
      response: placementSchema,
    },
    ({ params, body, req, res }) => setPlacement(db, params.key, params.id, body, actorOf({ req, res })),
  );
  return routes;
}

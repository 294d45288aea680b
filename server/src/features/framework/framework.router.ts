import type { Database } from '@cloudstd/db/tables';
import { directionListSchema, frameworkSchema } from '@cloudstd/shared/schemas/framework';
import type { Kysely } from 'kysely';
import { ApiRouter } from '../../http/route.ts';
import { getFrameworkTree, listDirections } from './framework.service.ts';

export function createFrameworkRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('');
  routes.get('/framework', { summary: 'The framework tree', access: 'viewer', response: frameworkSchema }, () =>
    getFrameworkTree(db),
  );
  routes.get(
    '/directions',
    { summary: 'The research directions (leaves) in code order', access: 'viewer', response: directionListSchema },
    () => listDirections(db),
  );
  return routes;
}

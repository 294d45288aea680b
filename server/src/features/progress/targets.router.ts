import type { Database } from '@cloudstd/db/tables';
import {
  targetSetKeyParamsSchema,
  targetSetListSchema,
  targetSetSchema,
  updateTargetSetInputSchema,
} from '@cloudstd/shared/schemas/target-set';
import type { Kysely } from 'kysely';
import { actorOf } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import { listTargetSets, updateTargetSet } from './targets.service.ts';

export function createTargetsRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/target-sets');
  routes.get(
    '/',
    { summary: 'Target sets with their goals and counting rules', access: 'viewer', response: targetSetListSchema },
    () => listTargetSets(db),
  );
  routes.patch(
    '/:key',
    {
      summary: 'Change goals, window or counting rules (admins; carries the version it edits)',
      access: 'admin',
      params: targetSetKeyParamsSchema,
      body: updateTargetSetInputSchema,
      response: targetSetSchema,
    },
    ({ params, body, req, res }) => updateTargetSet(db, params.key, body, actorOf({ req, res })),
  );
  return routes;
}

import type { Database } from '@cloudstd/db/tables';
import {
  asOfQuerySchema,
  createStandardInputSchema,
  listStandardsQuerySchema,
  replacementChainSchema,
  unknownPredecessorListSchema,
  standardHistorySchema,
  standardIdParamsSchema,
  standardListSchema,
  standardSchema,
  updateStandardInputSchema,
} from '@cloudstd/shared/schemas/standard';
import type { Kysely } from 'kysely';
import { actorOf } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import {
  createStandard,
  deleteStandard,
  getStandard,
  getStandardHistory,
  listStandardsPage,
  restoreStandard,
  updateStandard,
} from './standards.service.ts';
import { getReplacementChain, listUnknownPredecessors } from './standards.replacement.service.ts';
import { listPlanTracking } from './standards.plan.service.ts';
import { listReviewsDue, recordReview } from './standards.review.service.ts';
import { planTrackingQuerySchema, planTrackingSchema } from '@cloudstd/shared/schemas/plan';
import {
  createReviewInputSchema,
  reviewSchema,
  reviewsDueQuerySchema,
  reviewsDueSchema,
} from '@cloudstd/shared/schemas/review';

export function createStandardsRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/standards');

  routes.get(
    '/',
    {
      summary: 'Find standards: filters, status as of a date, sorting, paging',
      access: 'viewer',
      query: listStandardsQuerySchema,
      response: standardListSchema,
    },
    ({ query }) => listStandardsPage(db, query),
  );
  routes.post(
    '/',
    {
      summary: 'Record a standard',
      access: 'editor',
      body: createStandardInputSchema,
      response: standardSchema,
      status: 201,
    },
    ({ body, req, res }) => createStandard(db, body, actorOf({ req, res })),
  );
  routes.get(
    '/reviews-due',
    {
      summary: 'The 复审 list: standards due for their five-year review as of a date',
      access: 'viewer',
      query: reviewsDueQuerySchema,
      response: reviewsDueSchema,
    },
    ({ query }) => listReviewsDue(db, query),
  );
  routes.post(
    '/:id/reviews',
    {
      summary: 'Record a five-year review outcome (继续有效 / 修订 / 废止) with its date',
      access: 'editor',
      params: standardIdParamsSchema,
      body: createReviewInputSchema,
      response: reviewSchema,
      status: 201,
    },
    ({ params, body, req, res }) => recordReview(db, params.id, body, actorOf({ req, res })),
  );
  routes.get(
    '/plans',
    {
      summary: '计划跟踪: plans open as of a date with due date, overdue days and stage against the GB/T 16733 norms',
      access: 'viewer',
      query: planTrackingQuerySchema,
      response: planTrackingSchema,
    },
    ({ query }) => listPlanTracking(db, query),
  );
  routes.get(
    '/unknown-predecessors',
    {
      summary: 'Replaced numbers not in the registry: successor recorded, predecessor unknown',
      access: 'viewer',
      response: unknownPredecessorListSchema,
    },
    () => listUnknownPredecessors(db),
  );
  routes.get(
    '/:id/replacement-chain',
    {
      summary: 'The replacement chain through a standard, oldest first, statuses as of a date',
      access: 'viewer',
      params: standardIdParamsSchema,
      query: asOfQuerySchema,
      response: replacementChainSchema,
    },
    ({ params, query }) => getReplacementChain(db, params.id, query.asOf),
  );
  routes.get(
    '/:id',
    {
      summary: 'One standard (deleted ones too)',
      access: 'viewer',
      params: standardIdParamsSchema,
      query: asOfQuerySchema,
      response: standardSchema,
    },
    ({ params, query }) => getStandard(db, params.id, query.asOf),
  );
  routes.patch(
    '/:id',
    {
      summary: 'Correct a standard; carries the version it edits (409 when stale)',
      access: 'editor',
      params: standardIdParamsSchema,
      body: updateStandardInputSchema,
      response: standardSchema,
    },
    ({ params, body, req, res }) => updateStandard(db, params.id, body, actorOf({ req, res })),
  );
  routes.delete(
    '/:id',
    { summary: 'Delete a standard (restorable)', access: 'editor', params: standardIdParamsSchema },
    ({ params, req, res }) => deleteStandard(db, params.id, actorOf({ req, res })),
  );
  routes.post(
    '/:id/restore',
    {
      summary: 'Restore a deleted standard',
      access: 'editor',
      params: standardIdParamsSchema,
      response: standardSchema,
    },
    ({ params, req, res }) => restoreStandard(db, params.id, actorOf({ req, res })),
  );
  routes.get(
    '/:id/history',
    {
      summary: 'Every change to a standard',
      access: 'viewer',
      params: standardIdParamsSchema,
      response: standardHistorySchema,
    },
    ({ params }) => getStandardHistory(db, params.id),
  );
  return routes;
}

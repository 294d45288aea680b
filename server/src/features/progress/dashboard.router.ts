import type { Database } from '@cloudstd/db/tables';
import {
  breakdownQuerySchema,
  breakdownResponseSchema,
  coverageResponseSchema,
  dashboardQuerySchema,
  dashboardSummarySchema,
  milestonesResponseSchema,
  timelineResponseSchema,
} from '@cloudstd/shared/schemas/dashboard';
import { internationalProgressSchema } from '@cloudstd/shared/schemas/international-item';
import type { Kysely } from 'kysely';
import { ApiRouter } from '../../http/route.ts';
import { createVersionedCache } from './dashboard.cache.ts';
import {
  getBreakdown,
  getCoverage,
  getInternational,
  getMilestones,
  getSummary,
  getTimeline,
  resolveDashboardQuery,
  resolveFrameworkRef,
} from './dashboard.service.ts';
import { resolveTargetSet } from './targets.service.ts';

export function createDashboardRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/dashboard');
  const cached = createVersionedCache(db);

  routes.get(
    '/summary',
    {
      summary: 'Progress toward the goals as of a date',
      access: 'viewer',
      query: dashboardQuerySchema,
      response: dashboardSummarySchema,
    },
    async ({ query }) => {
      const { asOf, set, framework } = await resolveDashboardQuery(db, query);
      return cached(`summary:${set.key}:${set.version}:${framework.key}:${asOf}`, () =>
        getSummary(db, set, framework, asOf),
      );
    },
  );
  routes.get(
    '/coverage',
    {
      summary: 'Each research direction’s standards and state as of a date',
      access: 'viewer',
      query: dashboardQuerySchema,
      response: coverageResponseSchema,
    },
    async ({ query }) => {
      const { asOf } = query;
      const framework = await resolveFrameworkRef(db, query.framework);
      return cached(`coverage:${framework.key}:${asOf}`, () => getCoverage(db, framework, asOf));
    },
  );
  routes.get(
    '/timeline',
    {
      summary: 'Monthly cumulative counted standards and adopting enterprises with the goals’ trajectories',
      access: 'viewer',
      query: dashboardQuerySchema,
      response: timelineResponseSchema,
    },
    async ({ query }) => {
      const { asOf, set } = await resolveDashboardQuery(db, query);
      return cached(`timeline:${set.key}:${set.version}:${asOf}`, () => getTimeline(db, set, asOf));
    },
  );
  routes.get(
    '/international',
    {
      summary:
        'International items by stage and China’s role month by month since the window opened, China-led items published and national standards converted since then',
      access: 'viewer',
      query: dashboardQuerySchema,
      response: internationalProgressSchema,
    },
    async ({ query }) => {
      const { asOf, set } = await resolveDashboardQuery(db, query);
      return cached(`international:${set.key}:${set.version}:${asOf}`, () => getInternational(db, set, asOf));
    },
  );
  routes.get(
    '/milestones',
    {
      summary: 'The target set’s dated milestones, met or not and by which standard',
      access: 'viewer',
      query: dashboardQuerySchema,
      response: milestonesResponseSchema,
    },
    async ({ query }) => {
      const { asOf, set } = await resolveDashboardQuery(db, query);
      return cached(`milestones:${set.key}:${set.version}:${asOf}`, () => getMilestones(db, set, asOf));
    },
  );
  routes.get(
    '/breakdown',
    {
      summary:
        'Standards existing at a date by level, status, committee or part; enterprises the target set counts by industry or province; adopters by standard',
      access: 'viewer',
      query: breakdownQuerySchema,
      response: breakdownResponseSchema,
    },
    async ({ query }) => {
      const { asOf } = query;
      const [framework, set] = await Promise.all([
        resolveFrameworkRef(db, query.framework),
        resolveTargetSet(db, query.targetSet),
      ]);
      return cached(`breakdown:${query.by}:${framework.key}:${set.key}:${set.version}:${asOf}`, () =>
        getBreakdown(db, query.by, asOf, framework.id, set),
      );
    },
  );
  return routes;
}

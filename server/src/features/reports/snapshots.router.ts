import type { Database } from '@cloudstd/db/tables';
import {
  createSnapshotInputSchema,
  snapshotCompareParamsSchema,
  snapshotComparisonSchema,
  snapshotDetailSchema,
  snapshotIdParamsSchema,
  snapshotListSchema,
  snapshotReportParamsSchema,
  snapshotReportQuerySchema,
  snapshotSchema,
} from '@cloudstd/shared/schemas/report';
import type { Kysely } from 'kysely';
import { actorOf } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import {
  compareSnapshotsById,
  createSnapshot,
  getSnapshot,
  listSnapshots,
  snapshotReport,
} from './snapshots.service.ts';

/** Report snapshots: editors and admins publish, everyone reads, renders and compares them. */
export function createSnapshotsRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/snapshots');

  routes.get(
    '/',
    { summary: 'Published report snapshots, newest first', access: 'viewer', response: snapshotListSchema },
    () => listSnapshots(db),
  );
  routes.post(
    '/',
    {
      summary: 'Publish the numbers as of a date as a named snapshot (e.g. 2026-Q3); frozen from then on',
      access: 'editor',
      body: createSnapshotInputSchema,
      response: snapshotSchema,
      status: 201,
    },
    ({ body, req, res }) => createSnapshot(db, body, actorOf({ req, res })),
  );
  routes.get(
    '/:id',
    {
      summary: 'One snapshot with its frozen numbers, standards and enterprises',
      access: 'viewer',
      params: snapshotIdParamsSchema,
      response: snapshotDetailSchema,
    },
    ({ params }) => getSnapshot(db, params.id),
  );
  routes.get(
    '/:id/progress.:format',
    {
      summary: 'A snapshot’s report as PDF or XLSX, rendered from its frozen numbers',
      access: 'viewer',
      params: snapshotReportParamsSchema,
      query: snapshotReportQuerySchema,
      download: ['pdf', 'xlsx'],
    },
    ({ params, query, req, res }) => snapshotReport(db, params.id, params.format, query.lang, actorOf({ req, res })),
  );
  routes.get(
    '/:a/compare/:b',
    {
      summary: 'What changed from snapshot a to snapshot b: KPI deltas, standards added, removed, moved, corrected',
      access: 'viewer',
      params: snapshotCompareParamsSchema,
      response: snapshotComparisonSchema,
    },
    ({ params }) => compareSnapshotsById(db, params.a, params.b),
  );
  return routes;
}

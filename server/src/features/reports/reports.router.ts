import type { Database } from '@cloudstd/db/tables';
import {
  coverageCsvQuerySchema,
  progressReportParamsSchema,
  progressReportQuerySchema,
  standardsCsvQuerySchema,
} from '@cloudstd/shared/schemas/report';
import type { Kysely } from 'kysely';
import { actorOf } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import { coverageCsv, planTrackingCsv, progressReport, reviewsDueCsv, standardsCsv } from './reports.service.ts';
import { planTrackingCsvQuerySchema } from '@cloudstd/shared/schemas/plan';
import { reviewsDueCsvQuerySchema } from '@cloudstd/shared/schemas/review';

/** Exports: every viewer may download; `lang=zh|en` picks the headers' and labels' language (default zh). */
export function createReportsRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/reports');

  routes.get(
    '/standards.csv',
    {
      summary:
        'The standards list as CSV (text/csv, UTF-8 with BOM): the list’s filters and sort, no paging; lang=zh|en for the headers',
      access: 'viewer',
      query: standardsCsvQuerySchema,
      download: ['csv'],
    },
    ({ query }) => standardsCsv(db, query),
  );
  routes.get(
    '/coverage.csv',
    {
      summary: 'Every research direction with its counts and state as of a date, as CSV (UTF-8 with BOM)',
      access: 'viewer',
      query: coverageCsvQuerySchema,
      download: ['csv'],
    },
    ({ query }) => coverageCsv(db, query),
  );
  routes.get(
    '/plans.csv',
    {
      summary: '计划跟踪 as CSV (UTF-8 with BOM): open plans as of a date, overdue first; overdue=true, stage, lang',
      access: 'viewer',
      query: planTrackingCsvQuerySchema,
      download: ['csv'],
    },
    ({ query }) => planTrackingCsv(db, query),
  );
  routes.get(
    '/reviews.csv',
    {
      summary: 'The 复审 list as CSV (UTF-8 with BOM): standards due for their five-year review as of a date',
      access: 'viewer',
      query: reviewsDueCsvQuerySchema,
      download: ['csv'],
    },
    ({ query }) => reviewsDueCsv(db, query),
  );
  routes.get(
    '/progress.:format',
    {
      summary:
        'The progress report as PDF (A4, for the committee) or XLSX (概览, 研制方向覆盖, 标准清单, 贯标企业), as of a date for a target set',
      access: 'viewer',
      params: progressReportParamsSchema,
      query: progressReportQuerySchema,
      download: ['pdf', 'xlsx'],
    },
    ({ params, query, req, res }) => progressReport(db, params.format, query, actorOf({ req, res })),
  );
  return routes;
}

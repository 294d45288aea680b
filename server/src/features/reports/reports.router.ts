import type { Database } from '@cloudstd/db/tables';
import {
  coverageCsvQuerySchema,
  progressReportParamsSchema,
  progressReportQuerySchema,
  standardsCsvQuerySchema,
} from '@cloudstd/shared/schemas/report';
import type { Kysely } from 'kysely';
import { ApiRouter, currentUser } from '../../http/route.ts';
import type { ProgressSource } from './report-sources.ts';
import { sendCoverageCsv, sendProgressReport, sendStandardsCsv } from './reports.service.ts';

/** Exports: every viewer may download; `lang=zh|en` picks the headers' and labels' language (default zh). */
export function createReportsRouter(db: Kysely<Database>, source: ProgressSource): ApiRouter {
  const routes = new ApiRouter('/reports');

  routes.get(
    '/standards.csv',
    {
      summary:
        'The standards list as CSV (text/csv, UTF-8 with BOM): the list’s filters and sort, no paging; lang=zh|en for the headers',
      access: 'viewer',
      query: standardsCsvQuerySchema,
      status: 200,
    },
    async ({ query, res }) => {
      await sendStandardsCsv(db, query, res);
    },
  );
  routes.get(
    '/coverage.csv',
    {
      summary: 'Every research direction with its counts and state as of a date, as CSV (UTF-8 with BOM)',
      access: 'viewer',
      query: coverageCsvQuerySchema,
      status: 200,
    },
    async ({ query, res }) => {
      await sendCoverageCsv(db, source, query, res);
    },
  );
  routes.get(
    '/progress.:format',
    {
      summary:
        'The progress report as PDF (A4, for the committee) or XLSX (概览, 研制方向覆盖, 标准清单, 贯标企业), as of a date for a target set',
      access: 'viewer',
      params: progressReportParamsSchema,
      query: progressReportQuerySchema,
      status: 200,
    },
    async ({ params, query, res }) => {
      await sendProgressReport(db, source, params.format, query, currentUser(res), res);
    },
  );
  return routes;
}

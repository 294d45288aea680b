import type { Database } from '@cloudstd/db/tables';
import { frameworkQuerySchema } from '@cloudstd/shared/schemas/framework';
import {
  attendeeImportQuerySchema,
  announcementImportInputSchema,
  announcementImportQuerySchema,
  announcementReadInputSchema,
  announcementReadingSchema,
  importQuerySchema,
  importReportSchema,
  standardsImportQuerySchema,
  type ImportQuery,
  type ImportReport,
} from '@cloudstd/shared/schemas/import';
import type { Kysely } from 'kysely';
import { actorOf, type Actor } from '../../http/actor.ts';
import type { Download } from '../../http/download.ts';
import { ApiRouter } from '../../http/route.ts';
import {
  getAdoptionsTemplate,
  getAttendeesTemplate,
  getStandardsTemplate,
  importAdoptions,
  importAttendees,
  importStandards,
  reportAsWorkbook,
  type UploadedFile,
} from './imports.service.ts';
import { importAnnouncement, readAnnouncement } from './announcement.service.ts';
import { receiveUpload } from './receive-upload.ts';
import { createDirectionSuggestions } from '../framework/suggest.service.ts';

interface ImportKindRoutes {
  kind: Exclude<ImportReport['kind'], 'attendees'>;
  summary: string;
  query: typeof importQuerySchema | typeof standardsImportQuerySchema;
  run: (file: UploadedFile, query: ImportQuery, actor: Actor) => Promise<ImportReport>;
  templateSummary: string;
  template: (framework: string | undefined) => Promise<Download>;
}

export function createImportsRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/imports');
  const suggestions = createDirectionSuggestions(db);
  const kinds: ImportKindRoutes[] = [
    {
      kind: 'standards',
      summary:
        'Import standards from an XLSX or CSV file (multipart field `file`), its directions read in the edition `framework` (default: the default framework): a dry run (default) reports each row, dryRun=false applies all rows or none (422 with the report); format=xlsx returns the dry-run report as a workbook',
      query: standardsImportQuerySchema,
      run: (file, query, actor) => importStandards(db, suggestions, file, query, actor),
      templateSummary:
        'The standards import template of an edition (`framework`, default the default one): columns with zh/en headers, an example, its directions',
      template: (framework) => getStandardsTemplate(db, framework),
    },
    {
      kind: 'adoptions',
      summary:
        'Import adoptions (enterprise, credit code, standard number, date, evidence…) from an XLSX or CSV file (multipart field `file`): enterprises are matched by credit code or created; a dry run (default) reports each row, dryRun=false applies all rows or none (422 with the report); format=xlsx returns the dry-run report as a workbook',
      query: importQuerySchema,
      run: (file, query, actor) => importAdoptions(db, file, query, actor),
      templateSummary: 'The adoptions import template: columns with zh/en headers, an example, the rules',
      template: () => getAdoptionsTemplate(),
    },
  ];

  for (const { kind, summary, query: querySchema, run, templateSummary, template } of kinds) {
    routes.post(
      `/${kind}`,
      {
        summary,
        access: 'editor',
        query: querySchema,
        upload: 'file',
        response: importReportSchema,
        download: ['xlsx'],
      },
      async ({ query, req, res }) => {
        const file = await receiveUpload(req, res);
        const report = await run(file, query, actorOf({ req, res }));
        // The report as JSON, or as the workbook to fix and upload again.
        return query.format === 'json' ? report : reportAsWorkbook(report, file.name);
      },
    );
    routes.get(
      `/${kind}/template.xlsx`,
      { summary: templateSummary, access: 'viewer', query: frameworkQuerySchema, download: ['xlsx'] },
      ({ query }) => template(query.framework),
    );
  }

  routes.post(
    '/attendees',
    {
      summary:
        'Import a 宣贯 event’s attendee list (企业名称, 统一社会信用代码, 参会人数, 备注) into event=<id> from an XLSX or CSV file (multipart field `file`): enterprises are matched by credit code or created; a dry run (default) reports each row, dryRun=false applies all rows or none (422 with the report)',
      access: 'editor',
      query: attendeeImportQuerySchema,
      upload: 'file',
      response: importReportSchema,
      download: ['xlsx'],
    },
    async ({ query, req, res }) => {
      const file = await receiveUpload(req, res);
      const report = await importAttendees(db, file, query, actorOf({ req, res }));
      return query.format === 'json' ? report : reportAsWorkbook(report, file.name);
    },
  );
  routes.get(
    '/attendees/template.xlsx',
    { summary: 'The attendee list template', access: 'viewer', download: ['xlsx'] },
    getAttendeesTemplate,
  );
  routes.post(
    '/announcement/read',
    {
      summary:
        'Read text pasted from an SAC/MIIT announcement (序号, 标准编号, 标准名称, 代替标准号, 实施日期; at most 5 MB): each row with its errors, cloud relevance (relevant rows pre-selected) and suggested directions; writes nothing',
      access: 'editor',
      body: announcementReadInputSchema,
      response: announcementReadingSchema,
    },
    ({ body }) => readAnnouncement(suggestions, body),
  );
  routes.post(
    '/announcement',
    {
      summary:
        'Import the chosen rows of an announcement as standards published on its date: a dry run (default) reports each row; dryRun=false applies all rows or none; rows with suggested directions need confirmSuggested=true',
      access: 'editor',
      query: announcementImportQuerySchema,
      body: announcementImportInputSchema,
      response: importReportSchema,
    },
    ({ body, query, req, res }) => importAnnouncement(db, suggestions, body, query, actorOf({ req, res })),
  );
  return routes;
}

import type { Database } from '@cloudstd/db/tables';
import {
  importQuerySchema,
  importReportSchema,
  type ImportQuery,
  type ImportReport,
} from '@cloudstd/shared/schemas/import';
import type { Response } from 'express';
import type { Kysely } from 'kysely';
import { actorOf, type Actor } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import {
  getAdoptionsTemplate,
  getStandardsTemplate,
  importAdoptions,
  importStandards,
  type UploadedFile,
} from './imports.service.ts';
import { receiveUpload } from './receive-upload.ts';
import { buildReportWorkbook } from './report-workbook.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 6266 attachment header with a UTF-8 name (Chinese file names survive) and an ASCII fallback. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The report as JSON (returned for the router to send), or as the workbook to fix and upload again. */
async function answer(
  report: ImportReport,
  fileName: string,
  format: ImportQuery['format'],
  res: Response,
): Promise<ImportReport | undefined> {
  if (format === 'json') return report;
  const name = `${fileName.replace(/\.[^.]*$/, '')}-导入检查.xlsx`;
  res.type(XLSX_TYPE).setHeader('Content-Disposition', attachment(name));
  res.send(await buildReportWorkbook(report));
  return undefined;
}

interface ImportKindRoutes {
  kind: 'standards' | 'adoptions';
  summary: string;
  run: (file: UploadedFile, query: ImportQuery, actor: Actor) => Promise<ImportReport>;
  templateSummary: string;
  templateName: string;
  template: () => Promise<Buffer>;
}

export function createImportsRouter(db: Kysely<Database>): ApiRouter {
  const routes = new ApiRouter('/imports');
  const kinds: ImportKindRoutes[] = [
    {
      kind: 'standards',
      summary:
        'Import standards from an XLSX or CSV file (multipart field `file`): a dry run (default) reports each row, dryRun=false applies all rows or none (422 with the report); format=xlsx returns the dry-run report as a workbook',
      run: (file, query, actor) => importStandards(db, file, query, actor),
      templateSummary: 'The standards import template: columns with zh/en headers, an example, the 50 directions',
      templateName: '标准导入模板.xlsx',
      template: () => getStandardsTemplate(db),
    },
    {
      kind: 'adoptions',
      summary:
        'Import adoptions (enterprise, credit code, standard number, date, evidence…) from an XLSX or CSV file (multipart field `file`): enterprises are matched by credit code or created; a dry run (default) reports each row, dryRun=false applies all rows or none (422 with the report); format=xlsx returns the dry-run report as a workbook',
      run: (file, query, actor) => importAdoptions(db, file, query, actor),
      templateSummary: 'The adoptions import template: columns with zh/en headers, an example, the rules',
      templateName: '贯标记录导入模板.xlsx',
      template: getAdoptionsTemplate,
    },
  ];

  for (const { kind, summary, run, templateSummary, templateName, template } of kinds) {
    routes.post(
      `/${kind}`,
      { summary, access: 'editor', query: importQuerySchema, response: importReportSchema },
      async ({ query, req, res }) => {
        const file = await receiveUpload(req, res);
        const report = await run(file, query, actorOf({ req, res }));
        return answer(report, file.name, query.format, res);
      },
    );
    routes.get(`/${kind}/template.xlsx`, { summary: templateSummary, access: 'editor' }, async ({ res }) => {
      res.type(XLSX_TYPE).setHeader('Content-Disposition', attachment(templateName));
      res.send(await template());
      return undefined;
    });
  }
  return routes;
}

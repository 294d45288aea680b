import type { Database } from '@cloudstd/db/tables';
import { importQuerySchema, importReportSchema } from '@cloudstd/shared/schemas/import';
import type { Kysely } from 'kysely';
import { requestId } from '../../http/request-id.ts';
import { ApiRouter, currentUser } from '../../http/route.ts';
import { getStandardsTemplate, importStandards } from './imports.service.ts';
import { receiveUpload } from './receive-upload.ts';
import { buildReportWorkbook } from './report-workbook.ts';
import type { StandardsRegistry } from './standards-import.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 6266 attachment header with a UTF-8 name (Chinese file names survive) and an ASCII fallback. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function createImportsRouter(db: Kysely<Database>, registries: { standards: StandardsRegistry }): ApiRouter {
  const routes = new ApiRouter('/imports');

  routes.post(
    '/standards',
    {
      summary:
        'Import standards from an XLSX or CSV file (multipart field `file`): a dry run (default) reports each row, dryRun=false applies all rows or none (422 with the report); format=xlsx returns the dry-run report as a workbook',
      access: 'editor',
      query: importQuerySchema,
      response: importReportSchema,
    },
    async ({ query, req, res }) => {
      const file = await receiveUpload(req, res);
      const report = await importStandards(db, registries.standards, file, query, {
        id: currentUser(res).id,
        requestId: requestId(req),
      });
      if (query.format === 'json') return report;
      const name = `${file.name.replace(/\.[^.]*$/, '')}-导入检查.xlsx`;
      res.type(XLSX_TYPE).setHeader('Content-Disposition', attachment(name));
      res.send(await buildReportWorkbook(report));
      return undefined;
    },
  );

  routes.get(
    '/standards/template.xlsx',
    {
      summary: 'The standards import template: columns with zh/en headers, an example, the 50 directions',
      access: 'editor',
    },
    async ({ res }) => {
      res.type(XLSX_TYPE).setHeader('Content-Disposition', attachment('标准导入模板.xlsx'));
      res.send(await getStandardsTemplate(db));
      return undefined;
    },
  );
  return routes;
}

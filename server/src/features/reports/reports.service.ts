import type { Database } from '@cloudstd/db/tables';
import type {
  CoverageCsvQuery,
  ProgressReportQuery,
  ReportData,
  ReportEnterprise,
  ReportStandard,
  StandardsCsvQuery,
} from '@cloudstd/shared/schemas/report';
import { coverageStateLabels } from '@cloudstd/shared/domain/labels';
import type { Kysely } from 'kysely';
import type { Actor } from '../../http/actor.ts';
import { Download } from '../../http/download.ts';
import { getCoverage, resolveFrameworkRef } from '../progress/dashboard.service.ts';
import { resolveStandardsFilter } from '../standards/standards.service.ts';
import { writeCsv, type CsvCell } from './csv.ts';
import { writeProgressPdf } from './pdf.ts';
import type { RenderMeta } from './render-meta.ts';
import {
  buildReportData,
  resolveReportScope,
  streamEnterprises,
  streamStandards,
  type ReportScope,
} from './report-data.ts';
import { coverageColumns, reportFileName, standardCells, standardColumns } from './report-messages.ts';
import * as repo from './reports.repository.ts';
import { writeProgressXlsx } from './xlsx.ts';

type Db = Kysely<Database>;

/** The standards list as CSV: the list's filters and sort, every page, headers in the asked language. */
export async function standardsCsv(db: Db, query: StandardsCsvQuery): Promise<Download> {
  const { lang, sort, order, ...listQuery } = query;
  const asOf = query.asOf;
  const chunks = streamStandards(db, await resolveStandardsFilter(db, listQuery), sort, order);
  async function* rows(): AsyncGenerator<CsvCell[][]> {
    for await (const chunk of chunks) {
      yield chunk.map((standard) => {
        const cells = standardCells(standard, lang);
        return standardColumns.map((column) => cells[column.key]);
      });
    }
  }
  return Promise.resolve(
    new Download({
      format: 'csv',
      fileName: reportFileName('standards', asOf, 'csv'),
      write: (out) =>
        writeCsv(
          out,
          standardColumns.map((column) => column[lang]),
          rows(),
        ),
    }),
  );
}

/** The 50 directions with their counts and state at the as-of date, zeros included. */
export async function coverageCsv(db: Db, query: CoverageCsvQuery): Promise<Download> {
  const { lang, asOf } = query;
  const framework = await resolveFrameworkRef(db, query.framework);
  const [coverage, parts] = await Promise.all([getCoverage(db, framework, asOf), repo.findParts(db, framework.id)]);
  const partNames = new Map(parts.map((part) => [part.code, lang === 'zh' ? part.name_zh : part.name_en]));
  const rows: CsvCell[][] = coverage.items.map((item) => [
    item.partCode,
    partNames.get(item.partCode) ?? null,
    item.code,
    lang === 'zh' ? item.nameZh : item.nameEn,
    item.national,
    item.industry,
    item.group,
    item.pipeline,
    coverageStateLabels[item.state][lang],
  ]);
  return new Download({
    format: 'csv',
    fileName: reportFileName('coverage', asOf, 'csv'),
    write: (out) =>
      writeCsv(
        out,
        coverageColumns.map((column) => column[lang]),
        [rows],
      ),
  });
}

export interface ReportContent {
  data: ReportData;
  /** The 标准清单 rows: streamed from the registry for a live report, the frozen list for a snapshot. */
  standards: () => AsyncIterable<ReportStandard[]> | Iterable<ReportStandard[]>;
  enterprises: () => AsyncIterable<ReportEnterprise[]> | Iterable<ReportEnterprise[]>;
}

/** A report (live or a snapshot's, the same renderers) as a download. */
export function reportDownload(format: 'pdf' | 'xlsx', content: ReportContent, meta: RenderMeta): Download {
  const date = meta.snapshot ? `${meta.snapshot.name}_${content.data.asOf}` : content.data.asOf;
  return new Download({
    format,
    fileName: reportFileName('progress', date, format),
    write: (out) =>
      format === 'pdf'
        ? writeProgressPdf(out, content.data, meta)
        : writeProgressXlsx(out, content.data, content.standards(), content.enterprises(), meta),
  });
}

/** The live report's content: the dashboard's numbers now, and every standard existing at the date. */
async function liveReportContent(db: Db, scope: ReportScope): Promise<ReportContent> {
  const data = await buildReportData(db, scope);
  return {
    data,
    // Every standard with a milestone on or before the date (the registry as it stood then).
    standards: () =>
      streamStandards(
        db,
        {
          asOf: scope.asOf,
          deleted: 'exclude',
          status: ['approved', 'draft', 'submitted', 'published', 'in_force', 'withdrawn'],
        },
        'number',
        'asc',
      ),
    enterprises: () => streamEnterprises(db, scope.asOf, scope.set),
  };
}

/** The live progress report as PDF or XLSX, signed by the one who asked for it. */
export async function progressReport(
  db: Db,
  format: 'pdf' | 'xlsx',
  query: ProgressReportQuery,
  actor: Actor,
): Promise<Download> {
  const scope = await resolveReportScope(db, query);
  const content = await liveReportContent(db, scope);
  return reportDownload(format, content, {
    lang: query.lang,
    generatedAt: new Date(),
    generatedBy: actor.username,
    snapshot: null,
  });
}

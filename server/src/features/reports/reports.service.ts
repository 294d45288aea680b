import type { Database } from '@cloudstd/db/tables';
import type {
  CoverageCsvQuery,
  ProgressReportQuery,
  ReportData,
  ReportEnterprise,
  ReportStandard,
  StandardsCsvQuery,
} from '@cloudstd/shared/schemas/report';
import type { Response } from 'express';
import type { Kysely } from 'kysely';
import { resolveStandardsFilter } from '../../sql/standards-filter.ts';
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
import {
  contentDisposition,
  coverageColumns,
  coverageStateLabels,
  reportFileName,
  standardCells,
  standardColumns,
} from './report-labels.ts';
import type { ProgressSource } from './report-sources.ts';
import * as repo from './reports.repository.ts';
import { writeProgressXlsx } from './xlsx.ts';

type Db = Kysely<Database>;

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

function startDownload(res: Response, format: keyof typeof contentTypes, name: { utf8: string; ascii: string }) {
  res.status(200);
  res.setHeader('Content-Type', contentTypes[format]);
  res.setHeader('Content-Disposition', contentDisposition(name));
  res.setHeader('Cache-Control', 'no-store');
}

/** The standards list as CSV: the list's filters and sort, every page, headers in the asked language. */
export async function sendStandardsCsv(db: Db, query: StandardsCsvQuery, res: Response): Promise<void> {
  const { lang, sort, order, ...listQuery } = query;
  const chunks = streamStandards(db, await resolveStandardsFilter(db, listQuery), sort, order);
  startDownload(res, 'csv', reportFileName('standards', query.asOf, 'csv'));
  async function* rows(): AsyncGenerator<CsvCell[][]> {
    for await (const chunk of chunks) {
      yield chunk.map((standard) => {
        const cells = standardCells(standard, lang);
        return standardColumns.map((column) => cells[column.key]);
      });
    }
  }
  await writeCsv(
    res,
    standardColumns.map((column) => column[lang]),
    rows(),
  );
}

/** The 50 directions with their counts and state at the as-of date, zeros included. */
export async function sendCoverageCsv(
  db: Db,
  source: ProgressSource,
  query: CoverageCsvQuery,
  res: Response,
): Promise<void> {
  const { lang, asOf } = query;
  const [coverage, parts] = await Promise.all([source.coverage(asOf), repo.findParts(db)]);
  const partNames = new Map(parts.map((part) => [part.code, lang === 'zh' ? part.name_zh : part.name_en]));
  startDownload(res, 'csv', reportFileName('coverage', asOf, 'csv'));
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
  await writeCsv(
    res,
    coverageColumns.map((column) => column[lang]),
    [rows],
  );
}

export interface ReportContent {
  data: ReportData;
  /** The 标准清单 rows: streamed from the registry for a live report, the frozen list for a snapshot. */
  standards: () => AsyncIterable<ReportStandard[]> | Iterable<ReportStandard[]>;
  enterprises: () => AsyncIterable<ReportEnterprise[]> | Iterable<ReportEnterprise[]>;
}

/** Renders a report (live or a snapshot's, the same renderers) as a download. */
export async function sendReport(
  res: Response,
  format: 'pdf' | 'xlsx',
  content: ReportContent,
  meta: RenderMeta,
): Promise<void> {
  const date = meta.snapshot ? `${meta.snapshot.name}_${content.data.asOf}` : content.data.asOf;
  startDownload(res, format, reportFileName('progress', date, format));
  if (format === 'pdf') await writeProgressPdf(res, content.data, meta);
  else await writeProgressXlsx(res, content.data, content.standards(), content.enterprises(), meta);
}

/** The live report's content: the dashboard's numbers now, and every standard existing at the date. */
export async function liveReportContent(db: Db, source: ProgressSource, scope: ReportScope): Promise<ReportContent> {
  const data = await buildReportData(db, source, scope);
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
    enterprises: () => streamEnterprises(db, scope.asOf),
  };
}

export async function sendProgressReport(
  db: Db,
  source: ProgressSource,
  format: 'pdf' | 'xlsx',
  query: ProgressReportQuery,
  user: { username: string },
  res: Response,
): Promise<void> {
  const scope = await resolveReportScope(source, query);
  const content = await liveReportContent(db, source, scope);
  await sendReport(res, format, content, {
    lang: query.lang,
    generatedAt: new Date(),
    generatedBy: user.username,
    snapshot: null,
  });
}

import type { Database } from '@cloudstd/db/tables';
import type {
  CoverageCsvQuery,
  ProgressReportQuery,
  ReportData,
  ReportEnterprise,
  ReportStandard,
  StandardsCsvQuery,
} from '@cloudstd/shared/schemas/report';
import { committeeLabel } from '@cloudstd/shared/domain/committees';
import {
  coverageStateLabels,
  planStageLabels,
  reviewOutcomeLabels,
  standardLevelLabels,
  yesNoLabels,
} from '@cloudstd/shared/domain/labels';
import type { PlanTrackingCsvQuery } from '@cloudstd/shared/schemas/plan';
import type { ReviewsDueCsvQuery } from '@cloudstd/shared/schemas/review';
import type { Kysely } from 'kysely';
import type { Actor } from '../../http/actor.ts';
import { Download } from '../../http/download.ts';
import { listDirections } from '../framework/framework.service.ts';
import { getCoverage, resolveFrameworkRef } from '../progress/dashboard.service.ts';
import { listPlanTracking } from '../standards/standards.plan.service.ts';
import { listReviewsDue } from '../standards/standards.review.service.ts';
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
import {
  coverageColumns,
  csvEditionColumns,
  planColumns,
  reportFileName,
  reviewColumns,
  standardCells,
  standardColumns,
} from './report-messages.ts';
import * as repo from './reports.repository.ts';
import { writeProgressXlsx } from './xlsx.ts';

type Db = Kysely<Database>;

/**
 * The standards list as CSV: the list's filters and sort, every page, headers in the asked language. Each
 * standard's directions are those of the edition (`framework`, else the default) by code and `group › leaf`
 * path, and every row names that edition, as does the file name.
 */
export async function standardsCsv(db: Db, query: StandardsCsvQuery): Promise<Download> {
  const { lang, sort, order, ...listQuery } = query;
  const asOf = query.asOf;
  const filter = await resolveStandardsFilter(db, listQuery);
  const framework = await resolveFrameworkRef(db, query.framework);
  const paths = new Map((await listDirections(db, framework.key)).map((direction) => [direction.code, direction.path]));
  const edition = lang === 'zh' ? framework.nameZh : framework.nameEn;
  const chunks = streamStandards(db, filter, sort, order, framework.id);
  async function* rows(): AsyncGenerator<CsvCell[][]> {
    for await (const chunk of chunks) {
      yield chunk.map((standard) => {
        const cells = standardCells(standard, lang);
        const names = standard.directions.map((code) => paths.get(code)?.[lang] ?? code).join(';');
        return [...standardColumns.map((column) => cells[column.key]), names, edition];
      });
    }
  }
  return new Download({
    format: 'csv',
    fileName: reportFileName('standards', `${framework.key}_${asOf}`, 'csv'),
    write: (out) =>
      writeCsv(
        out,
        [
          ...standardColumns.map((column) => column[lang]),
          ...csvEditionColumns.standards.map((column) => column[lang]),
        ],
        rows(),
      ),
  });
}

/** Every direction of the edition with its counts and state at the as-of date, zeros included. */
export async function coverageCsv(db: Db, query: CoverageCsvQuery): Promise<Download> {
  const { lang, asOf } = query;
  const framework = await resolveFrameworkRef(db, query.framework);
  const [coverage, parts] = await Promise.all([getCoverage(db, framework, asOf), repo.findParts(db, framework.id)]);
  const partNames = new Map(parts.map((part) => [part.code, lang === 'zh' ? part.name_zh : part.name_en]));
  const edition = lang === 'zh' ? framework.nameZh : framework.nameEn;
  const rows: CsvCell[][] = coverage.items.map((item) => [
    item.partCode,
    partNames.get(item.partCode) ?? null,
    item.code,
    item.path[lang],
    item.national,
    item.industry,
    item.group,
    item.local,
    item.pipeline,
    coverageStateLabels[item.state][lang],
    edition,
  ]);
  return new Download({
    format: 'csv',
    fileName: reportFileName('coverage', `${framework.key}_${asOf}`, 'csv'),
    write: (out) =>
      writeCsv(
        out,
        [...coverageColumns.map((column) => column[lang]), ...csvEditionColumns.coverage.map((column) => column[lang])],
        [rows],
      ),
  });
}

/** The 计划跟踪 list as CSV: the same plans, filters and order as the page. */
export async function planTrackingCsv(db: Db, query: PlanTrackingCsvQuery): Promise<Download> {
  const { lang, ...trackingQuery } = query;
  const { items } = await listPlanTracking(db, trackingQuery);
  const rows: CsvCell[][] = items.map((item) => [
    item.planNumber,
    item.number,
    item.titleZh,
    standardLevelLabels[item.level][lang],
    item.committee === null ? null : committeeLabel(item.committee, lang),
    item.planIssuedOn,
    item.planPeriodMonths,
    item.extensions,
    item.dueOn,
    yesNoLabels[item.overdue ? 'yes' : 'no'][lang],
    item.overdueDays,
    item.stage === null ? null : planStageLabels[item.stage][lang],
    item.stageSince,
    item.monthsInStage,
    item.stageNormMonths,
    item.monthsOverNorm,
  ]);
  return new Download({
    format: 'csv',
    fileName: reportFileName('plans', query.asOf, 'csv'),
    write: (out) =>
      writeCsv(
        out,
        planColumns.map((column) => column[lang]),
        [rows],
      ),
  });
}

/** The 复审 list as CSV: standards due for their five-year review at the as-of date. */
export async function reviewsDueCsv(db: Db, query: ReviewsDueCsvQuery): Promise<Download> {
  const { lang, ...dueQuery } = query;
  const { items } = await listReviewsDue(db, dueQuery);
  const rows: CsvCell[][] = items.map((item) => [
    item.number,
    item.titleZh,
    standardLevelLabels[item.level][lang],
    item.committee === null ? null : committeeLabel(item.committee, lang),
    item.inForceOn,
    item.dueOn,
    item.lastReview === null ? null : reviewOutcomeLabels[item.lastReview.outcome][lang],
    item.lastReview?.reviewedOn ?? null,
  ]);
  return new Download({
    format: 'csv',
    fileName: reportFileName('reviews', query.asOf, 'csv'),
    write: (out) =>
      writeCsv(
        out,
        reviewColumns.map((column) => column[lang]),
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
          frameworkId: scope.framework.id,
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

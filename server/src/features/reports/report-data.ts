import type { Database } from '@cloudstd/db/tables';
import { defaultReportSince } from '@cloudstd/shared/domain/report-period';
import type { ReportData, ReportEnterprise, ReportStandard } from '@cloudstd/shared/schemas/report';
import type { ListStandardsQuery } from '@cloudstd/shared/schemas/standard';
import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';
import type { EnterpriseCountingRule } from '../../sql/counted.ts';
import type { StandardsFilter } from '../../sql/standards-filter.ts';
import { listEventsStartedBy } from '../events/events.service.ts';
import { standardRowToContent } from '../standards/standards.content.service.ts';
import { findDirectionCodes } from '../standards/standards.service.ts';
import { listItemsAt } from '../international/international.service.ts';
import {
  getCoverage,
  getInternational,
  getMilestones,
  getSummary,
  getTimeline,
  resolveDashboardQuery,
  type FrameworkRef,
} from '../progress/dashboard.service.ts';
import * as repo from './reports.repository.ts';

type Db = Kysely<Database>;

/** Rows read per query while streaming: bounded memory whatever the export's size. */
export const EXPORT_CHUNK = 200;

export interface ReportScope {
  asOf: string;
  set: TargetSet;
  /** The edition the report follows (`?framework=`, else the set's, else the default). */
  framework: FrameworkRef & { id: number };
  since: string;
}

/** The report's date, set and "since" date; `since` after the as-of date is a 400 on `since`. */
export async function resolveReportScope(
  db: Db,
  query: { asOf: string; targetSet?: string | undefined; framework?: string | undefined; since?: string | undefined },
): Promise<ReportScope> {
  const { asOf, set, framework } = await resolveDashboardQuery(db, query);
  const since = query.since ?? defaultReportSince(asOf);
  if (since > asOf) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'since',
          messageZh: `起始日期 ${since} 晚于截至日期 ${asOf}`,
          messageEn: `The start date ${since} is after the as-of date ${asOf}`,
        },
      ],
    });
  }
  return { asOf, set, framework, since };
}

/** The standards counted toward the set at D: the list's `countedFor` filter (`countedAt`). */
export function countedStandardsFilter(set: TargetSet, asOf: string): StandardsFilter {
  return { asOf, deleted: 'exclude', counted: { rule: set, on: asOf } };
}

type StandardRowWithStatus = Awaited<ReturnType<typeof repo.findStandardsByIds>>[number];

/** A standard as reports list it: its content (the standards' one mapping) and its status at the date. */
function standardRowToReportStandard(row: StandardRowWithStatus, directions: string[]): ReportStandard {
  return { id: row.id, ...standardRowToContent(row, directions), status: row.status };
}

/**
 * Every standard matching the list's filters, in the list's order, in chunks of EXPORT_CHUNK: the ids
 * first (small), then each chunk's rows and directions, so memory stays bounded at any size.
 */
export async function* streamStandards(
  db: Db,
  filter: StandardsFilter,
  sort: ListStandardsQuery['sort'] = 'number',
  order: ListStandardsQuery['order'] = 'asc',
  /** The edition whose directions each standard lists (derived ones included); else the filter's, else filed. */
  directionsIn: number | undefined = filter.frameworkId,
): AsyncGenerator<ReportStandard[]> {
  const ids = await repo.findStandardIds(db, filter, sort, order);
  for (let start = 0; start < ids.length; start += EXPORT_CHUNK) {
    const chunk = ids.slice(start, start + EXPORT_CHUNK);
    const [rows, directions] = await Promise.all([
      repo.findStandardsByIds(db, chunk, filter.asOf),
      findDirectionCodes(db, chunk, directionsIn),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    yield chunk.flatMap((id) => {
      const row = byId.get(id);
      // A standard deleted between the two reads is left out.
      return row ? [standardRowToReportStandard(row, directions.get(id) ?? [])] : [];
    });
  }
}

export async function collectStandards(
  db: Db,
  filter: StandardsFilter,
  sort?: ListStandardsQuery['sort'],
  order?: ListStandardsQuery['order'],
): Promise<ReportStandard[]> {
  const all: ReportStandard[] = [];
  for await (const chunk of streamStandards(db, filter, sort, order)) all.push(...chunk);
  return all;
}

/** Counted enterprises at D (the set's rule), by name, in chunks, each with the standards it adopted by D. */
export async function* streamEnterprises(
  db: Db,
  asOf: string,
  rule: EnterpriseCountingRule,
): AsyncGenerator<ReportEnterprise[]> {
  const ids = await repo.findCountedEnterpriseIds(db, asOf, rule);
  for (let start = 0; start < ids.length; start += EXPORT_CHUNK) {
    const chunk = ids.slice(start, start + EXPORT_CHUNK);
    const rows = new Map((await repo.findEnterprisesWithAdoptions(db, chunk, asOf)).map((row) => [row.id, row]));
    yield chunk.flatMap((id) => {
      const row = rows.get(id);
      if (!row) return [];
      return [
        {
          id: row.id,
          name: row.name,
          creditCode: row.credit_code,
          industry: row.industry,
          province: row.province,
          size: row.size,
          firstAdoptedOn: row.first_on,
          firstTrainedOn: row.trained_on,
          standards: row.standards ?? [],
        },
      ];
    });
  }
}

async function collectEnterprises(db: Db, asOf: string, rule: EnterpriseCountingRule): Promise<ReportEnterprise[]> {
  const all: ReportEnterprise[] = [];
  for await (const chunk of streamEnterprises(db, asOf, rule)) all.push(...chunk);
  return all;
}

/**
 * Everything a progress report shows, from the dashboard's own computations: what the live report
 * renders, and what a snapshot freezes.
 */
export async function buildReportData(db: Db, scope: ReportScope): Promise<ReportData> {
  const { asOf, set, since, framework } = scope;
  const [
    summary,
    coverage,
    timeline,
    milestones,
    parts,
    counted,
    published,
    enterprises,
    events,
    international,
    items,
  ] = await Promise.all([
    getSummary(db, set, framework, asOf),
    getCoverage(db, framework, asOf),
    getTimeline(db, set, asOf),
    getMilestones(db, set, asOf),
    repo.findParts(db, framework.id),
    // The lists give each standard's directions in the report's edition.
    collectStandards(db, { ...countedStandardsFilter(set, asOf), frameworkId: framework.id }, 'publishedOn', 'asc'),
    collectStandards(
      db,
      { asOf, deleted: 'exclude', publishedFrom: since, publishedTo: asOf, frameworkId: framework.id },
      'publishedOn',
      'asc',
    ),
    collectEnterprises(db, asOf, set),
    listEventsStartedBy(db, asOf),
    getInternational(db, set, asOf),
    listItemsAt(db, asOf),
  ]);
  return {
    asOf,
    since,
    summary,
    coverage: coverage.items,
    timeline,
    milestones: milestones.items,
    parts: parts.map((part) => ({ code: part.code, nameZh: part.name_zh, nameEn: part.name_en })),
    counted,
    published,
    events: events.map((event) => ({
      id: event.id,
      title: event.title,
      kind: event.kind,
      mode: event.mode,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      organiser: event.organiser,
      province: event.province,
      city: event.city,
      standards: event.standards,
      attendees: event.attendeeCount,
      participants: event.participants,
    })),
    enterprises,
    international: { items, led: international.led, converted: international.converted },
  };
}

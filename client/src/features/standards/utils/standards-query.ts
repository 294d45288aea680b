import { standardStatuses, type StandardStatus } from '@cloudstd/shared/domain/standard-status';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { isoMonthSchema } from '@cloudstd/shared/schemas/common';
import {
  standardSortFields,
  type ListStandardsRequest,
  type StandardLevelValue,
} from '@cloudstd/shared/schemas/standard';
import { standardKinds, standardLevels, type StandardKind } from './standard-labels.ts';
import {
  compactQuery as compactListQuery,
  dateParam,
  hasAnyOf,
  listParam,
  nonEmpty,
  oneOf,
  parseListView,
  queryToSearchParams,
  textParam,
  withFilters as withListFilters,
  withoutFilters,
} from '../../../lib/list-query.ts';
import { standardsListParameters } from '../../../lib/standards-link.ts';

/**
 * The list page keeps its whole state — filters, sort and page — in the URL, under the API's own
 * parameter names, so a link to the list (from the dashboard, or pasted in a mail) is also its query.
 */
export type StandardsQuery = ListStandardsRequest;
export type StandardSortField = (typeof standardSortFields)[number];

export const pageSizes = [10, 20, 50, 100] as const;

export const defaultStandardsQuery: StandardsQuery = {
  deleted: 'exclude',
  sort: 'updatedAt',
  order: 'desc',
  page: 1,
  pageSize: 20,
};

const DIRECTION_CODE = /^\d{2}(\.\d{1,2}){0,3}$/;
const PART_CODE = /^\d{2}$/;

/**
 * The list query a URL asks for. Anything malformed (a hand-edited link, an old bookmark) is dropped
 * rather than refused, so the page always opens.
 */
export function parseStandardsQuery(params: URLSearchParams): StandardsQuery {
  const query: StandardsQuery = {
    q: textParam(params, 'q'),
    level: nonEmpty(oneOf<StandardLevelValue>(standardLevels, listParam(params, 'level'))),
    kind: nonEmpty(oneOf<StandardKind>(standardKinds, listParam(params, 'kind'))),
    status: nonEmpty(oneOf<StandardStatus>(standardStatuses, listParam(params, 'status'))),
    asOf: dateParam(params, 'asOf'),
    ...countedScope(params),
    direction: nonEmpty(listParam(params, 'direction').filter((code) => DIRECTION_CODE.test(code))),
    part: nonEmpty(listParam(params, 'part').filter((code) => PART_CODE.test(code))),
    committee: textParam(params, 'committee'),
    publishedFrom: dateParam(params, 'publishedFrom'),
    publishedTo: dateParam(params, 'publishedTo'),
    ...parseListView(params, standardSortFields, defaultStandardsQuery),
  };
  return compactQuery(query);
}

/**
 * The dashboard's drill-down: `countedFor` (a target set's key) and, only with it, `month`. The server
 * applies the counting rule itself; a month after the as-of date is dropped rather than refused.
 */
function countedScope(params: URLSearchParams): Pick<StandardsQuery, 'countedFor' | 'month'> {
  const countedFor = textParam(params, 'countedFor');
  if (countedFor === undefined) return {};
  const month = params.get('month');
  const asOf = dateParam(params, 'asOf') ?? todayInChina();
  const validMonth = month !== null && isoMonthSchema.safeParse(month).success && month <= asOf.slice(0, 7);
  return validMonth ? { countedFor, month } : { countedFor };
}

/** The same query without empty filters, so equal queries are equal objects (and share a cache entry). */
export function compactQuery(query: StandardsQuery): StandardsQuery {
  return compactListQuery(query);
}

const parameterOrder = standardsListParameters satisfies readonly (keyof StandardsQuery)[];

/**
 * The query as search parameters in a stable order, lists comma-separated and defaults left out: the
 * list page's URL and the API request's query string alike (the server applies the same defaults).
 */
export function standardsQueryToSearchParams(query: StandardsQuery): URLSearchParams {
  return queryToSearchParams(query, parameterOrder, defaultStandardsQuery);
}

/** A filter changed: the list starts again from its first page. */
export function withFilters(query: StandardsQuery, changes: Partial<StandardsQuery>): StandardsQuery {
  return withListFilters(query, changes);
}

const filterNames = [
  'q',
  'countedFor',
  'month',
  'level',
  'kind',
  'status',
  'part',
  'direction',
  'committee',
  'publishedFrom',
  'publishedTo',
] as const satisfies readonly (keyof StandardsQuery)[];

/** Whether the query narrows the list (the as-of date alone does not: it only dates the statuses). */
export function hasActiveFilters(query: StandardsQuery): boolean {
  return hasAnyOf(query, filterNames);
}

/** The query with every filter removed; the as-of date, the deleted view, sort and page size stay. */
export function clearFilters(query: StandardsQuery): StandardsQuery {
  return withoutFilters(query, filterNames);
}

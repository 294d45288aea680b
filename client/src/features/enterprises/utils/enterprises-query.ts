import { enterpriseSortFields, type ListEnterprisesQuery } from '@cloudstd/shared/schemas/enterprise';
import {
  compactQuery,
  dateParam,
  hasAnyOf,
  listParam,
  nonEmpty,
  parseListView,
  positiveInt,
  queryToSearchParams,
  textParam,
  withFilters,
  withoutFilters,
} from '../../../lib/list-query.ts';

/**
 * The list page keeps its whole state in the URL under the API's own parameter names, so a link to
 * the list (from a standard's adopters, a chart, a mail) is also its query.
 */
export type EnterprisesQuery = ListEnterprisesQuery;
export type EnterpriseSortField = (typeof enterpriseSortFields)[number];

export const enterprisePageSizes = [10, 20, 50, 100] as const;

export const defaultEnterprisesQuery: EnterprisesQuery = {
  deleted: 'exclude',
  sort: 'updatedAt',
  order: 'desc',
  page: 1,
  pageSize: 20,
};

const parameterOrder = [
  'q',
  'industry',
  'province',
  'standard',
  'adoptedFrom',
  'adoptedTo',
  'deleted',
  'sort',
  'order',
  'page',
  'pageSize',
] as const satisfies readonly (keyof EnterprisesQuery)[];

const filterNames = ['q', 'industry', 'province', 'standard', 'adoptedFrom', 'adoptedTo'] as const;

/** The query a URL asks for; anything malformed (a hand-edited link) is dropped, so the page always opens. */
export function parseEnterprisesQuery(params: URLSearchParams): EnterprisesQuery {
  return compactEnterprisesQuery({
    q: textParam(params, 'q'),
    industry: nonEmpty(listParam(params, 'industry')),
    province: nonEmpty(listParam(params, 'province')),
    standard: positiveInt(params, 'standard', Number.MAX_SAFE_INTEGER),
    adoptedFrom: dateParam(params, 'adoptedFrom'),
    adoptedTo: dateParam(params, 'adoptedTo'),
    ...parseListView(params, enterpriseSortFields, defaultEnterprisesQuery),
  });
}

/** The same query without empty filters, so equal queries are equal objects (and share a cache entry). */
export function compactEnterprisesQuery(query: EnterprisesQuery): EnterprisesQuery {
  return compactQuery(query);
}

/** The query as search parameters in a fixed order, defaults left out: the page's URL and the API's query string. */
export function enterprisesQueryToSearchParams(query: Partial<EnterprisesQuery>): URLSearchParams {
  return queryToSearchParams(query, parameterOrder, defaultEnterprisesQuery);
}

/** A link to the enterprises list with these filters. */
export function enterprisesListUrl(filters: Partial<EnterprisesQuery>): string {
  const search = enterprisesQueryToSearchParams(filters).toString();
  return search ? `/enterprises?${search}` : '/enterprises';
}

/** A filter changed: the list starts again from its first page. */
export function withEnterpriseFilters(query: EnterprisesQuery, changes: Partial<EnterprisesQuery>): EnterprisesQuery {
  return withFilters(query, changes);
}

export function hasActiveEnterpriseFilters(query: EnterprisesQuery): boolean {
  return hasAnyOf(query, filterNames);
}

/** Every filter removed; the deleted view, sort and page size stay. */
export function clearEnterpriseFilters(query: EnterprisesQuery): EnterprisesQuery {
  return withoutFilters(query, filterNames);
}

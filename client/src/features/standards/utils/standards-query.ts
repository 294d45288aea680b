import { standardStatuses, type StandardStatus } from '@cloudstd/shared/domain/standard-status';
import { isoDateSchema } from '@cloudstd/shared/schemas/common';
import {
  standardSortFields,
  type ListStandardsQuery,
  type StandardLevelValue,
} from '@cloudstd/shared/schemas/standard';
import { standardKinds, standardLevels, type StandardKind } from './standard-labels.ts';
import { standardsListParameters } from '../../../lib/standards-link.ts';

/**
 * The list page keeps its whole state — filters, sort and page — in the URL, under the API's own
 * parameter names, so a link to the list (from the dashboard, or pasted in a mail) is also its query.
 */
export type StandardsQuery = ListStandardsQuery;
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
const MAX_TEXT = 100;

/** Every value of a list parameter, whether repeated (`a=1&a=2`) or comma-separated (`a=1,2`). */
function listParam(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

function oneOf<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
  return values.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

function textParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim().slice(0, MAX_TEXT);
  return value ? value : undefined;
}

function dateParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value !== null && isoDateSchema.safeParse(value).success ? value : undefined;
}

function positiveInt(params: URLSearchParams, name: string, max: number): number | undefined {
  const value = params.get(name);
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 && parsed <= max ? parsed : undefined;
}

function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}

/**
 * The list query a URL asks for. Anything malformed (a hand-edited link, an old bookmark) is dropped
 * rather than refused, so the page always opens.
 */
export function parseStandardsQuery(params: URLSearchParams): StandardsQuery {
  const sort = params.get('sort');
  const order = params.get('order');
  const query: StandardsQuery = {
    q: textParam(params, 'q'),
    level: nonEmpty(oneOf<StandardLevelValue>(standardLevels, listParam(params, 'level'))),
    kind: nonEmpty(oneOf<StandardKind>(standardKinds, listParam(params, 'kind'))),
    status: nonEmpty(oneOf<StandardStatus>(standardStatuses, listParam(params, 'status'))),
    asOf: dateParam(params, 'asOf'),
    direction: nonEmpty(listParam(params, 'direction').filter((code) => DIRECTION_CODE.test(code))),
    part: nonEmpty(listParam(params, 'part').filter((code) => PART_CODE.test(code))),
    committee: textParam(params, 'committee'),
    publishedFrom: dateParam(params, 'publishedFrom'),
    publishedTo: dateParam(params, 'publishedTo'),
    deleted: params.get('deleted') === 'only' ? 'only' : 'exclude',
    sort: oneOf(standardSortFields, sort === null ? [] : [sort])[0] ?? defaultStandardsQuery.sort,
    order: order === 'asc' || order === 'desc' ? order : defaultStandardsQuery.order,
    page: positiveInt(params, 'page', 100_000) ?? defaultStandardsQuery.page,
    pageSize: positiveInt(params, 'pageSize', 200) ?? defaultStandardsQuery.pageSize,
  };
  return compactQuery(query);
}

/** The same query without empty filters, so equal queries are equal objects (and share a cache entry). */
export function compactQuery(query: StandardsQuery): StandardsQuery {
  const compact: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    compact[key] = value;
  }
  return compact as StandardsQuery;
}

const parameterOrder = standardsListParameters satisfies readonly (keyof StandardsQuery)[];

/**
 * The query as search parameters in a stable order, lists comma-separated and defaults left out: the
 * list page's URL and the API request's query string alike (the server applies the same defaults).
 */
export function standardsQueryToSearchParams(query: StandardsQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of parameterOrder) {
    const value = query[name];
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(name, value.join(','));
      continue;
    }
    if ((defaultStandardsQuery as Partial<StandardsQuery>)[name] === value) continue;
    params.set(name, String(value));
  }
  return params;
}

/** A filter changed: the list starts again from its first page. */
export function withFilters(query: StandardsQuery, changes: Partial<StandardsQuery>): StandardsQuery {
  return compactQuery({ ...query, page: 1, ...changes });
}

const filterNames = [
  'q',
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
  return filterNames.some((name) => query[name] !== undefined);
}

/** The query with every filter removed; the as-of date, the deleted view, sort and page size stay. */
export function clearFilters(query: StandardsQuery): StandardsQuery {
  const cleared: StandardsQuery = { ...query, page: 1 };
  for (const name of filterNames) delete cleared[name];
  return cleared;
}

import { isoDateSchema } from '@cloudstd/shared/schemas/common';
import { enterpriseSortFields, type ListEnterprisesQuery } from '@cloudstd/shared/schemas/enterprise';

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

function listParam(params: URLSearchParams, name: string): string[] | undefined {
  const values = [
    ...new Set(
      params
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim().slice(0, 50))
        .filter(Boolean),
    ),
  ];
  return values.length > 0 ? values : undefined;
}

function positiveInt(params: URLSearchParams, name: string, max: number): number | undefined {
  const value = params.get(name);
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 && parsed <= max ? parsed : undefined;
}

function dateParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value !== null && isoDateSchema.safeParse(value).success ? value : undefined;
}

/** The query a URL asks for; anything malformed (a hand-edited link) is dropped, so the page always opens. */
export function parseEnterprisesQuery(params: URLSearchParams): EnterprisesQuery {
  const sort = params.get('sort');
  const order = params.get('order');
  const q = params.get('q')?.trim().slice(0, 100);
  return compactEnterprisesQuery({
    q: q ? q : undefined,
    industry: listParam(params, 'industry'),
    province: listParam(params, 'province'),
    standard: positiveInt(params, 'standard', Number.MAX_SAFE_INTEGER),
    adoptedFrom: dateParam(params, 'adoptedFrom'),
    adoptedTo: dateParam(params, 'adoptedTo'),
    deleted: params.get('deleted') === 'only' ? 'only' : 'exclude',
    sort: enterpriseSortFields.find((field) => field === sort) ?? defaultEnterprisesQuery.sort,
    order: order === 'asc' || order === 'desc' ? order : defaultEnterprisesQuery.order,
    page: positiveInt(params, 'page', 100_000) ?? defaultEnterprisesQuery.page,
    pageSize: positiveInt(params, 'pageSize', 200) ?? defaultEnterprisesQuery.pageSize,
  });
}

/** The same query without empty filters, so equal queries are equal objects (and share a cache entry). */
export function compactEnterprisesQuery(query: EnterprisesQuery): EnterprisesQuery {
  const compact: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    compact[key] = value;
  }
  return compact as EnterprisesQuery;
}

/** The query as search parameters in a fixed order, defaults left out: the page's URL and the API's query string. */
export function enterprisesQueryToSearchParams(query: Partial<EnterprisesQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of parameterOrder) {
    const value = query[name];
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(name, value.join(','));
      continue;
    }
    if ((defaultEnterprisesQuery as Partial<EnterprisesQuery>)[name] === value) continue;
    params.set(name, String(value));
  }
  return params;
}

/** A link to the enterprises list with these filters. */
export function enterprisesListUrl(filters: Partial<EnterprisesQuery>): string {
  const search = enterprisesQueryToSearchParams(filters).toString();
  return search ? `/enterprises?${search}` : '/enterprises';
}

/** A filter changed: the list starts again from its first page. */
export function withEnterpriseFilters(query: EnterprisesQuery, changes: Partial<EnterprisesQuery>): EnterprisesQuery {
  return compactEnterprisesQuery({ ...query, page: 1, ...changes });
}

export function hasActiveEnterpriseFilters(query: EnterprisesQuery): boolean {
  return filterNames.some((name) => query[name] !== undefined);
}

/** Every filter removed; the deleted view, sort and page size stay. */
export function clearEnterpriseFilters(query: EnterprisesQuery): EnterprisesQuery {
  const cleared: EnterprisesQuery = { ...query, page: 1 };
  for (const name of filterNames) delete cleared[name];
  return cleared;
}

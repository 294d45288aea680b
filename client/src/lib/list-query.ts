import { isoDateSchema } from '@cloudstd/shared/schemas/common';

/*
 * The list pages keep their whole state — filters, sort and page — in the URL under the API's own
 * parameter names, so a link to a list is also its query. These read such a URL leniently (anything
 * malformed is dropped, so the page always opens) and write it back in one fixed order.
 */

const MAX_TEXT = 100;
const MAX_LIST_VALUE = 50;

/** A free-text parameter, trimmed and capped; absent when empty. */
export function textParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim().slice(0, MAX_TEXT);
  return value ? value : undefined;
}

/** Every value of a list parameter, whether repeated (`a=1&a=2`) or comma-separated (`a=1,2`), once each. */
export function listParam(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().slice(0, MAX_LIST_VALUE))
    .filter(Boolean);
  return [...new Set(values)];
}

/** The values among `allowed`. */
export function oneOf<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
  return values.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/** A list, or undefined when it is empty (an absent filter). */
export function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function dateParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value !== null && isoDateSchema.safeParse(value).success ? value : undefined;
}

/** A whole number 1 … max. */
export function positiveInt(params: URLSearchParams, name: string, max: number): number | undefined {
  const value = params.get(name);
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 && parsed <= max ? parsed : undefined;
}

export interface ListView<S extends string> {
  deleted: 'exclude' | 'only';
  sort: S;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** The deleted view, sort, order, page and page size a URL asks for, each defaulted when malformed. */
export function parseListView<S extends string>(
  params: URLSearchParams,
  sortFields: readonly S[],
  defaults: Omit<ListView<S>, 'deleted'>,
): ListView<S> {
  const sort = params.get('sort');
  const order = params.get('order');
  return {
    deleted: params.get('deleted') === 'only' ? 'only' : 'exclude',
    sort: oneOf(sortFields, sort === null ? [] : [sort])[0] ?? defaults.sort,
    order: order === 'asc' || order === 'desc' ? order : defaults.order,
    page: positiveInt(params, 'page', 100_000) ?? defaults.page,
    pageSize: positiveInt(params, 'pageSize', 200) ?? defaults.pageSize,
  };
}

/** The same query without empty filters, so equal queries are equal objects (and share a cache entry). */
export function compactQuery<Q extends object>(query: Q): Q {
  const compact: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    compact[key] = value;
  }
  return compact as Q;
}

/**
 * The query as search parameters in `order`, lists comma-separated and defaults left out: the list
 * page's URL and the API request's query string alike (the server applies the same defaults).
 */
export function queryToSearchParams<Q extends object>(
  query: Partial<Q>,
  order: readonly (keyof Q & string)[],
  defaults: Partial<Q>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of order) {
    const value = query[name];
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(name, value.join(','));
      continue;
    }
    if (defaults[name] === value) continue;
    params.set(name, String(value));
  }
  return params;
}

/** A filter changed: the list starts again from its first page. */
export function withFilters<Q extends { page: number }>(query: Q, changes: Partial<Q>): Q {
  return compactQuery({ ...query, page: 1, ...changes });
}

/** Whether any of the filters `names` is set. */
export function hasAnyOf<Q extends object>(query: Q, names: readonly (keyof Q)[]): boolean {
  return names.some((name) => query[name] !== undefined);
}

/** The query with the filters `names` removed, from the first page; everything else stays. */
export function withoutFilters<Q extends { page: number }>(query: Q, names: readonly (keyof Q)[]): Q {
  const cleared: Q = { ...query, page: 1 };
  for (const name of names) delete cleared[name];
  return cleared;
}

/**
 * The standards list's URL format, shared by the list page (which reads and writes it) and every page
 * that links into it: parameter names, lists comma-separated, one fixed order.
 */
export const standardsListParameters = [
  'q',
  'level',
  'kind',
  'status',
  'asOf',
  'countedFor',
  'month',
  'part',
  'direction',
  'committee',
  'publishedFrom',
  'publishedTo',
  'deleted',
  'sort',
  'order',
  'page',
  'pageSize',
] as const;

/** Filters another page may open the list with. */
export interface StandardsListFilters {
  level?: readonly string[] | undefined;
  kind?: readonly string[] | undefined;
  status?: readonly string[] | undefined;
  asOf?: string | undefined;
  /** Exactly the standards this target set counts at `asOf` (or at `month`'s end, capped at `asOf`). */
  countedFor?: string | undefined;
  month?: string | undefined;
  part?: readonly string[] | undefined;
  direction?: readonly string[] | undefined;
  committee?: string | undefined;
  publishedFrom?: string | undefined;
  publishedTo?: string | undefined;
}

export function standardsListUrl(filters: StandardsListFilters): string {
  const params = new URLSearchParams();
  for (const name of standardsListParameters) {
    if (!(name in filters)) continue;
    const value = filters[name as keyof StandardsListFilters];
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value.trim() : value.join(',');
    if (text !== '') params.set(name, text);
  }
  const search = params.toString();
  return search ? `/standards?${search}` : '/standards';
}

/** The detail page of one standard. */
export function standardUrl(id: number): string {
  return `/standards/${encodeURIComponent(String(id))}`;
}

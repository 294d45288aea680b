/**
 * Links from the dashboard to the standards list, in the list's own URL format (its parameter names,
 * lists comma-separated, a fixed order), so the list opens already filtered to what was clicked.
 */
export interface StandardsListFilters {
  level?: readonly string[] | undefined;
  status?: readonly string[] | undefined;
  asOf?: string | undefined;
  part?: readonly string[] | undefined;
  direction?: readonly string[] | undefined;
  committee?: string | undefined;
  publishedFrom?: string | undefined;
  publishedTo?: string | undefined;
}

const parameterOrder = [
  'level',
  'status',
  'asOf',
  'part',
  'direction',
  'committee',
  'publishedFrom',
  'publishedTo',
] as const satisfies readonly (keyof StandardsListFilters)[];

export function standardsListUrl(filters: StandardsListFilters): string {
  const params = new URLSearchParams();
  for (const name of parameterOrder) {
    const value = filters[name];
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

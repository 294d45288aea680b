import type { DashboardSummary } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPath, apiRequest } from '../lib/api-client.ts';

/**
 * Every dashboard figure starts with this key, whichever page reads it (dashboard, enterprises, reports):
 * refreshing the dashboard, or a write that changes its figures, invalidates it all.
 */
export const dashboardKey = ['dashboard'] as const;

/**
 * Dashboard figures change only when the registry does; the server caches them by its data version,
 * so a short stale time keeps returns to a page instant without showing old numbers for long.
 */
export const DASHBOARD_STALE_TIME = 30_000;

/** What the dashboard's endpoints are asked for: a resolved date, and a set key (undefined for the default). */
export type DashboardView = {
  asOf: string;
  targetSet: string | undefined;
  /** The edition the coverage figures follow; undefined: the target set's. */
  framework?: string | undefined;
};

export function getDashboardSummary(view: DashboardView, signal?: AbortSignal): Promise<DashboardSummary> {
  return apiRequest<DashboardSummary>(apiPath('/dashboard/summary', view), { signal });
}

export function getDashboardSummaryQueryOptions(view: DashboardView) {
  return queryOptions({
    queryKey: [...dashboardKey, 'summary', view],
    queryFn: ({ signal }) => getDashboardSummary(view, signal),
    staleTime: DASHBOARD_STALE_TIME,
  });
}

export function useDashboardSummary(view: DashboardView) {
  return useQuery(getDashboardSummaryQueryOptions(view));
}

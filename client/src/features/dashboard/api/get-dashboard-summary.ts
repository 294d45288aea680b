import type { DashboardSummary } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { dashboardPath, type DashboardView } from '../utils/dashboard-search.ts';

/** Every dashboard figure starts with this key; refreshing the dashboard invalidates it all. */
export const dashboardKey = ['dashboard'] as const;

/**
 * Dashboard figures change only when the registry does; the server caches them by its data version,
 * so a short stale time keeps returns to the page instant without showing old numbers for long.
 */
export const DASHBOARD_STALE_TIME = 30_000;

export function getDashboardSummary(view: DashboardView, signal?: AbortSignal): Promise<DashboardSummary> {
  return apiRequest<DashboardSummary>(dashboardPath('/dashboard/summary', view), { signal });
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

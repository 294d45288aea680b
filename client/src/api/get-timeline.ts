import type { TimelineResponse } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPath, apiRequest } from '../lib/api-client.ts';
import { DASHBOARD_STALE_TIME, dashboardKey, type DashboardView } from './get-dashboard-summary.ts';

/** Standards and adopting enterprises month by month up to the view's date. */
export function getTimeline(view: DashboardView, signal?: AbortSignal): Promise<TimelineResponse> {
  return apiRequest<TimelineResponse>(apiPath('/dashboard/timeline', view), { signal });
}

export function getTimelineQueryOptions(view: DashboardView) {
  return queryOptions({
    queryKey: [...dashboardKey, 'timeline', view],
    queryFn: ({ signal }) => getTimeline(view, signal),
    staleTime: DASHBOARD_STALE_TIME,
  });
}

export function useTimeline(view: DashboardView) {
  return useQuery(getTimelineQueryOptions(view));
}

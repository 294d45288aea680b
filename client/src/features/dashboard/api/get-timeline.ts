import type { TimelineResponse } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { dashboardPath, type DashboardView } from '../utils/dashboard-search.ts';
import { DASHBOARD_STALE_TIME, dashboardKey } from './get-dashboard-summary.ts';

export function getTimeline(view: DashboardView, signal?: AbortSignal): Promise<TimelineResponse> {
  return apiRequest<TimelineResponse>(dashboardPath('/dashboard/timeline', view), { signal });
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

import type { MilestonesResponse } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { dashboardPath, type DashboardView } from '../utils/dashboard-search.ts';
import { DASHBOARD_STALE_TIME, dashboardKey } from './get-dashboard-summary.ts';

export function getMilestones(view: DashboardView, signal?: AbortSignal): Promise<MilestonesResponse> {
  return apiRequest<MilestonesResponse>(dashboardPath('/dashboard/milestones', view), { signal });
}

export function getMilestonesQueryOptions(view: DashboardView) {
  return queryOptions({
    queryKey: [...dashboardKey, 'milestones', view],
    queryFn: ({ signal }) => getMilestones(view, signal),
    staleTime: DASHBOARD_STALE_TIME,
  });
}

export function useMilestones(view: DashboardView) {
  return useQuery(getMilestonesQueryOptions(view));
}

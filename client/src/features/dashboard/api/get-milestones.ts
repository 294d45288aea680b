import type { MilestonesResponse } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DASHBOARD_STALE_TIME, dashboardKey, type DashboardView } from '../../../api/get-dashboard-summary.ts';
import { apiPath, apiRequest } from '../../../lib/api-client.ts';

export function getMilestones(view: DashboardView, signal?: AbortSignal): Promise<MilestonesResponse> {
  return apiRequest<MilestonesResponse>(apiPath('/dashboard/milestones', view), { signal });
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

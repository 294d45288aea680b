import type { InternationalProgress } from '@cloudstd/shared/schemas/international-item';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DASHBOARD_STALE_TIME, dashboardKey, type DashboardView } from '../../../api/get-dashboard-summary.ts';
import { apiPath, apiRequest } from '../../../lib/api-client.ts';

/** The panel follows the date and the target set (its window); the framework does not matter to it. */
type InternationalView = Pick<DashboardView, 'asOf' | 'targetSet'>;

export function getInternational(view: InternationalView, signal?: AbortSignal): Promise<InternationalProgress> {
  return apiRequest<InternationalProgress>(apiPath('/dashboard/international', view), { signal });
}

export function getInternationalQueryOptions(view: InternationalView) {
  return queryOptions({
    queryKey: [...dashboardKey, 'international', view],
    queryFn: ({ signal }) => getInternational(view, signal),
    staleTime: DASHBOARD_STALE_TIME,
  });
}

export function useInternational({ asOf, targetSet }: DashboardView) {
  return useQuery(getInternationalQueryOptions({ asOf, targetSet }));
}

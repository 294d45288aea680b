import type { CoverageResponse } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { dashboardPath } from '../utils/dashboard-search.ts';
import { DASHBOARD_STALE_TIME, dashboardKey } from './get-dashboard-summary.ts';

/** Coverage does not depend on the target set: only the as-of date keys it. */
export function getCoverage(asOf: string, signal?: AbortSignal): Promise<CoverageResponse> {
  return apiRequest<CoverageResponse>(dashboardPath('/dashboard/coverage', { asOf }), { signal });
}

export function getCoverageQueryOptions(asOf: string) {
  return queryOptions({
    queryKey: [...dashboardKey, 'coverage', { asOf }],
    queryFn: ({ signal }) => getCoverage(asOf, signal),
    staleTime: DASHBOARD_STALE_TIME,
  });
}

export function useCoverage(asOf: string) {
  return useQuery(getCoverageQueryOptions(asOf));
}

import type { CoverageResponse } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DASHBOARD_STALE_TIME, dashboardKey } from '../../../api/get-dashboard-summary.ts';
import { apiPath, apiRequest } from '../../../lib/api-client.ts';

/** Coverage does not depend on the target set: only the as-of date keys it. */
export function getCoverage(asOf: string, signal?: AbortSignal): Promise<CoverageResponse> {
  return apiRequest<CoverageResponse>(apiPath('/dashboard/coverage', { asOf }), { signal });
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

import type { CoverageResponse } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DASHBOARD_STALE_TIME, dashboardKey } from '../../../api/get-dashboard-summary.ts';
import { apiPath, apiRequest } from '../../../lib/api-client.ts';

/** Coverage does not depend on the target set: the as-of date and the edition (undefined: default) key it. */
export function getCoverage(asOf: string, framework?: string, signal?: AbortSignal): Promise<CoverageResponse> {
  return apiRequest<CoverageResponse>(apiPath('/dashboard/coverage', { asOf, framework }), { signal });
}

export function getCoverageQueryOptions(asOf: string, framework?: string) {
  return queryOptions({
    queryKey: [...dashboardKey, 'coverage', { asOf, framework }],
    queryFn: ({ signal }) => getCoverage(asOf, framework, signal),
    staleTime: DASHBOARD_STALE_TIME,
  });
}

export function useCoverage(asOf: string, framework?: string) {
  return useQuery(getCoverageQueryOptions(asOf, framework));
}

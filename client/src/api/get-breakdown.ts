import type { BreakdownResponse } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPath, apiRequest } from '../lib/api-client.ts';
import { DASHBOARD_STALE_TIME, dashboardKey } from './get-dashboard-summary.ts';

export type BreakdownDimension = BreakdownResponse['by'];

/** Standards (by level, status, committee…) or adopting enterprises (by industry, province, standard) at a date, whatever the target set. */
export function getBreakdown(
  by: BreakdownDimension,
  asOf: string,
  framework?: string,
  signal?: AbortSignal,
): Promise<BreakdownResponse> {
  return apiRequest<BreakdownResponse>(apiPath('/dashboard/breakdown', { by, asOf, framework }), { signal });
}

export function getBreakdownQueryOptions(by: BreakdownDimension, asOf: string, framework?: string) {
  return queryOptions({
    queryKey: [...dashboardKey, 'breakdown', { by, asOf, framework }],
    queryFn: ({ signal }) => getBreakdown(by, asOf, framework, signal),
    staleTime: DASHBOARD_STALE_TIME,
  });
}

export function useBreakdown(by: BreakdownDimension, asOf: string, framework?: string) {
  return useQuery(getBreakdownQueryOptions(by, asOf, framework));
}

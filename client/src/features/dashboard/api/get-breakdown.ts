import type { BreakdownResponse } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { BreakdownDimension } from '../utils/breakdown-bars.ts';
import { dashboardPath } from '../utils/dashboard-search.ts';
import { DASHBOARD_STALE_TIME, dashboardKey } from './get-dashboard-summary.ts';

/** Breakdowns count the standards existing at a date, whatever the target set. */
export function getBreakdown(by: BreakdownDimension, asOf: string, signal?: AbortSignal): Promise<BreakdownResponse> {
  return apiRequest<BreakdownResponse>(dashboardPath('/dashboard/breakdown', { by, asOf }), { signal });
}

export function getBreakdownQueryOptions(by: BreakdownDimension, asOf: string) {
  return queryOptions({
    queryKey: [...dashboardKey, 'breakdown', { by, asOf }],
    queryFn: ({ signal }) => getBreakdown(by, asOf, signal),
    staleTime: DASHBOARD_STALE_TIME,
  });
}

export function useBreakdown(by: BreakdownDimension, asOf: string) {
  return useQuery(getBreakdownQueryOptions(by, asOf));
}

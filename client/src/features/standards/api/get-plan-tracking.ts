import type { PlanTracking, PlanTrackingRequest } from '@cloudstd/shared/schemas/plan';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { standardsKey } from '../../../api/standards-keys.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** The 计划跟踪 query as search parameters (only what is set). */
export function planTrackingSearch(query: PlanTrackingRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (query.asOf) params.set('asOf', query.asOf);
  if (query.overdue === 'true') params.set('overdue', 'true');
  if (query.stage) params.set('stage', query.stage);
  return params;
}

export function getPlanTracking(query: PlanTrackingRequest, signal?: AbortSignal): Promise<PlanTracking> {
  const search = planTrackingSearch(query).toString();
  return apiRequest<PlanTracking>(search ? `/standards/plans?${search}` : '/standards/plans', { signal });
}

export function getPlanTrackingQueryOptions(query: PlanTrackingRequest) {
  return queryOptions({
    queryKey: [...standardsKey, 'plans', query],
    queryFn: ({ signal }) => getPlanTracking(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlanTracking(query: PlanTrackingRequest) {
  return useQuery(getPlanTrackingQueryOptions(query));
}

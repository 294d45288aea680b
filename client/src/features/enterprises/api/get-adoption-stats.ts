import type { BreakdownResponse, TimelineResponse } from '@cloudstd/shared/schemas/dashboard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * The dashboard endpoints these pages read. Under the dashboard's own query key, so an adoption written
 * here also refreshes the dashboard's figures (and the dashboard's refreshes refresh these).
 */
export const dashboardDataKey = ['dashboard'] as const;

export type AdoptionBreakdownDimension = 'industry' | 'province' | 'standard';

export function getAdoptionTimeline(asOf: string, signal?: AbortSignal): Promise<TimelineResponse> {
  return apiRequest<TimelineResponse>(`/dashboard/timeline?asOf=${encodeURIComponent(asOf)}`, { signal });
}

export function getAdoptionBreakdown(
  by: AdoptionBreakdownDimension,
  asOf: string,
  signal?: AbortSignal,
): Promise<BreakdownResponse> {
  return apiRequest<BreakdownResponse>(`/dashboard/breakdown?by=${by}&asOf=${encodeURIComponent(asOf)}`, { signal });
}

export function adoptionTimelineQueryOptions(asOf: string) {
  return queryOptions({
    queryKey: [...dashboardDataKey, 'adoption-timeline', asOf],
    queryFn: ({ signal }) => getAdoptionTimeline(asOf, signal),
    staleTime: 30_000,
  });
}

export function adoptionBreakdownQueryOptions(by: AdoptionBreakdownDimension, asOf: string) {
  return queryOptions({
    queryKey: [...dashboardDataKey, 'breakdown', { by, asOf }],
    queryFn: ({ signal }) => getAdoptionBreakdown(by, asOf, signal),
    staleTime: 30_000,
  });
}

export function useAdoptionTimeline(asOf: string) {
  return useQuery(adoptionTimelineQueryOptions(asOf));
}

export function useAdoptionBreakdown(by: AdoptionBreakdownDimension, asOf: string) {
  return useQuery(adoptionBreakdownQueryOptions(by, asOf));
}

import type { Direction } from '@cloudstd/shared/schemas/framework';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../lib/api-client.ts';

export function getDirections(signal?: AbortSignal): Promise<Direction[]> {
  return apiRequest<Direction[]>('/directions', { signal });
}

export function getDirectionsQueryOptions() {
  return queryOptions({
    queryKey: ['framework', 'directions'],
    queryFn: ({ signal }) => getDirections(signal),
    staleTime: 30 * 60_000,
  });
}

export function useDirections() {
  return useQuery(getDirectionsQueryOptions());
}

import type { FrameworkSummary } from '@cloudstd/shared/schemas/framework';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../lib/api-client.ts';

/** The loaded editions, the default first: what the edition switchers offer. */
export function getFrameworks(signal?: AbortSignal): Promise<FrameworkSummary[]> {
  return apiRequest<FrameworkSummary[]>('/frameworks', { signal });
}

export function getFrameworksQueryOptions() {
  return queryOptions({
    queryKey: ['framework', 'list'],
    queryFn: ({ signal }) => getFrameworks(signal),
    staleTime: 30 * 60_000,
  });
}

export function useFrameworks() {
  return useQuery(getFrameworksQueryOptions());
}

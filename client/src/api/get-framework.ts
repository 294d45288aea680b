/** Endpoints several features read (the framework is everyone's vocabulary): one file each, shared. */
import type { Framework } from '@cloudstd/shared/schemas/framework';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../lib/api-client.ts';

export function getFramework(signal?: AbortSignal): Promise<Framework> {
  return apiRequest<Framework>('/framework', { signal });
}

export function getFrameworkQueryOptions() {
  return queryOptions({
    queryKey: ['framework', 'tree'],
    queryFn: ({ signal }) => getFramework(signal),
    // The framework changes only when an administrator loads a new edition.
    staleTime: 30 * 60_000,
  });
}

export function useFramework() {
  return useQuery(getFrameworkQueryOptions());
}

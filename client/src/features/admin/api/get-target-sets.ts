import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export function getTargetSets(signal?: AbortSignal): Promise<TargetSet[]> {
  return apiRequest<TargetSet[]>('/target-sets', { signal });
}

// The same key as the dashboard's list of the same endpoint, so both read one cache entry.
export function getTargetSetsQueryOptions() {
  return queryOptions({
    queryKey: ['target-sets'],
    queryFn: ({ signal }) => getTargetSets(signal),
  });
}

export function useTargetSets() {
  return useQuery(getTargetSetsQueryOptions());
}

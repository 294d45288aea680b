import type { TargetSet } from '@cloudstd/shared/schemas/target-set';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export function getTargetSets(signal?: AbortSignal): Promise<TargetSet[]> {
  return apiRequest<TargetSet[]>('/target-sets', { signal });
}

export function getTargetSetsQueryOptions() {
  return queryOptions({
    queryKey: ['target-sets'],
    queryFn: ({ signal }) => getTargetSets(signal),
    staleTime: 5 * 60_000,
  });
}

export function useTargetSets() {
  return useQuery(getTargetSetsQueryOptions());
}

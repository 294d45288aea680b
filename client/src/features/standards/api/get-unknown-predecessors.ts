import type { UnknownPredecessorList } from '@cloudstd/shared/schemas/standard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { standardsKey } from '../../../api/standards-keys.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getUnknownPredecessors(signal?: AbortSignal): Promise<UnknownPredecessorList> {
  return apiRequest<UnknownPredecessorList>('/standards/unknown-predecessors', { signal });
}

export function getUnknownPredecessorsQueryOptions() {
  return queryOptions({
    // Under the standards' key: any save of a standard may add or settle one.
    queryKey: [...standardsKey, 'unknown-predecessors'],
    queryFn: ({ signal }) => getUnknownPredecessors(signal),
  });
}

export function useUnknownPredecessors() {
  return useQuery(getUnknownPredecessorsQueryOptions());
}

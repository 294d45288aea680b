import type { UnplacedList } from '@cloudstd/shared/schemas/framework';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Standards filed in another edition that the crosswalk cannot place in this one (`key`: the edition). */
export function getUnplaced(key: string, signal?: AbortSignal): Promise<UnplacedList> {
  return apiRequest<UnplacedList>(`/frameworks/${encodeURIComponent(key)}/unplaced`, { signal });
}

export function getUnplacedQueryOptions(key: string) {
  return queryOptions({
    queryKey: ['framework', 'unplaced', key],
    queryFn: ({ signal }) => getUnplaced(key, signal),
  });
}

export function useUnplaced(key: string | undefined) {
  return useQuery({ ...getUnplacedQueryOptions(key ?? ''), enabled: key !== undefined });
}

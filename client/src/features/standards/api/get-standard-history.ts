import type { Standard, StandardHistoryEntry } from '@cloudstd/shared/schemas/standard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { getStandardQueryOptions } from '../../../api/get-standard.ts';

export function getStandardHistory(id: Standard['id'], signal?: AbortSignal): Promise<StandardHistoryEntry[]> {
  return apiRequest<StandardHistoryEntry[]>(`/standards/${encodeURIComponent(String(id))}/history`, { signal });
}

export function getStandardHistoryQueryOptions(id: Standard['id']) {
  return queryOptions({
    // Under the record's key: whatever refreshes the record refreshes its history.
    queryKey: [...getStandardQueryOptions(id).queryKey, 'history'],
    queryFn: ({ signal }) => getStandardHistory(id, signal),
  });
}

export function useStandardHistory(id: Standard['id']) {
  return useQuery(getStandardHistoryQueryOptions(id));
}

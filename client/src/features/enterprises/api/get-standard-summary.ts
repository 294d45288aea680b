import type { Standard } from '@cloudstd/shared/schemas/standard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** One standard, to name it in a filter; the same key (and answer) as the standards pages' own query. */
export function getStandardSummaryQueryOptions(id: Standard['id']) {
  return queryOptions({
    queryKey: ['standards', 'detail', id],
    queryFn: ({ signal }) => apiRequest<Standard>(`/standards/${encodeURIComponent(String(id))}`, { signal }),
  });
}

export function useStandardSummary(id: Standard['id'] | undefined) {
  return useQuery({ ...getStandardSummaryQueryOptions(id ?? 0), enabled: id !== undefined });
}

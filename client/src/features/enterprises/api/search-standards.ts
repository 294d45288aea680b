import type { StandardList } from '@cloudstd/shared/schemas/standard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Registered standards matching typed text (number in any form, or title), for the adoption form's picker. */
export function searchStandards(text: string, signal?: AbortSignal): Promise<StandardList> {
  const params = new URLSearchParams({ q: text, pageSize: '20', sort: 'number', order: 'asc' });
  return apiRequest<StandardList>(`/standards?${params.toString()}`, { signal });
}

export function searchStandardsQueryOptions(text: string) {
  return queryOptions({
    // Under the standards' own key: their writes invalidate these too.
    queryKey: ['standards', 'list', 'picker', text],
    queryFn: ({ signal }) => searchStandards(text, signal),
    staleTime: 30_000,
  });
}

export function useStandardSearch(text: string) {
  return useQuery({ ...searchStandardsQueryOptions(text), enabled: text.trim().length > 0 });
}

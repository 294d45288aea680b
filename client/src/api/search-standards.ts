import type { StandardList } from '@cloudstd/shared/schemas/standard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../lib/api-client.ts';
import { standardListsKey } from './standards-keys.ts';

/** Registered standards matching typed text (number in any form, or title), for the pickers. */
export function searchStandards(text: string, signal?: AbortSignal): Promise<StandardList> {
  const params = new URLSearchParams({ q: text, pageSize: '20', sort: 'number', order: 'asc' });
  return apiRequest<StandardList>(`/standards?${params.toString()}`, { signal });
}

export function searchStandardsQueryOptions(text: string) {
  return queryOptions({
    // Under the standards' list key: their writes invalidate these too.
    queryKey: [...standardListsKey, 'picker', text],
    queryFn: ({ signal }) => searchStandards(text, signal),
    staleTime: 30_000,
  });
}

/** Nothing is asked until some text is typed. */
export function useStandardSearch(text: string) {
  return useQuery({ ...searchStandardsQueryOptions(text), enabled: text.trim().length > 0 });
}

import type { InternationalItemList } from '@cloudstd/shared/schemas/international-item';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { internationalQueryToSearchParams, type InternationalQuery } from '../utils/international-query.ts';

/** Every query about international items starts with this: a write invalidates it all. */
export const internationalKey = ['international-items'] as const;

export function getInternationalItems(query: InternationalQuery, signal?: AbortSignal): Promise<InternationalItemList> {
  const search = internationalQueryToSearchParams(query).toString();
  return apiRequest<InternationalItemList>(search ? `/international-items?${search}` : '/international-items', {
    signal,
  });
}

export function getInternationalItemsQueryOptions(query: InternationalQuery) {
  return queryOptions({
    queryKey: [...internationalKey, 'list', query],
    queryFn: ({ signal }) => getInternationalItems(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useInternationalItems(query: InternationalQuery) {
  return useQuery(getInternationalItemsQueryOptions(query));
}

import type { StandardList } from '@cloudstd/shared/schemas/standard';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { standardListsKey } from '../../../api/standards-keys.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { standardsQueryToSearchParams, type StandardsQuery } from '../utils/standards-query.ts';

export function getStandards(query: StandardsQuery, signal?: AbortSignal): Promise<StandardList> {
  const search = standardsQueryToSearchParams(query).toString();
  return apiRequest<StandardList>(search ? `/standards?${search}` : '/standards', { signal });
}

export function getStandardsQueryOptions(query: StandardsQuery) {
  return queryOptions({
    queryKey: [...standardListsKey, query],
    queryFn: ({ signal }) => getStandards(query, signal),
    // The table keeps showing the previous page while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useStandards(query: StandardsQuery) {
  return useQuery(getStandardsQueryOptions(query));
}

import type { ReplacementChain, Standard } from '@cloudstd/shared/schemas/standard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { getStandardQueryOptions } from '../../../api/get-standard.ts';

export function getReplacementChain(id: Standard['id'], signal?: AbortSignal): Promise<ReplacementChain> {
  return apiRequest<ReplacementChain>(`/standards/${encodeURIComponent(String(id))}/replacement-chain`, { signal });
}

export function getReplacementChainQueryOptions(id: Standard['id']) {
  return queryOptions({
    // Under the record's key: a save that refreshes the record refreshes its chain.
    queryKey: [...getStandardQueryOptions(id).queryKey, 'replacement-chain'],
    queryFn: ({ signal }) => getReplacementChain(id, signal),
  });
}

export function useReplacementChain(id: Standard['id']) {
  return useQuery(getReplacementChainQueryOptions(id));
}

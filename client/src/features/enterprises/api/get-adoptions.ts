import type { AdoptionList, ListAdoptionsQuery } from '@cloudstd/shared/schemas/enterprise';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { enterprisesKey } from './get-enterprises.ts';

export type AdoptionsQuery = Partial<ListAdoptionsQuery>;

/** Every list of adoptions (an enterprise's, a standard's adopters). */
export const adoptionListsKey = [...enterprisesKey, 'adoptions'] as const;

export function getAdoptions(query: AdoptionsQuery, signal?: AbortSignal): Promise<AdoptionList> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const search = params.toString();
  return apiRequest<AdoptionList>(search ? `/adoptions?${search}` : '/adoptions', { signal });
}

export function getAdoptionsQueryOptions(query: AdoptionsQuery) {
  return queryOptions({
    queryKey: [...adoptionListsKey, query],
    queryFn: ({ signal }) => getAdoptions(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAdoptions(query: AdoptionsQuery) {
  return useQuery(getAdoptionsQueryOptions(query));
}

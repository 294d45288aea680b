import type { EnterpriseList } from '@cloudstd/shared/schemas/enterprise';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { enterprisesQueryToSearchParams, type EnterprisesQuery } from '../utils/enterprises-query.ts';

/** Every query about enterprises and adoptions starts with this: a write invalidates it all. */
export const enterprisesKey = ['enterprises'] as const;

/** Every list of enterprises, whatever its filters. */
export const enterpriseListsKey = [...enterprisesKey, 'list'] as const;

export function getEnterprises(query: Partial<EnterprisesQuery>, signal?: AbortSignal): Promise<EnterpriseList> {
  const search = enterprisesQueryToSearchParams(query).toString();
  return apiRequest<EnterpriseList>(search ? `/enterprises?${search}` : '/enterprises', { signal });
}

export function getEnterprisesQueryOptions(query: Partial<EnterprisesQuery>) {
  return queryOptions({
    queryKey: [...enterpriseListsKey, query],
    queryFn: ({ signal }) => getEnterprises(query, signal),
    // The table keeps showing the previous page while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useEnterprises(query: Partial<EnterprisesQuery>, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getEnterprisesQueryOptions(query), enabled: options.enabled ?? true });
}

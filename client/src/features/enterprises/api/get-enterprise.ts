import type { Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { enterprisesKey } from './get-enterprises.ts';

export function getEnterprise(id: Enterprise['id'], signal?: AbortSignal): Promise<Enterprise> {
  return apiRequest<Enterprise>(`/enterprises/${encodeURIComponent(String(id))}`, { signal });
}

export function getEnterpriseQueryOptions(id: Enterprise['id']) {
  return queryOptions({
    queryKey: [...enterprisesKey, 'detail', id],
    queryFn: ({ signal }) => getEnterprise(id, signal),
  });
}

/** `null` (a malformed id in the URL) asks for nothing. */
export function useEnterprise(id: Enterprise['id'] | null) {
  return useQuery({ ...getEnterpriseQueryOptions(id ?? 0), enabled: id !== null });
}

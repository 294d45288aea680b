import type { Standard } from '@cloudstd/shared/schemas/standard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { standardsKey } from './get-standards.ts';

export function getStandard(id: Standard['id'], signal?: AbortSignal): Promise<Standard> {
  return apiRequest<Standard>(`/standards/${encodeURIComponent(String(id))}`, { signal });
}

export function getStandardQueryOptions(id: Standard['id']) {
  return queryOptions({
    queryKey: [...standardsKey, 'detail', id],
    queryFn: ({ signal }) => getStandard(id, signal),
  });
}

export function useStandard(id: Standard['id']) {
  return useQuery(getStandardQueryOptions(id));
}

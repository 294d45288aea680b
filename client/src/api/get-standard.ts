import type { Standard } from '@cloudstd/shared/schemas/standard';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../lib/api-client.ts';
import { standardsKey } from './standards-keys.ts';

/** One standard by id: its pages read it, and so do the filters and pickers that name it. */
export function getStandard(id: Standard['id'], signal?: AbortSignal): Promise<Standard> {
  return apiRequest<Standard>(`/standards/${encodeURIComponent(String(id))}`, { signal });
}

export function getStandardQueryOptions(id: Standard['id']) {
  return queryOptions({
    queryKey: [...standardsKey, 'detail', id],
    queryFn: ({ signal }) => getStandard(id, signal),
  });
}

/** Nothing is asked while `id` is undefined (a filter that names no standard). */
export function useStandard(id: Standard['id'] | undefined) {
  return useQuery({ ...getStandardQueryOptions(id ?? 0), enabled: id !== undefined });
}

import type { DraftedStandards, Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { standardsKey } from '../../../api/standards-keys.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getDraftedStandards(id: Enterprise['id'], signal?: AbortSignal): Promise<DraftedStandards> {
  return apiRequest<DraftedStandards>(`/enterprises/${encodeURIComponent(String(id))}/drafted-standards`, { signal });
}

/** Under the standards' key: editing a standard's 起草单位 refreshes it. */
export function getDraftedStandardsQueryOptions(id: Enterprise['id']) {
  return queryOptions({
    queryKey: [...standardsKey, 'drafted-by', id],
    queryFn: ({ signal }) => getDraftedStandards(id, signal),
  });
}

export function useDraftedStandards(id: Enterprise['id']) {
  return useQuery(getDraftedStandardsQueryOptions(id));
}

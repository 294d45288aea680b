import type { Placement } from '@cloudstd/shared/schemas/framework';
import { queryOptions, useQueries } from '@tanstack/react-query';
import { apiRequest } from '../lib/api-client.ts';
import { standardsKey } from './standards-keys.ts';

/** A standard's directions in an edition and where they come from (filed, derived, override or none). */
export function getPlacement(key: string, id: number, signal?: AbortSignal): Promise<Placement> {
  return apiRequest<Placement>(`/frameworks/${encodeURIComponent(key)}/placements/${encodeURIComponent(String(id))}`, {
    signal,
  });
}

/** Under the standards key: any write to standards (its directions) invalidates its placements too. */
export function getPlacementQueryOptions(key: string, id: number) {
  return queryOptions({
    queryKey: [...standardsKey, 'placement', id, key],
    queryFn: ({ signal }) => getPlacement(key, id, signal),
  });
}

/** The standard's placement in each of these editions, in their order. */
export function usePlacements(keys: readonly string[], id: number) {
  return useQueries({ queries: keys.map((key) => getPlacementQueryOptions(key, id)) });
}

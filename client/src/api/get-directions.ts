import type { Direction } from '@cloudstd/shared/schemas/framework';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiPath, apiRequest } from '../lib/api-client.ts';
import { useFrameworks } from './get-frameworks.ts';

/** A framework's leaves with their `group › leaf` paths: `key` names an edition, undefined the default. */
export function getDirections(key?: string, signal?: AbortSignal): Promise<Direction[]> {
  return apiRequest<Direction[]>(apiPath('/directions', { framework: key }), { signal });
}

export function getDirectionsQueryOptions(key?: string) {
  return queryOptions({
    queryKey: ['framework', 'directions', key ?? 'default'],
    queryFn: ({ signal }) => getDirections(key, signal),
    staleTime: 30 * 60_000,
  });
}

export function useDirections(key?: string) {
  return useQuery(getDirectionsQueryOptions(key));
}

/** Stable, so TanStack Query recomputes the map only when a list changes. */
function combineDirections(results: readonly { data?: Direction[] | undefined; isPending: boolean }[]) {
  return {
    data: new Map(results.flatMap((result) => result.data ?? []).map((direction) => [direction.code, direction])),
    isPending: results.some((result) => result.isPending),
  };
}

/**
 * Every loaded edition's leaves by code (codes are unique across editions): what a standard's filed
 * directions are looked up in, whichever edition it was filed under.
 */
export function useAllDirections(): { data: ReadonlyMap<string, Direction>; isPending: boolean } {
  const frameworks = useFrameworks();
  const all = useQueries({
    queries: (frameworks.data ?? []).map((framework) => getDirectionsQueryOptions(framework.key)),
    combine: combineDirections,
  });
  return { data: all.data, isPending: frameworks.isPending || all.isPending };
}

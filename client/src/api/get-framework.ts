/** Endpoints several features read (the framework is everyone's vocabulary): one file each, shared. */
import type { Framework } from '@cloudstd/shared/schemas/framework';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPath, apiRequest } from '../lib/api-client.ts';

/** A framework's tree: `key` names an edition, undefined asks for the default one. */
export function getFramework(key?: string, signal?: AbortSignal): Promise<Framework> {
  return apiRequest<Framework>(apiPath('/framework', { framework: key }), { signal });
}

export function getFrameworkQueryOptions(key?: string) {
  return queryOptions({
    queryKey: ['framework', 'tree', key ?? 'default'],
    queryFn: ({ signal }) => getFramework(key, signal),
    // The framework changes only when an administrator loads a new edition.
    staleTime: 30 * 60_000,
  });
}

export function useFramework(key?: string) {
  return useQuery(getFrameworkQueryOptions(key));
}

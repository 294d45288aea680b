import type { SnapshotComparison } from '@cloudstd/shared/schemas/report';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { snapshotsKey } from './get-snapshots.ts';

export function getSnapshotComparison(from: number, to: number, signal?: AbortSignal): Promise<SnapshotComparison> {
  return apiRequest<SnapshotComparison>(`/snapshots/${from}/compare/${to}`, { signal });
}

/** Snapshots never change, so a comparison never goes stale. */
export function getSnapshotComparisonQueryOptions(from: number, to: number) {
  return queryOptions({
    queryKey: [...snapshotsKey, 'compare', from, to],
    queryFn: ({ signal }) => getSnapshotComparison(from, to, signal),
    staleTime: Infinity,
  });
}

export function useSnapshotComparison(from: number | undefined, to: number | undefined) {
  return useQuery({
    ...getSnapshotComparisonQueryOptions(from ?? 0, to ?? 0),
    enabled: from !== undefined && to !== undefined && from !== to,
  });
}

import type { SnapshotList } from '@cloudstd/shared/schemas/report';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { reportsKey } from './get-report-preview.ts';

export const snapshotsKey = [...reportsKey, 'snapshots'] as const;

export function getSnapshots(signal?: AbortSignal): Promise<SnapshotList> {
  return apiRequest<SnapshotList>('/snapshots', { signal });
}

export function getSnapshotsQueryOptions() {
  return queryOptions({ queryKey: snapshotsKey, queryFn: ({ signal }) => getSnapshots(signal) });
}

export function useSnapshots() {
  return useQuery(getSnapshotsQueryOptions());
}

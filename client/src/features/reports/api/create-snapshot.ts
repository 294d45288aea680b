import type { CreateSnapshotInput, Snapshot } from '@cloudstd/shared/schemas/report';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { snapshotsKey } from './get-snapshots.ts';

export function createSnapshot(input: CreateSnapshotInput): Promise<Snapshot> {
  return apiRequest<Snapshot>('/snapshots', { method: 'POST', body: input });
}

export function useCreateSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSnapshot,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snapshotsKey }),
  });
}

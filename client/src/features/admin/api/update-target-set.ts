import type { TargetSet, UpdateTargetSetInput } from '@cloudstd/shared/schemas/target-set';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { getTargetSetsQueryOptions } from '../../../api/get-target-sets.ts';

export interface UpdateTargetSetVariables {
  key: TargetSet['key'];
  changes: UpdateTargetSetInput;
}

export function updateTargetSet({ key, changes }: UpdateTargetSetVariables): Promise<TargetSet> {
  return apiRequest<TargetSet>(`/target-sets/${encodeURIComponent(key)}`, { method: 'PATCH', body: changes });
}

/** Saving also marks every query stale (the app's MutationCache): the dashboard's figures follow the new goals. */
export function useUpdateTargetSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTargetSet,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getTargetSetsQueryOptions().queryKey }),
  });
}

import type { Standard } from '@cloudstd/shared/schemas/standard';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { StandardChanges } from '../utils/standard-form-values.ts';
import { getStandardHistoryQueryOptions } from './get-standard-history.ts';
import { getStandardQueryOptions } from '../../../api/get-standard.ts';
import { standardListsKey } from '../../../api/standards-keys.ts';

export interface UpdateStandardVariables {
  id: Standard['id'];
  /** Only the changed fields, and the version they were made against. */
  changes: StandardChanges;
}

export function updateStandard({ id, changes }: UpdateStandardVariables): Promise<Standard> {
  return apiRequest<Standard>(`/standards/${encodeURIComponent(String(id))}`, { method: 'PATCH', body: changes });
}

export function useUpdateStandard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateStandard,
    onSuccess: async (standard) => {
      queryClient.setQueryData(getStandardQueryOptions(standard.id).queryKey, standard);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: getStandardHistoryQueryOptions(standard.id).queryKey }),
        queryClient.invalidateQueries({ queryKey: standardListsKey }),
      ]);
    },
  });
}

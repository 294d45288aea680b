import type { Standard } from '@cloudstd/shared/schemas/standard';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { getStandardHistoryQueryOptions } from './get-standard-history.ts';
import { getStandardQueryOptions } from '../../../api/get-standard.ts';
import { standardListsKey } from '../../../api/standards-keys.ts';

export function restoreStandard(id: Standard['id']): Promise<Standard> {
  return apiRequest<Standard>(`/standards/${encodeURIComponent(String(id))}/restore`, { method: 'POST' });
}

export function useRestoreStandard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreStandard,
    onSuccess: async (standard) => {
      queryClient.setQueryData(getStandardQueryOptions(standard.id).queryKey, standard);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: getStandardHistoryQueryOptions(standard.id).queryKey }),
        queryClient.invalidateQueries({ queryKey: standardListsKey }),
      ]);
    },
  });
}

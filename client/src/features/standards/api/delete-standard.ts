import type { Standard } from '@cloudstd/shared/schemas/standard';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { getStandardQueryOptions } from '../../../api/get-standard.ts';
import { standardListsKey } from '../../../api/standards-keys.ts';

/** A soft delete: the record stays, marked deleted, and can be restored. */
export function deleteStandard(id: Standard['id']): Promise<void> {
  return apiRequest(`/standards/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
}

export function useDeleteStandard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteStandard,
    onSuccess: (_nothing, id) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getStandardQueryOptions(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: standardListsKey }),
      ]),
  });
}

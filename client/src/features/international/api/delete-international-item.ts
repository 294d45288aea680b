import type { InternationalItem } from '@cloudstd/shared/schemas/international-item';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dashboardKey } from '../../../api/get-dashboard-summary.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { internationalKey } from './get-international-items.ts';

export function deleteInternationalItem(id: InternationalItem['id']): Promise<void> {
  return apiRequest(`/international-items/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
}

/** Deleting takes the item out of the lists and the figures (restorable on the server). */
export function useDeleteInternationalItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteInternationalItem,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: internationalKey }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}

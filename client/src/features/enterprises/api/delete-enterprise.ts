import type { Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { dashboardKey } from '../../../api/get-dashboard-summary.ts';
import { enterprisesKey } from './get-enterprises.ts';

export function deleteEnterprise(id: Enterprise['id']): Promise<void> {
  return apiRequest(`/enterprises/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
}

/** Deleting takes the enterprise out of the count: lists, records and the figures are all refetched. */
export function useDeleteEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEnterprise,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: enterprisesKey }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}

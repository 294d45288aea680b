import type { Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { dashboardKey } from '../../../api/get-dashboard-summary.ts';
import { enterprisesKey } from './get-enterprises.ts';

export function restoreEnterprise(id: Enterprise['id']): Promise<Enterprise> {
  return apiRequest<Enterprise>(`/enterprises/${encodeURIComponent(String(id))}/restore`, { method: 'POST' });
}

export function useRestoreEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreEnterprise,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: enterprisesKey }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}

import type { Adoption } from '@cloudstd/shared/schemas/enterprise';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { dashboardKey } from '../../../api/get-dashboard-summary.ts';
import { enterprisesKey } from './get-enterprises.ts';

export function deleteAdoption(id: Adoption['id']): Promise<void> {
  return apiRequest(`/adoptions/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
}

export function useDeleteAdoption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAdoption,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: enterprisesKey }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}

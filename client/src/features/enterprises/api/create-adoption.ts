import type { Adoption, CreateAdoptionFormValues } from '@cloudstd/shared/schemas/enterprise';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { dashboardKey } from '../../../api/get-dashboard-summary.ts';
import { enterprisesKey } from './get-enterprises.ts';

export function createAdoption(input: CreateAdoptionFormValues): Promise<Adoption> {
  return apiRequest<Adoption>('/adoptions', { method: 'POST', body: input });
}

/** An adoption moves its enterprise's figures, the lists and the goal's count: all are refetched. */
export function useCreateAdoption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAdoption,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: enterprisesKey }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}

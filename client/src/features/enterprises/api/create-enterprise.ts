import type { CreateEnterpriseFormValues, Enterprise } from '@cloudstd/shared/schemas/enterprise';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { getEnterpriseQueryOptions } from './get-enterprise.ts';
import { enterpriseListsKey } from './get-enterprises.ts';

export function createEnterprise(input: CreateEnterpriseFormValues): Promise<Enterprise> {
  return apiRequest<Enterprise>('/enterprises', { method: 'POST', body: input });
}

export function useCreateEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEnterprise,
    onSuccess: async (enterprise) => {
      queryClient.setQueryData(getEnterpriseQueryOptions(enterprise.id).queryKey, enterprise);
      await queryClient.invalidateQueries({ queryKey: enterpriseListsKey });
    },
  });
}

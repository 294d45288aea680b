import type { Enterprise, UpdateEnterpriseInput } from '@cloudstd/shared/schemas/enterprise';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { getEnterpriseQueryOptions } from './get-enterprise.ts';
import { enterpriseListsKey } from './get-enterprises.ts';

export interface UpdateEnterpriseVariables {
  id: Enterprise['id'];
  /** Only the changed fields, and the version they were made against. */
  changes: UpdateEnterpriseInput;
}

export function updateEnterprise({ id, changes }: UpdateEnterpriseVariables): Promise<Enterprise> {
  return apiRequest<Enterprise>(`/enterprises/${encodeURIComponent(String(id))}`, { method: 'PATCH', body: changes });
}

export function useUpdateEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEnterprise,
    onSuccess: async (enterprise) => {
      queryClient.setQueryData(getEnterpriseQueryOptions(enterprise.id).queryKey, enterprise);
      await queryClient.invalidateQueries({ queryKey: enterpriseListsKey });
    },
  });
}

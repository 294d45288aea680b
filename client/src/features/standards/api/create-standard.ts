import type { Standard } from '@cloudstd/shared/schemas/standard';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { StandardInput } from '../utils/standard-form-values.ts';
import { getStandardQueryOptions } from '../../../api/get-standard.ts';
import { standardListsKey } from '../../../api/standards-keys.ts';

export function createStandard(input: StandardInput): Promise<Standard> {
  return apiRequest<Standard>('/standards', { method: 'POST', body: input });
}

export function useCreateStandard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStandard,
    onSuccess: async (standard) => {
      queryClient.setQueryData(getStandardQueryOptions(standard.id).queryKey, standard);
      await queryClient.invalidateQueries({ queryKey: standardListsKey });
    },
  });
}

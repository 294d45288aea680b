import type { LoginInput, MeResponse } from '@cloudstd/shared/schemas/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { getMeQueryOptions } from './get-me.ts';

export function login(input: LoginInput): Promise<MeResponse> {
  return apiRequest<MeResponse>('/auth/login', { method: 'POST', body: input });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // Nothing cached under an earlier session may show to this one.
      queryClient.clear();
      queryClient.setQueryData(getMeQueryOptions().queryKey, me);
    },
  });
}

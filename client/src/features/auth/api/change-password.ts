import type { ChangePasswordInput } from '@cloudstd/shared/schemas/auth';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return apiRequest('/auth/password', { method: 'POST', body: input });
}

/** The session stays valid and the user record is unchanged, so nothing cached needs refreshing. */
export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}

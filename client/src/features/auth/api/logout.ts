import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiRequest } from '../../../lib/api-client.ts';
import { LOGIN_PATH } from '../../../lib/login-redirect.ts';

export function logout(): Promise<void> {
  return apiRequest('/auth/logout', { method: 'POST' });
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      // Leave the signed-in pages first, so none refetches while the cache empties.
      await navigate(LOGIN_PATH, { replace: true });
      queryClient.clear();
    },
  });
}

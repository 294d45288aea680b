import type { UpdateUserInput, User } from '@cloudstd/shared/schemas/user';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { getUsersQueryOptions } from './get-users.ts';

export interface UpdateUserVariables {
  id: User['id'];
  changes: UpdateUserInput;
}

export function updateUser({ id, changes }: UpdateUserVariables): Promise<User> {
  return apiRequest<User>(`/users/${encodeURIComponent(String(id))}`, { method: 'PATCH', body: changes });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getUsersQueryOptions().queryKey }),
  });
}

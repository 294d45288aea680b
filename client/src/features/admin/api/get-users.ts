import type { UserList } from '@cloudstd/shared/schemas/user';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export function getUsers(signal?: AbortSignal): Promise<UserList> {
  return apiRequest<UserList>('/users', { signal });
}

export function getUsersQueryOptions() {
  return queryOptions({
    queryKey: ['users', 'list'],
    queryFn: ({ signal }) => getUsers(signal),
  });
}

export function useUsers() {
  return useQuery(getUsersQueryOptions());
}

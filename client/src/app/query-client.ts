import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client.ts';

/** A refusal (4xx) or an answer of the wrong shape will not change on retry; a network blip or 5xx may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 408) return false;
  if (isApiError(error, 'UNEXPECTED_RESPONSE') && error.status < 400) return false;
  return failureCount < 2;
}

export const queryClient: QueryClient = new QueryClient({
  // Any write can move any figure (a new standard changes the list, the dashboard and the coverage),
  // and features do not know each other's keys: after a successful write everything is marked stale,
  // and what is on screen refetches.
  mutationCache: new MutationCache({
    onSuccess: () => queryClient.invalidateQueries(),
  }),
  defaultOptions: {
    queries: { staleTime: 60_000, gcTime: 10 * 60_000, retry: shouldRetry },
    mutations: { retry: false },
  },
});

import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client.ts';
import { isOutageError, reportOutage, reportServerAnswered } from '../lib/outage.ts';

/** A refusal (4xx) or an answer of the wrong shape will not change on retry; a network blip or 5xx may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 408) return false;
  if (isApiError(error, 'UNEXPECTED_RESPONSE') && error.status < 400) return false;
  return failureCount < 2;
}

/** When the server is back after an outage, every read that failed meanwhile is fetched again. */
function refetchFailedReads(): void {
  void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
}

function noticeOutage(error: unknown): void {
  if (isOutageError(error)) reportOutage(refetchFailedReads);
  else if (isApiError(error) && error.status !== 0) reportServerAnswered();
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: noticeOutage, onSuccess: reportServerAnswered }),
  // Any write can move any figure (a new standard changes the list, the dashboard and the coverage),
  // and features do not know each other's keys: after a successful write everything is marked stale,
  // and what is on screen refetches.
  mutationCache: new MutationCache({
    onError: noticeOutage,
    onSuccess: () => {
      reportServerAnswered();
      return queryClient.invalidateQueries();
    },
  }),
  defaultOptions: {
    // Failed reads are retried twice with exponential back-off (1 s, 2 s) before they show as failed.
    queries: { staleTime: 60_000, gcTime: 10 * 60_000, retry: shouldRetry },
    mutations: { retry: false },
  },
});

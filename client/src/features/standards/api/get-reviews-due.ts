import type { ReviewsDue, ReviewsDueRequest } from '@cloudstd/shared/schemas/review';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { standardsKey } from '../../../api/standards-keys.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Every 复审 list, whatever its date and filters: recording a review invalidates them all. */
export const reviewsDueKey = [...standardsKey, 'reviews-due'] as const;

/** The 复审 query as search parameters (only what is set). */
export function reviewsDueSearch(query: ReviewsDueRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (query.asOf) params.set('asOf', query.asOf);
  if (query.level) params.set('level', query.level);
  if (query.committee) params.set('committee', query.committee);
  return params;
}

export function getReviewsDue(query: ReviewsDueRequest, signal?: AbortSignal): Promise<ReviewsDue> {
  const search = reviewsDueSearch(query).toString();
  return apiRequest<ReviewsDue>(search ? `/standards/reviews-due?${search}` : '/standards/reviews-due', { signal });
}

export function getReviewsDueQueryOptions(query: ReviewsDueRequest) {
  return queryOptions({
    queryKey: [...reviewsDueKey, query],
    queryFn: ({ signal }) => getReviewsDue(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReviewsDue(query: ReviewsDueRequest) {
  return useQuery(getReviewsDueQueryOptions(query));
}

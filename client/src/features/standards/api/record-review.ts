import type { CreateReviewInput, Review } from '@cloudstd/shared/schemas/review';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { getStandardHistoryQueryOptions } from './get-standard-history.ts';
import { reviewsDueKey } from './get-reviews-due.ts';

export interface RecordReviewVariables {
  standardId: number;
  review: CreateReviewInput;
}

export function recordReview({ standardId, review }: RecordReviewVariables): Promise<Review> {
  return apiRequest<Review>(`/standards/${encodeURIComponent(String(standardId))}/reviews`, {
    method: 'POST',
    body: review,
  });
}

export function useRecordReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordReview,
    onSuccess: async (review) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewsDueKey }),
        queryClient.invalidateQueries({ queryKey: getStandardHistoryQueryOptions(review.standardId).queryKey }),
      ]);
    },
  });
}

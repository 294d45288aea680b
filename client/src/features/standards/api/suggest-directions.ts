import type { DirectionSuggestionList, SuggestDirectionsInput } from '@cloudstd/shared/schemas/framework';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export function suggestDirections(
  input: SuggestDirectionsInput,
  signal?: AbortSignal,
): Promise<DirectionSuggestionList> {
  return apiRequest<DirectionSuggestionList>('/directions/suggest', { method: 'POST', body: input, signal });
}

export function suggestDirectionsQueryOptions(input: SuggestDirectionsInput) {
  return queryOptions({
    queryKey: ['framework', 'suggestions', input],
    queryFn: ({ signal }) => suggestDirections(input, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** Suggestions for a title (none asked for while it is blank). */
export function useDirectionSuggestions(input: SuggestDirectionsInput) {
  return useQuery({ ...suggestDirectionsQueryOptions(input), enabled: input.titleZh.trim() !== '' });
}

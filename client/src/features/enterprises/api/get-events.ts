import type { EventList, ListEventsQuery } from '@cloudstd/shared/schemas/event';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { enterprisesKey } from './get-enterprises.ts';

/** Events sit under the enterprises key: an attendee list creates enterprises, an enterprise write may change events. */
export const eventsKey = [...enterprisesKey, 'events'] as const;

export type EventsQuery = Partial<ListEventsQuery>;

function searchOf(query: EventsQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search.toString();
}

export function getEvents(query: EventsQuery, signal?: AbortSignal): Promise<EventList> {
  const search = searchOf(query);
  return apiRequest<EventList>(search ? `/events?${search}` : '/events', { signal });
}

export function getEventsQueryOptions(query: EventsQuery) {
  return queryOptions({
    queryKey: [...eventsKey, 'list', query],
    queryFn: ({ signal }) => getEvents(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEvents(query: EventsQuery) {
  return useQuery(getEventsQueryOptions(query));
}

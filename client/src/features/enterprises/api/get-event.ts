import type { Event } from '@cloudstd/shared/schemas/event';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { eventsKey } from './get-events.ts';

export function getEvent(id: Event['id'], signal?: AbortSignal): Promise<Event> {
  return apiRequest<Event>(`/events/${encodeURIComponent(String(id))}`, { signal });
}

export function getEventQueryOptions(id: Event['id']) {
  return queryOptions({ queryKey: [...eventsKey, 'detail', id], queryFn: ({ signal }) => getEvent(id, signal) });
}

/** `null` (a malformed id in the URL) asks for nothing. */
export function useEvent(id: Event['id'] | null) {
  return useQuery({ ...getEventQueryOptions(id ?? 0), enabled: id !== null });
}

import type { Event } from '@cloudstd/shared/schemas/event';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dashboardKey } from '../../../api/get-dashboard-summary.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { enterprisesKey } from './get-enterprises.ts';

export function deleteEvent(id: Event['id']): Promise<void> {
  return apiRequest(`/events/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
}

/** A deleted event takes its attendees out of the count (unless reached otherwise). */
export function useDeleteEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEvent,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: enterprisesKey }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}

import type { CreateEventFormValues, EventWriteResult } from '@cloudstd/shared/schemas/event';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dashboardKey } from '../../../api/get-dashboard-summary.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { enterprisesKey } from './get-enterprises.ts';

export function createEvent(input: CreateEventFormValues): Promise<EventWriteResult> {
  return apiRequest<EventWriteResult>('/events', { method: 'POST', body: input });
}

/** A new event may create enterprises and moves the enterprise goal: lists and figures are refetched. */
export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: enterprisesKey }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}

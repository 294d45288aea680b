import type {
  CreateInternationalItemInput,
  InternationalItem,
  UpdateInternationalItemInput,
} from '@cloudstd/shared/schemas/international-item';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dashboardKey } from '../../../api/get-dashboard-summary.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { internationalKey } from './get-international-items.ts';

export type SaveInternationalItemVariables =
  | { id: null; input: CreateInternationalItemInput }
  | { id: InternationalItem['id']; input: UpdateInternationalItemInput };

/** Creates an item (POST) or applies changes made against a version (PATCH). */
export function saveInternationalItem(variables: SaveInternationalItemVariables): Promise<InternationalItem> {
  return variables.id === null
    ? apiRequest<InternationalItem>('/international-items', { method: 'POST', body: variables.input })
    : apiRequest<InternationalItem>(`/international-items/${encodeURIComponent(String(variables.id))}`, {
        method: 'PATCH',
        body: variables.input,
      });
}

/** A saved item changes the lists and the dashboard's international figures. */
export function useSaveInternationalItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveInternationalItem,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: internationalKey }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]),
  });
}

import type { Placement, PlacementInput } from '@cloudstd/shared/schemas/framework';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../lib/api-client.ts';
import { dashboardKey } from './get-dashboard-summary.ts';
import { getPlacementQueryOptions } from './get-placement.ts';
import { standardsKey } from './standards-keys.ts';

export interface UpdatePlacementVariables extends PlacementInput {
  framework: string;
  standardId: number;
}

/** Places a standard explicitly in an edition it is not filed in; an empty list returns it to the crosswalk. */
export function updatePlacement({ framework, standardId, directions }: UpdatePlacementVariables): Promise<Placement> {
  return apiRequest<Placement>(
    `/frameworks/${encodeURIComponent(framework)}/placements/${encodeURIComponent(String(standardId))}`,
    { method: 'PATCH', body: { directions } },
  );
}

export function useUpdatePlacement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePlacement,
    onSuccess: async (placement) => {
      queryClient.setQueryData(getPlacementQueryOptions(placement.framework, placement.standardId).queryKey, placement);
      // Lists, the not-placed list and every view counting it follow the new placement.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: standardsKey }),
        queryClient.invalidateQueries({ queryKey: ['framework', 'unplaced'] }),
        queryClient.invalidateQueries({ queryKey: dashboardKey }),
      ]);
    },
  });
}

import type { AnnouncementImportInput, ImportReport } from '@cloudstd/shared/schemas/import';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export interface AnnouncementImportRequest {
  input: AnnouncementImportInput;
  dryRun: boolean;
  confirmSuggested?: boolean;
}

/** `POST /imports/announcement`: the chosen rows checked (dry run) or imported all at once. */
export function importAnnouncement({
  input,
  dryRun,
  confirmSuggested,
}: AnnouncementImportRequest): Promise<ImportReport> {
  const search = new URLSearchParams({ dryRun: String(dryRun) });
  if (confirmSuggested) search.set('confirmSuggested', 'true');
  return apiRequest<ImportReport>(`/imports/announcement?${search.toString()}`, { method: 'POST', body: input });
}

export function useCheckAnnouncement() {
  return useMutation({ mutationFn: (input: AnnouncementImportInput) => importAnnouncement({ input, dryRun: true }) });
}

export function useCommitAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AnnouncementImportInput) =>
      importAnnouncement({ input, dryRun: false, confirmSuggested: true }),
    // Standards and every dashboard figure may have changed.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

import type { AnnouncementReadInput, AnnouncementReading } from '@cloudstd/shared/schemas/import';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** `POST /imports/announcement/read`: the pasted rows, their relevance and suggested directions; writes nothing. */
export function readAnnouncement(input: AnnouncementReadInput): Promise<AnnouncementReading> {
  return apiRequest<AnnouncementReading>('/imports/announcement/read', { method: 'POST', body: input });
}

export function useReadAnnouncement() {
  return useMutation({ mutationFn: readAnnouncement });
}

import { useMutation } from '@tanstack/react-query';
import { apiRequestFile } from '../../../lib/api-client.ts';
import { downloadBlob } from '../../../lib/download.ts';

/** Fetches a backup of the whole database and hands it to the browser as a file; answers its name. */
export async function downloadBackup(): Promise<string> {
  const { blob, fileName } = await apiRequestFile('/admin/backup');
  const name = fileName ?? 'cloudstd-backup';
  downloadBlob(blob, name);
  return name;
}

export function useDownloadBackup() {
  return useMutation({ mutationFn: downloadBackup });
}

import { pipeline } from 'node:stream/promises';
import { BackupError, openLiveBackup, type LiveBackupSource } from '@cloudstd/db/backup';
import type { Database } from '@cloudstd/db/tables';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import { Download } from '../../http/download.ts';
import { AppError } from '../../http/errors.ts';

/** `cloudstd-backup-20261203T195300Z`: sortable, and the same name in every browser. */
function backupFileName(at: Date, extension: string): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `cloudstd-backup-${stamp}.${extension}`;
}

/**
 * A backup of the running database for an admin to download, in the format `npm run db:restore` reads
 * (PGlite: a consistent data-directory snapshot; PostgreSQL: pg_dump's custom format). The download is
 * audited. Without a source (an app not given one) or when pg_dump cannot run, 503 saying why.
 */
export async function downloadBackup(
  db: Kysely<Database>,
  source: LiveBackupSource | null,
  actor: Actor,
): Promise<Download> {
  if (source === null) {
    throw new AppError('BACKUP_UNAVAILABLE', {
      detail: {
        zh: '此服务器未配置在线备份；请在服务器上运行 npm run db:backup',
        en: 'This server has no online backup; run npm run db:backup on the server',
      },
    });
  }
  const backup = await openLiveBackup(source).catch((error: unknown) => {
    if (!(error instanceof BackupError)) throw error;
    throw new AppError('BACKUP_UNAVAILABLE', {
      detail: {
        zh: `备份未能开始（${error.message}）；可在服务器上用 pg_dump 或 npm run db:backup 备份`,
        en: `The backup could not start (${error.message}); back up on the server with pg_dump or npm run db:backup`,
      },
      cause: error,
    });
  });
  await recordAudit(db, {
    actorId: actor.id,
    action: 'backup',
    entity: 'database',
    entityId: source.driver,
    requestId: actor.requestId,
  });
  const name = backupFileName(new Date(), backup.extension);
  return new Download({
    format: backup.extension,
    fileName: { utf8: name, ascii: name },
    write: (out) => pipeline(backup.stream, out),
  });
}

import type { LiveBackupSource } from '@cloudstd/db/backup';
import type { Database } from '@cloudstd/db/tables';
import type { Kysely } from 'kysely';
import { actorOf } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import { downloadBackup } from './backup.service.ts';

/** Admins download a backup of the running database (restored with `npm run db:restore`). */
export function createBackupRouter(db: Kysely<Database>, source: LiveBackupSource | null): ApiRouter {
  const routes = new ApiRouter('/admin');
  routes.get(
    '/backup',
    {
      summary:
        'A backup of the whole database, streamed: PGlite a data-directory snapshot (.tar), PostgreSQL pg_dump’s custom format (.dump); restore with npm run db:restore',
      access: 'admin',
      download: ['tar', 'dump'],
    },
    ({ req, res }) => downloadBackup(db, source, actorOf({ req, res })),
  );
  return routes;
}

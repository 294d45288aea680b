import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseConfigFromEnv, parseEnvOrExit } from '@cloudstd/db/config';
import { liveBackupSourceOf } from '@cloudstd/db/backup';
import { DataDirLockedError, openDatabase, type DatabaseHandle } from '@cloudstd/db/connect';
import { migrateToLatest } from '@cloudstd/db/migrate';
import { loadShippedFrameworks } from '@cloudstd/db/seeds/load-framework';
import { seedDemoData } from '@cloudstd/db/seeds/demo-data';
import { seedDefaultTargetSets } from '@cloudstd/db/seeds/target-sets';
import { pino } from 'pino';
import { createApp } from './app.ts';
import { serverEnvSchema } from './config.ts';
import { deleteExpiredSessions, deleteOldLoginAttempts } from './features/accounts/sessions.repository.ts';
import { ensureInitialAdmin } from './features/accounts/users.service.ts';

const env = parseEnvOrExit(serverEnvSchema);
const logger = pino({ level: env.LOG_LEVEL });

let handle: DatabaseHandle;
try {
  const config = databaseConfigFromEnv(env);
  handle = await openDatabase(
    config.driver === 'postgres'
      ? { ...config, onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost') }
      : config,
  );
} catch (error) {
  if (error instanceof DataDirLockedError) {
    logger.fatal(error.message);
    process.exit(1);
  }
  throw error;
}
const { db } = handle;
logger.info({ driver: handle.driver }, 'database opened');
await migrateToLatest(db);
const framework = await loadShippedFrameworks(db);
logger.info({ frameworks: framework }, 'frameworks ready');
const addedTargetSets = await seedDefaultTargetSets(db);
if (addedTargetSets > 0) logger.info({ added: addedTargetSets }, 'target sets seeded');
if (env.DEMO_DATA) logger.info({ added: await seedDemoData(db) }, 'demo data loaded');
await ensureInitialAdmin(db, { username: env.ADMIN_USERNAME, password: env.ADMIN_PASSWORD, logger });

const app = createApp({
  db,
  logger,
  session: { ttlMs: env.SESSION_TTL_HOURS * 3600_000, secureCookie: env.COOKIE_SECURE },
  trustProxy: env.TRUST_PROXY,
  allowedOrigins: env.ALLOWED_ORIGINS,
  metricsToken: env.METRICS_TOKEN,
  production: env.NODE_ENV === 'production',
  // Resolved once: res.sendFile needs an absolute path, and a relative CLIENT_DIR is meant from where the app starts.
  clientDir: env.CLIENT_DIR
    ? path.resolve(env.CLIENT_DIR)
    : fileURLToPath(new URL('../../client/dist', import.meta.url)),
  backup: liveBackupSourceOf(handle),
});

const housekeeping = setInterval(() => {
  Promise.all([deleteExpiredSessions(db), deleteOldLoginAttempts(db, 30)]).catch((error: unknown) => {
    logger.warn({ err: error }, 'housekeeping failed');
  });
}, 3600_000);
housekeeping.unref();

const server = app.listen(env.PORT, env.HOST, () => {
  logger.info(`listening on http://localhost:${env.PORT}`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'draining connections');
  clearInterval(housekeeping);
  const forceExit = setTimeout(() => {
    logger.error('connections did not drain in 10 s; exiting');
    process.exit(1);
  }, 10_000);
  forceExit.unref();
  server.close();
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.once('close', () => resolve()));
  await handle.close();
  logger.info('stopped');
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));

import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { LiveBackupSource } from '@cloudstd/db/backup';
import type { Database } from '@cloudstd/db/tables';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import expressStaticGzip from 'express-static-gzip';
import { sql, type Kysely } from 'kysely';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { createAuthRouter } from './features/accounts/auth.router.ts';
import type { PasswordCost } from './features/accounts/password.ts';
import { sessionMiddleware, type SessionOptions } from './features/accounts/session.ts';
import { createAuditRouter } from './features/audit/audit.router.ts';
import { createBackupRouter } from './features/backup/backup.router.ts';
import { createUsersRouter } from './features/accounts/users.router.ts';
import { createFrameworkRouter } from './features/framework/framework.router.ts';
import { createDashboardRouter } from './features/progress/dashboard.router.ts';
import { createTargetsRouter } from './features/progress/targets.router.ts';
import { createAdoptionsRouter } from './features/enterprises/adoptions.router.ts';
import { createEnterprisesRouter } from './features/enterprises/enterprises.router.ts';
import { createEventsRouter } from './features/events/events.router.ts';
import { createStandardsRouter } from './features/standards/standards.router.ts';
import { createImportsRouter } from './features/imports/imports.router.ts';
import { createInternationalRouter } from './features/international/international.router.ts';
import { createReportsRouter } from './features/reports/reports.router.ts';
import { createSnapshotsRouter } from './features/reports/snapshots.router.ts';
import { AppError, errorMiddleware, notFoundMiddleware, requestTimeLimit } from './http/errors.ts';
import { createMetrics } from './http/metrics.ts';
import { buildOpenApiDocument } from './http/openapi.ts';
import type { HeavyWorkSlots } from './http/route.ts';
import { requireJsonBody, sameOriginMiddleware } from './http/same-origin.ts';

export interface AppOptions {
  db: Kysely<Database>;
  logger?: Logger;
  session?: Partial<SessionOptions>;
  /** Express's `trust proxy`: set when behind a reverse proxy so req.ip is the client's address. */
  trustProxy?: boolean | number | string;
  /** Extra origins allowed to send writes (the app's own host always is). */
  allowedOrigins?: readonly string[];
  /** The built client (client/dist); served with an SPA fallback when present. */
  clientDir?: string | null;
  /** When set, /metrics requires `Authorization: Bearer <token>`. */
  metricsToken?: string | undefined;
  /** NODE_ENV=production: /metrics is served only with a token (404 without METRICS_TOKEN). */
  production?: boolean;
  /**
   * scrypt's cost for new password hashes; production's (N = 2^17) unless set. Only the tests lower it,
   * in code: no environment variable reaches it, so a deployment cannot weaken it by accident.
   */
  passwordCost?: PasswordCost;
  /** Every request answers within this time (a 503 problem when its handler is still busy); default 60 s. */
  requestTimeoutMs?: number;
  /** Exports, imports and templates built at once; more answer 503 with Retry-After. Default 2. */
  heavyWorkLimit?: number;
  /** What `GET /admin/backup` backs up (db/src/backup.ts `liveBackupSourceOf`); without it that answers 503. */
  backup?: LiveBackupSource | null;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Builds the Express app; no listening and no globals, so tests can make as many as they like. */
export function createApp(options: AppOptions): Express {
  const { db } = options;
  const logger = options.logger ?? pino({ level: 'silent' });
  const session: SessionOptions = { ttlMs: 12 * 3600_000, secureCookie: false, ...options.session };
  const metrics = createMetrics();
  const app = express();
  app.disable('x-powered-by');
  app.locals.heavyWork = { limit: options.heavyWorkLimit ?? 2, active: 0 } satisfies HeavyWorkSlots;
  app.set('trust proxy', options.trustProxy ?? false);

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(metrics.middleware);
  app.use(requestTimeLimit(options.requestTimeoutMs ?? 60_000));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Ant Design injects its CSS-in-JS as <style> elements.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'frame-ancestors': ["'none'"],
          // Over plain HTTP (local use) upgrading would break every asset request.
          'upgrade-insecure-requests': session.secureCookie ? [] : null,
        },
      },
      strictTransportSecurity: session.secureCookie,
      referrerPolicy: { policy: 'same-origin' },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      throw new AppError('DATABASE_UNAVAILABLE', { cause: error, headers: { 'Retry-After': '5' } });
    }
    res.json({ status: 'ready' });
  });
  app.get('/metrics', async (req, res) => {
    // In production the metrics need the token: without one configured they are not served at all.
    if (options.metricsToken === undefined && options.production) throw new AppError('NOT_FOUND');
    if (options.metricsToken && req.get('authorization') !== `Bearer ${options.metricsToken}`) {
      throw new AppError('UNAUTHENTICATED');
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const routers = [
    createAuthRouter(db, session, options.passwordCost),
    createUsersRouter(db, options.passwordCost),
    createFrameworkRouter(db),
    createStandardsRouter(db),
    createImportsRouter(db),
    createAuditRouter(db),
    createBackupRouter(db, options.backup ?? null),
    createTargetsRouter(db),
    createDashboardRouter(db),
    createReportsRouter(db),
    createSnapshotsRouter(db),
    createEnterprisesRouter(db),
    createAdoptionsRouter(db),
    createEventsRouter(db),
    createInternationalRouter(db),
  ];
  const openApiDocument = buildOpenApiDocument(routers.flatMap((router) => router.operations));

  const api = express.Router();
  // API answers are per user and change with every write: no browser or proxy may keep them (ASVS 14.3).
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(sameOriginMiddleware(options.allowedOrigins ?? []));
  // Uploads (multipart) reach the import routes only; every other write must be JSON.
  api.use((req, res, next) => {
    if (req.path.startsWith('/imports/') && req.is('multipart/form-data')) return next();
    requireJsonBody(req, res, next);
  });
  // A pasted announcement may be up to 5 MB of text (its service says so clearly); every other body is small.
  api.use('/imports/announcement', express.json({ limit: '6mb', strict: true }));
  api.use(express.json({ limit: '100kb', strict: true }));
  api.use(cookieParser());
  api.use(sessionMiddleware(db, session));
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  for (const router of routers) api.use(router.prefix || '/', router.router);
  api.use(notFoundMiddleware);
  app.use('/api/v1', api);
  app.use('/api', notFoundMiddleware);

  const clientDir = options.clientDir;
  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    // The build writes .br and .gz copies beside each asset (client/vite-precompress.ts): sent as they are,
    // with Vary: Accept-Encoding, so no response is compressed per request.
    app.use(
      '/assets',
      expressStaticGzip(path.join(clientDir, 'assets'), {
        enableBrotli: true,
        orderPreference: ['br', 'gz'],
        index: false,
        serveStatic: { immutable: true, maxAge: '1y', fallthrough: false },
      }),
    );
    app.use(express.static(clientDir, { index: false, maxAge: 0 }));
    app.use((req, res, next) => {
      if (req.method !== 'GET' || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  }

  app.use(notFoundMiddleware);
  app.use(errorMiddleware);
  return app;
}

import { roleAllows, type Role } from '@cloudstd/shared/schemas/user';
import { fieldErrorsFromIssues, type FieldError } from '@cloudstd/shared/schemas/messages';
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { Download, sendDownload, type DownloadFormat } from './download.ts';
import { nonDecimalNumbers, unsafeValues } from './edge-guard.ts';
import { AppError } from './errors.ts';
import type { SessionUser } from '../features/accounts/session.ts';

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

/** Who may call an operation: anyone (login, health), any signed-in user, or a minimum role. */
export type Access = 'public' | Role;

export interface OperationSpec<
  B extends Schema | undefined,
  Q extends Schema | undefined,
  P extends Schema | undefined,
> {
  summary: string;
  access: Access;
  body?: B;
  query?: Q;
  params?: P;
  /** The success response's schema, for the OpenAPI document and response checks in tests. */
  response?: Schema;
  /** The files the handler may answer with (it returns a Download), for the OpenAPI document. */
  download?: readonly DownloadFormat[];
  /** The multipart field of an uploaded file (the body is then the upload, not JSON). */
  upload?: string;
  status?: number;
}

export interface Operation {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  spec: OperationSpec<Schema | undefined, Schema | undefined, Schema | undefined>;
}

export interface HandlerContext<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  req: Request;
  res: Response;
}

/** The user of the request; only for operations whose access is a role (the router checked it). */
export function currentUser(res: Response): SessionUser {
  const user = res.locals.user as SessionUser | undefined;
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

/** Checks the session and role an operation needs: 401 without a session, 403 below the role. */
export function requireAccess(access: Access): RequestHandler {
  return (req, res, next) => {
    // Remembered here, while the router's baseUrl is still set, for the metrics' route label.
    res.locals.routePattern = `${req.baseUrl}${String((req.route as { path: string }).path)}`;
    if (access === 'public') return next();
    const user = res.locals.user as SessionUser | undefined;
    if (!user) return next(new AppError('UNAUTHENTICATED'));
    if (!roleAllows(user.role, access)) return next(new AppError('FORBIDDEN'));
    next();
  };
}

/** The one validation middleware: parses body, query and params with shared zod schemas into res.locals. */
export function validate(schemas: { body?: Schema; query?: Schema; params?: Schema }): RequestHandler {
  return (req, res, next) => {
    const input: Record<string, unknown> = {};
    const issues: z.core.$ZodIssue[] = [];
    const unsafe: FieldError[] = [];
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const value: unknown = part === 'body' ? (req.body ?? {}) : { ...(req[part] as object) };
      // The edge's own checks first (edge-guard.ts): what no schema should have to repeat.
      const refused = [
        ...unsafeValues(value),
        ...(part === 'body' ? [] : nonDecimalNumbers(schema, value as Record<string, unknown>)),
      ];
      if (refused.length > 0) {
        unsafe.push(...refused);
        continue;
      }
      const parsed = schema.safeParse(value, { reportInput: true });
      if (parsed.success) input[part] = parsed.data;
      else issues.push(...parsed.error.issues);
    }
    if (issues.length > 0 || unsafe.length > 0) {
      return next(new AppError('VALIDATION_FAILED', { errors: [...unsafe, ...fieldErrorsFromIssues(issues)] }));
    }
    res.locals.input = input;
    next();
  };
}

/** How many files (exports, imports, templates) one app builds at once; `createApp` sets it. */
export interface HeavyWorkSlots {
  limit: number;
  active: number;
}

/**
 * Files are built within a few slots: when all are taken the request answers 503 with Retry-After at
 * once, so exports and imports never take every pooled connection and leave small requests waiting.
 */
const limitHeavyWork: RequestHandler = (req, res, next) => {
  const slots = (req.app.locals as { heavyWork?: HeavyWorkSlots }).heavyWork;
  if (!slots) return next();
  if (slots.active >= slots.limit) {
    return next(new AppError('SERVER_BUSY', { headers: { 'Retry-After': '10' } }));
  }
  slots.active += 1;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    slots.active -= 1;
  };
  res.once('finish', release);
  res.once('close', release);
  next();
};

/**
 * A feature's routes: each operation states its access, its shared schemas and one handler.
 * Access and validation are applied here, so no route can forget them, and the OpenAPI
 * document is generated from the same definitions.
 */
export class ApiRouter {
  readonly router = express.Router();
  readonly operations: Operation[] = [];

  constructor(readonly prefix: string) {}

  private add<B extends Schema | undefined, Q extends Schema | undefined, P extends Schema | undefined>(
    method: Operation['method'],
    path: string,
    spec: OperationSpec<B, Q, P>,
    handler: (ctx: HandlerContext<Infer<B>, Infer<Q>, Infer<P>>) => Promise<unknown>,
  ): void {
    this.operations.push({ method, path: this.prefix + path, spec });
    const heavy = spec.download !== undefined || spec.upload !== undefined;
    const limit: RequestHandler = heavy ? limitHeavyWork : (_req, _res, next) => next();
    this.router[method](path, requireAccess(spec.access), validate(spec), limit, async (req, res) => {
      const input = res.locals.input as { body: Infer<B>; query: Infer<Q>; params: Infer<P> };
      const result = await handler({ ...input, req, res });
      if (result instanceof Download) return sendDownload(res, result);
      if (res.headersSent) return;
      if (result === undefined) res.status(spec.status ?? 204).end();
      else res.status(spec.status ?? 200).json(result);
    });
  }

  get<Q extends Schema | undefined = undefined, P extends Schema | undefined = undefined>(
    path: string,
    spec: OperationSpec<undefined, Q, P>,
    handler: (ctx: HandlerContext<undefined, Infer<Q>, Infer<P>>) => Promise<unknown>,
  ): void {
    this.add('get', path, spec, handler);
  }

  post<
    B extends Schema | undefined = undefined,
    Q extends Schema | undefined = undefined,
    P extends Schema | undefined = undefined,
  >(
    path: string,
    spec: OperationSpec<B, Q, P>,
    handler: (ctx: HandlerContext<Infer<B>, Infer<Q>, Infer<P>>) => Promise<unknown>,
  ): void {
    this.add('post', path, spec, handler);
  }

  patch<
    B extends Schema | undefined = undefined,
    Q extends Schema | undefined = undefined,
    P extends Schema | undefined = undefined,
  >(
    path: string,
    spec: OperationSpec<B, Q, P>,
    handler: (ctx: HandlerContext<Infer<B>, Infer<Q>, Infer<P>>) => Promise<unknown>,
  ): void {
    this.add('patch', path, spec, handler);
  }

  delete<Q extends Schema | undefined = undefined, P extends Schema | undefined = undefined>(
    path: string,
    spec: OperationSpec<undefined, Q, P>,
    handler: (ctx: HandlerContext<undefined, Infer<Q>, Infer<P>>) => Promise<unknown>,
  ): void {
    this.add('delete', path, spec, handler);
  }
}

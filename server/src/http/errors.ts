import { errorCatalog, type ErrorCode, type Problem } from '@cloudstd/shared/errors';
import type { FieldError } from '@cloudstd/shared/schemas/messages';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { isDatabaseUnavailable } from '../sql/errors.ts';
import { requestId } from './request-id.ts';

/** The one error type code throws; the error middleware turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly options: {
      detail?: { zh: string; en: string };
      errors?: FieldError[];
      extensions?: Record<string, unknown>;
      headers?: Record<string, string>;
      cause?: unknown;
    } = {},
  ) {
    super(options.detail?.en ?? errorCatalog[code].titleEn, { cause: options.cause });
    this.status = errorCatalog[code].status;
  }
}

/**
 * Optimistic concurrency: a write names the version it was made from; if the record has moved on since,
 * the answer is 409 with the record as it now stands, for the client to show and merge.
 */
export function assertVersion(sentVersion: number, current: { version: number }): void {
  if (sentVersion === current.version) return;
  throw new AppError('VERSION_CONFLICT', {
    detail: {
      zh: `您编辑的是第 ${sentVersion} 版，当前已是第 ${current.version} 版`,
      en: `You edited version ${sentVersion}; the record is now at version ${current.version}`,
    },
    extensions: { current },
  });
}

function problemFor(error: AppError, requestId: string | undefined): Problem {
  const entry = errorCatalog[error.code];
  return {
    type: `urn:cloudstd:problem:${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: entry.titleEn,
    titleZh: entry.titleZh,
    status: entry.status,
    code: error.code,
    ...(error.options.detail ? { detail: error.options.detail.en, detailZh: error.options.detail.zh } : {}),
    ...(error.options.errors ? { errors: error.options.errors } : {}),
    ...(requestId ? { requestId } : {}),
    ...error.options.extensions,
  };
}

/** Errors raised below us (body parser, database driver) translated into our codes. */
function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const err = error as { type?: string; status?: number; code?: string; message?: string };
  if (err.type === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE', { cause: error });
  if (err.type === 'entity.parse.failed') return new AppError('MALFORMED_JSON', { cause: error });
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', { cause: error });
  }
  // Anything else the body parser, the router (an undecodable %ff in a path) or static files refused
  // as the client's fault: zlib errors of a corrupt gzip body, aborted bodies, bad lengths.
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    if (err.status === 404) return new AppError('NOT_FOUND', { cause: error });
    if (err.status === 413) return new AppError('PAYLOAD_TOO_LARGE', { cause: error });
    if (err.status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', { cause: error });
    return new AppError('BAD_REQUEST', { cause: error });
  }
  if (error instanceof URIError) return new AppError('BAD_REQUEST', { cause: error });
  if (isDatabaseUnavailable(error)) {
    return new AppError('DATABASE_UNAVAILABLE', { cause: error, headers: { 'Retry-After': '5' } });
  }
  return new AppError('INTERNAL', { cause: error });
}

/** Answers an error as problem+json (the error middleware's answer; also the request time limit's). */
export function sendProblem(req: Request, res: Response, appError: AppError): void {
  res.status(appError.status);
  for (const [name, value] of Object.entries(appError.options.headers ?? {})) res.setHeader(name, value);
  res.type('application/problem+json').send(JSON.stringify(problemFor(appError, requestId(req))));
}

export const errorMiddleware: ErrorRequestHandler = (error, req, res, _next) => {
  const appError = toAppError(error);
  if (appError.status >= 500) req.log.error({ err: error }, 'request failed');
  else req.log.info({ code: appError.code }, 'request refused');
  if (res.headersSent) {
    res.end();
    return;
  }
  sendProblem(req, res, appError);
};

/**
 * Every request answers within `ms`: a handler (or a body that never finishes arriving) still busy then
 * gets a 503 problem; a download already streaming is left to finish.
 */
export function requestTimeLimit(ms: number): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      req.log.warn({ ms }, 'request time limit reached');
      sendProblem(req, res, new AppError('REQUEST_TIMEOUT', { headers: { 'Retry-After': '5', Connection: 'close' } }));
    }, ms);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    res.once('finish', () => clearTimeout(timer));
    next();
  };
}

export const notFoundMiddleware: RequestHandler = (_req, _res, next) => {
  next(new AppError('NOT_FOUND'));
};

import type { RequestHandler } from 'express';
import { AppError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * Refuses state-changing requests a browser sends from another site (CSRF), on top of SameSite=Lax:
 * Origin, else Referer, must name this host or one of `allowedOrigins`. Clients that send neither
 * (curl, scripts) are not browsers carrying someone else's cookie, so they pass.
 */
export function sameOriginMiddleware(allowedOrigins: readonly string[]): RequestHandler {
  const allowedHosts = new Set(allowedOrigins.map(hostOf).filter((host): host is string => host !== null));
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const source = req.get('origin') ?? req.get('referer');
    if (source === undefined) return next();
    const host = source === 'null' ? null : hostOf(source);
    if (host !== null && (host === req.get('host') || allowedHosts.has(host))) return next();
    next(new AppError('CROSS_ORIGIN_REQUEST'));
  };
}

/** Bodies of write requests must be JSON (415 otherwise), so a form post can never reach a handler. */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method) || !req.headers['content-length'] || req.headers['content-length'] === '0')
    return next();
  if (req.is('application/json')) return next();
  next(new AppError('UNSUPPORTED_MEDIA_TYPE'));
};

import type { Database } from '@cloudstd/db/tables';
import type { User } from '@cloudstd/shared/schemas/user';
import type { CookieOptions, RequestHandler, Response } from 'express';
import type { Kysely } from 'kysely';
import { createHash, randomBytes } from 'node:crypto';
import { findActiveSession, touchSession } from './sessions.repository.ts';
import { userRowToUser } from './users.service.ts';

export type SessionUser = User;

export const SESSION_COOKIE = 'cloudstd_session';

export interface SessionOptions {
  ttlMs: number;
  secureCookie: boolean;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

function cookieOptions(options: SessionOptions): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: options.secureCookie, path: '/', maxAge: options.ttlMs };
}

export function setSessionCookie(res: Response, token: string, options: SessionOptions): void {
  res.cookie(SESSION_COOKIE, token, cookieOptions(options));
}

export function clearSessionCookie(res: Response, options: SessionOptions): void {
  const { maxAge: _maxAge, ...rest } = cookieOptions(options);
  res.clearCookie(SESSION_COOKIE, rest);
}

// Sliding expiry, but written at most once a minute per session rather than on every request.
const TOUCH_INTERVAL_MS = 60_000;

/** Reads the session cookie into res.locals.user (and the token's hash into res.locals.sessionHash). */
export function sessionMiddleware(db: Kysely<Database>, options: SessionOptions): RequestHandler {
  return async (req, res, next) => {
    const token = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return next();
    const tokenHash = hashToken(token);
    const row = await findActiveSession(db, tokenHash);
    if (!row) return next();
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await touchSession(db, tokenHash, new Date(Date.now() + options.ttlMs));
      setSessionCookie(res, token, options);
    }
    res.locals.user = userRowToUser(row);
    res.locals.sessionHash = tokenHash;
    next();
  };
}

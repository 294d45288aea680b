import type { Database } from '@cloudstd/db/tables';
import { changePasswordInputSchema, loginInputSchema, meResponseSchema } from '@cloudstd/shared/schemas/auth';
import type { Kysely } from 'kysely';
import { requestId } from '../../http/request-id.ts';
import { ApiRouter, currentUser } from '../../http/route.ts';
import { changeOwnPassword, login, logout } from './auth.service.ts';
import type { PasswordCost } from './password.ts';
import { clearSessionCookie, setSessionCookie, type SessionOptions } from './session.ts';

export function createAuthRouter(
  db: Kysely<Database>,
  sessionOptions: SessionOptions,
  passwordCost?: PasswordCost,
): ApiRouter {
  const routes = new ApiRouter('/auth');

  routes.post(
    '/login',
    {
      summary: 'Sign in; sets the session cookie',
      access: 'public',
      body: loginInputSchema,
      response: meResponseSchema,
    },
    async ({ body, req, res }) => {
      const { user, token } = await login(
        db,
        body,
        { ip: req.ip ?? 'unknown', ttlMs: sessionOptions.ttlMs, requestId: requestId(req) },
        passwordCost,
      );
      setSessionCookie(res, token, sessionOptions);
      return { user };
    },
  );

  routes.post('/logout', { summary: 'Sign out', access: 'viewer' }, async ({ res }) => {
    await logout(db, res.locals.sessionHash as string | undefined);
    clearSessionCookie(res, sessionOptions);
  });

  routes.get('/me', { summary: 'The signed-in user', access: 'viewer', response: meResponseSchema }, ({ res }) =>
    Promise.resolve({ user: currentUser(res) }),
  );

  routes.post(
    '/password',
    { summary: 'Change your own password', access: 'viewer', body: changePasswordInputSchema },
    async ({ body, req, res }) => {
      await changeOwnPassword(
        db,
        currentUser(res),
        body,
        {
          sessionHash: res.locals.sessionHash as string | undefined,
          ip: req.ip ?? 'unknown',
          requestId: requestId(req),
        },
        passwordCost,
      );
    },
  );

  return routes;
}

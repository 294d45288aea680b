import type { Database } from '@cloudstd/db/tables';
import {
  createUserInputSchema,
  updateUserInputSchema,
  userIdParamsSchema,
  userListSchema,
  userSchema,
} from '@cloudstd/shared/schemas/user';
import type { Kysely } from 'kysely';
import { actorOf } from '../../http/actor.ts';
import { ApiRouter } from '../../http/route.ts';
import type { PasswordCost } from './password.ts';
import { createUser, listAllUsers, unlockUserAccount, updateUserAccount } from './users.service.ts';

export function createUsersRouter(db: Kysely<Database>, passwordCost?: PasswordCost): ApiRouter {
  const routes = new ApiRouter('/users');

  routes.get('/', { summary: 'List accounts', access: 'admin', response: userListSchema }, () => listAllUsers(db));

  routes.post(
    '/',
    { summary: 'Create an account', access: 'admin', body: createUserInputSchema, response: userSchema, status: 201 },
    ({ body, req, res }) => createUser(db, body, actorOf({ req, res }), passwordCost),
  );

  routes.patch(
    '/:id',
    {
      summary: 'Change role, disable, or reset the password',
      access: 'admin',
      params: userIdParamsSchema,
      body: updateUserInputSchema,
      response: userSchema,
    },
    ({ params, body, req, res }) => updateUserAccount(db, params.id, body, actorOf({ req, res }), passwordCost),
  );

  routes.post(
    '/:id/unlock',
    {
      summary: 'Lift a sign-in lockout: forget the account’s recent failed sign-ins from every address',
      access: 'admin',
      params: userIdParamsSchema,
    },
    ({ params, req, res }) => unlockUserAccount(db, params.id, actorOf({ req, res })),
  );

  return routes;
}

import type { Role } from '@cloudstd/shared/schemas/user';
import type { Request, Response } from 'express';
import { requestId } from './request-id.ts';
import { currentUser } from './route.ts';

/**
 * Who acts, as services need it: the id their writes and audit entries carry, the role some rules
 * depend on (an admin's credit-code override), the name a report is signed with, and the request the
 * audit log ties the change to. Made once per request by the route layer (`actorOf`).
 */
export interface Actor {
  id: number;
  username: string;
  role: Role;
  requestId: string;
}

/** Start-up and seeding act as no user: their audit entries have no actor. */
export interface SystemActor {
  id: null;
}

/** The signed-in user of an operation whose access is a role (the router checked the session). */
export function actorOf({ req, res }: { req: Request; res: Response }): Actor {
  const user = currentUser(res);
  return { id: user.id, username: user.username, role: user.role, requestId: requestId(req) };
}

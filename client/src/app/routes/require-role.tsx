import { roleAllows, type Role } from '@cloudstd/shared/schemas/user';
import type { ReactNode } from 'react';
import { ForbiddenResult } from '../../components/forbidden-result.tsx';
import { useCurrentUser } from '../../lib/current-user.tsx';

/** The page for users whose role allows it; the server refuses the data to the others anyway. */
export function RequireRole({
  role,
  forbiddenDetail,
  children,
}: {
  role: Role;
  /** Who may open the page, for the others; the default names administrators. */
  forbiddenDetail?: string;
  children: ReactNode;
}) {
  const user = useCurrentUser();
  return roleAllows(user.role, role) ? children : <ForbiddenResult detail={forbiddenDetail} />;
}

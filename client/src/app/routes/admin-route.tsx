import { UsersPage } from '../../features/admin/pages/users-page.tsx';
import { RequireRole } from './require-role.tsx';

export function AdminRoute() {
  return (
    <RequireRole role="admin">
      <UsersPage />
    </RequireRole>
  );
}

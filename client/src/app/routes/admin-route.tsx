import { AdminPage } from '../../features/admin/pages/admin-page.tsx';
import { RequireRole } from './require-role.tsx';

export function AdminRoute() {
  return (
    <RequireRole role="admin">
      <AdminPage />
    </RequireRole>
  );
}

import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { CurrentUserContext } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { loginUrl } from '../../../lib/login-redirect.ts';
import { useMe } from '../api/get-me.ts';

/** Renders its children for a signed-in user only; anyone else goes to sign-in and comes back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const { t } = useI18n();

  if (isApiError(me.error) && me.error.status === 401) {
    return <Navigate to={loginUrl(`${location.pathname}${location.search}${location.hash}`)} replace />;
  }
  // A failed background refresh keeps the user we already know.
  if (me.data) return <CurrentUserContext value={me.data.user}>{children}</CurrentUserContext>;
  if (me.isError) {
    return (
      <main className="page-loading-full" id="main">
        <Result status="warning" title={t('state.loadFailed')}>
          <ApiErrorAlert error={me.error} onRetry={() => void me.refetch()} />
        </Result>
      </main>
    );
  }
  return <PageLoading fullScreen />;
}

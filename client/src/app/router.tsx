import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoading } from '../components/page-loading.tsx';
import { setUnauthenticatedHandler } from '../lib/api-client.ts';
import { LOGIN_PATH, loginUrl } from '../lib/login-redirect.ts';
import { queryClient } from './query-client.ts';
import { RouteError } from './route-error.tsx';

// Every page is its own chunk: the sign-in page loads none of the signed-in pages' code.
const pages: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('../features/dashboard/pages/dashboard-page.tsx')).DashboardPage }),
  },
  {
    path: 'standards',
    lazy: async () => ({ Component: (await import('../features/standards/pages/standards-page.tsx')).StandardsPage }),
  },
  {
    path: 'standards/new',
    lazy: async () => ({ Component: (await import('./routes/standard-editor-routes.tsx')).NewStandardRoute }),
  },
  {
    path: 'standards/:id',
    // With the enterprises adopting the standard (composed in the route: features do not import each other).
    lazy: async () => ({ Component: (await import('./routes/standard-detail-route.tsx')).StandardDetailRoute }),
  },
  {
    path: 'standards/:id/edit',
    lazy: async () => ({ Component: (await import('./routes/standard-editor-routes.tsx')).EditStandardRoute }),
  },
  {
    path: 'directions',
    lazy: async () => ({ Component: (await import('../features/framework/pages/directions-page.tsx')).DirectionsPage }),
  },
  {
    path: 'enterprises',
    lazy: async () => ({
      Component: (await import('../features/enterprises/pages/enterprises-page.tsx')).EnterprisesPage,
    }),
  },
  {
    path: 'enterprises/new',
    lazy: async () => ({ Component: (await import('./routes/enterprise-editor-routes.tsx')).NewEnterpriseRoute }),
  },
  {
    path: 'enterprises/:id',
    lazy: async () => ({
      Component: (await import('../features/enterprises/pages/enterprise-detail-page.tsx')).EnterpriseDetailPage,
    }),
  },
  {
    path: 'enterprises/:id/edit',
    lazy: async () => ({ Component: (await import('./routes/enterprise-editor-routes.tsx')).EditEnterpriseRoute }),
  },
  {
    path: 'international',
    lazy: async () => ({
      Component: (await import('../features/international/pages/international-page.tsx')).InternationalPage,
    }),
  },
  {
    path: 'import',
    lazy: async () => ({ Component: (await import('../features/imports/pages/import-page.tsx')).ImportPage }),
  },
  {
    path: 'reports',
    lazy: async () => ({ Component: (await import('../features/reports/pages/reports-page.tsx')).ReportsPage }),
  },
  {
    path: 'admin',
    lazy: async () => ({ Component: (await import('./routes/admin-route.tsx')).AdminRoute }),
  },
  {
    path: '*',
    lazy: async () => ({ Component: (await import('./routes/not-found.tsx')).NotFoundPage }),
  },
];

export const router = createBrowserRouter([
  {
    HydrateFallback: () => <PageLoading fullScreen />,
    ErrorBoundary: RouteError,
    children: [
      {
        path: LOGIN_PATH,
        lazy: async () => ({ Component: (await import('../features/auth/pages/login-page.tsx')).LoginPage }),
      },
      {
        lazy: async () => ({ Component: (await import('./layout/app-shell.tsx')).AppShell }),
        // A failing page keeps the navigation around it.
        children: pages.map((page) => ({ ...page, ErrorBoundary: RouteError })),
      },
    ],
  },
]);

// An expired session sends the user to sign in and back; nothing cached under it survives.
setUnauthenticatedHandler(() => {
  const { pathname, search, hash } = router.state.location;
  if (pathname === LOGIN_PATH) return;
  queryClient.clear();
  void router.navigate(loginUrl(`${pathname}${search}${hash}`), { replace: true });
});

import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoading } from '../components/page-loading.tsx';
import { setUnauthenticatedHandler } from '../lib/api-client.ts';
import { LOGIN_PATH, loginUrl } from '../lib/login-redirect.ts';
import { queryClient } from './query-client.ts';
import { ErrorPage, RouteError } from './route-error.tsx';

/**
 * A page's code, loaded on its first visit. When it cannot load (the server is down, or a release replaced
 * the files) or fails as it loads, the page becomes the error page inside the shell — which, for code that
 * could not be fetched, reloads by itself once the server answers. A rejected lazy() left to the router
 * blanked the whole screen instead.
 */
function page(load: () => Promise<ComponentType>): NonNullable<RouteObject['lazy']> {
  return async () => {
    try {
      return { Component: await load() };
    } catch (error) {
      return { Component: () => <ErrorPage error={error} /> };
    }
  };
}

// Every page is its own chunk: the sign-in page loads none of the signed-in pages' code.
const pages: RouteObject[] = [
  {
    index: true,
    lazy: page(async () => (await import('../features/dashboard/pages/dashboard-page.tsx')).DashboardPage),
  },
  {
    path: 'standards',
    lazy: page(async () => (await import('../features/standards/pages/standards-page.tsx')).StandardsPage),
  },
  {
    path: 'standards/plans',
    lazy: page(async () => (await import('../features/standards/pages/plans-page.tsx')).PlansPage),
  },
  {
    path: 'standards/reviews',
    lazy: page(async () => (await import('../features/standards/pages/reviews-page.tsx')).ReviewsPage),
  },
  {
    path: 'standards/unknown-predecessors',
    lazy: page(
      async () => (await import('../features/standards/pages/unknown-predecessors-page.tsx')).UnknownPredecessorsPage,
    ),
  },
  {
    path: 'standards/new',
    lazy: page(async () => (await import('./routes/standard-editor-routes.tsx')).NewStandardRoute),
  },
  {
    path: 'standards/:id',
    // With the enterprises adopting the standard (composed in the route: features do not import each other).
    lazy: page(async () => (await import('./routes/standard-detail-route.tsx')).StandardDetailRoute),
  },
  {
    path: 'standards/:id/edit',
    lazy: page(async () => (await import('./routes/standard-editor-routes.tsx')).EditStandardRoute),
  },
  {
    path: 'directions',
    lazy: page(async () => (await import('../features/framework/pages/directions-page.tsx')).DirectionsPage),
  },
  {
    path: 'enterprises',
    lazy: page(async () => (await import('../features/enterprises/pages/enterprises-page.tsx')).EnterprisesPage),
  },
  {
    path: 'enterprises/events',
    lazy: page(async () => (await import('../features/enterprises/pages/events-page.tsx')).EventsPage),
  },
  {
    path: 'enterprises/events/new',
    lazy: page(async () => (await import('../features/enterprises/pages/new-event-page.tsx')).NewEventPage),
  },
  {
    path: 'enterprises/events/:id',
    lazy: page(async () => (await import('../features/enterprises/pages/event-detail-page.tsx')).EventDetailPage),
  },
  {
    path: 'enterprises/new',
    lazy: page(async () => (await import('./routes/enterprise-editor-routes.tsx')).NewEnterpriseRoute),
  },
  {
    path: 'enterprises/:id',
    lazy: page(
      async () => (await import('../features/enterprises/pages/enterprise-detail-page.tsx')).EnterpriseDetailPage,
    ),
  },
  {
    path: 'enterprises/:id/edit',
    lazy: page(async () => (await import('./routes/enterprise-editor-routes.tsx')).EditEnterpriseRoute),
  },
  {
    path: 'international',
    lazy: page(async () => (await import('../features/international/pages/international-page.tsx')).InternationalPage),
  },
  {
    path: 'import',
    lazy: page(async () => (await import('../features/imports/pages/import-page.tsx')).ImportPage),
  },
  {
    path: 'reports',
    lazy: page(async () => (await import('../features/reports/pages/reports-page.tsx')).ReportsPage),
  },
  {
    path: 'admin',
    lazy: page(async () => (await import('./routes/admin-route.tsx')).AdminRoute),
  },
  {
    path: '*',
    lazy: page(async () => (await import('./routes/not-found.tsx')).NotFoundPage),
  },
];

export const router = createBrowserRouter([
  {
    HydrateFallback: () => <PageLoading fullScreen />,
    ErrorBoundary: RouteError,
    children: [
      {
        path: LOGIN_PATH,
        lazy: page(async () => (await import('../features/auth/pages/login-page.tsx')).LoginPage),
      },
      {
        lazy: page(async () => (await import('./layout/app-shell.tsx')).AppShell),
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

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../lib/i18n.tsx';

/** A fresh client per test: no retries (a failure shows at once), nothing shared between tests. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/**
 * Renders `ui` inside what every page has (query client, language — Chinese, antd's App, a router), so a
 * component test sees what the user sees.
 */
export function renderInApp(ui: ReactElement, queryClient: QueryClient = testQueryClient()): RenderResult {
  return render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <App>
          <MemoryRouter>{ui}</MemoryRouter>
        </App>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

/** A JSON answer as the API gives it, for a stubbed `fetch`. */
export function jsonResponse(body: unknown, status = 200): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

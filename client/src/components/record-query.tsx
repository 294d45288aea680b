import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../lib/api-client.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { PageHeader } from './page-header.tsx';
import { PageLoading } from './page-loading.tsx';

interface RecordQueryProps<T> {
  query: UseQueryResult<T>;
  /** The page heading while the record loads or fails to. */
  title: string;
  /** What a 404 shows. */
  notFound: ReactNode;
  children: (record: T) => ReactNode;
}

/** A record page's states: loading, not found, failed (with retry), or the record. */
export function RecordQuery<T>({ query, title, notFound, children }: RecordQueryProps<T>) {
  if (query.isPending) {
    return (
      <>
        <PageHeader title={title} />
        <PageLoading />
      </>
    );
  }
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return notFound;
    return (
      <>
        <PageHeader title={title} />
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return children(query.data);
}

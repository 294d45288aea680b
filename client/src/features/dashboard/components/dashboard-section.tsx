import type { UseQueryResult } from '@tanstack/react-query';
import { Segmented, Skeleton } from 'antd';
import { Suspense, useRef, useState, type ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ChartDownloads } from '../../../lib/chart-export-buttons.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';
import { SectionErrorBoundary } from './section-error-boundary.tsx';

export type SectionView = 'chart' | 'table';

interface DashboardSectionProps<T> {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: string;
  query: UseQueryResult<T>;
  /** The height the content will take, so the skeleton holds its place while the data loads. */
  height: number;
  /** The section's content; with `table`, it is the chart and a 图表 / 表格 toggle switches between them. */
  children: (data: T) => ReactNode;
  table?: ((data: T) => ReactNode) | undefined;
  /** Shown beside the heading, e.g. a count. */
  aside?: ((data: T) => ReactNode) | undefined;
  /** Shown under the content in either view (the forecast rule, a legend). */
  footer?: ((data: T) => ReactNode) | undefined;
  className?: string | undefined;
  testId?: string | undefined;
}

/**
 * A dashboard card: its heading, its own loading skeleton, its own error (with a retry) and its own
 * error boundary, so a failing section never blanks the others.
 */
export function DashboardSection<T>({
  id,
  title,
  query,
  height,
  children,
  table,
  aside,
  footer,
  className,
  testId,
}: DashboardSectionProps<T>) {
  const { t } = useI18n();
  const [view, setView] = useState<SectionView>('chart');
  // The body's chart, for 下载 SVG / PNG (shown only while it holds one).
  const bodyRef = useRef<HTMLDivElement>(null);
  const retry = () => void query.refetch();
  const data = query.data;

  const skeleton = (
    <div className="dash-skeleton" style={{ height }} role="status" aria-live="polite">
      <Skeleton.Node active className="dash-skeleton-block" />
      <span className="visually-hidden">{t('state.loading')}</span>
    </div>
  );
  let content: ReactNode;
  if (query.isError && data === undefined) {
    content = <ApiErrorAlert error={query.error} onRetry={retry} />;
  } else if (data === undefined) {
    content = skeleton;
  } else {
    content = (
      <>
        {/* A chart's code may still be on its way. */}
        <Suspense fallback={skeleton}>
          <SectionBody render={view === 'table' && table ? table : children} data={data} />
        </Suspense>
        {footer && <SectionBody render={footer} data={data} />}
      </>
    );
  }

  return (
    <section
      className={className ? `dash-card ${className}` : 'dash-card'}
      aria-labelledby={id}
      aria-busy={query.isFetching}
      data-testid={testId}
    >
      <div className="dash-card-head">
        <h2 id={id} className="dash-card-title">
          {title}
        </h2>
        {data !== undefined && aside && (
          <SectionErrorBoundary quiet resetKey={query.dataUpdatedAt}>
            <SectionBody render={aside} data={data} />
          </SectionErrorBoundary>
        )}
        {table && (
          <Segmented<SectionView>
            size="small"
            className="dash-view-toggle"
            aria-label={t(m.viewAs, { title })}
            value={view}
            onChange={setView}
            options={[
              { value: 'chart', label: t(m.viewChart) },
              { value: 'table', label: t(m.viewTable) },
            ]}
          />
        )}
        {view === 'chart' && <ChartDownloads chartRef={bodyRef} title={title} />}
      </div>
      <div ref={bodyRef}>
        <SectionErrorBoundary onRetry={retry} resetKey={query.dataUpdatedAt}>
          {content}
        </SectionErrorBoundary>
      </div>
    </section>
  );
}

/** Calls a section's render function in its own render, so what it throws stays inside the section's boundary. */
function SectionBody<T>({ render, data }: { render: (data: T) => ReactNode; data: T }) {
  return render(data);
}

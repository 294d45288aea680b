import type { UseQueryResult } from '@tanstack/react-query';
import { Segmented, Skeleton } from 'antd';
import { Component, Suspense, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ChartDownloads } from '../../../lib/chart-export-buttons.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { enterprisesMessages as m } from '../messages.ts';

type View = 'chart' | 'table';

interface ChartCardProps<T> {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: string;
  query: UseQueryResult<T>;
  /** The chart's height, so the skeleton holds its place while data and chart code load. */
  height: number;
  chart: (data: T) => ReactNode;
  /** The same numbers as a table (图表 / 表格 toggle). */
  table: (data: T) => ReactNode;
  className?: string;
}

/** A chart with its own loading state, error (with retry), error boundary and a table view of its numbers. */
export function ChartCard<T>({ id, title, query, height, chart, table, className }: ChartCardProps<T>) {
  const { t } = useI18n();
  const [view, setView] = useState<View>('chart');
  const bodyRef = useRef<HTMLDivElement>(null);
  const skeleton = (
    <div className="adoption-chart-skeleton" style={{ height }} role="status">
      <Skeleton.Node active className="adoption-chart-skeleton-block" />
      <span className="visually-hidden">{t('state.loading')}</span>
    </div>
  );
  let content: ReactNode;
  if (query.isError && query.data === undefined) {
    content = <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data === undefined) {
    content = skeleton;
  } else {
    content = (
      <Suspense fallback={skeleton}>
        <Render render={view === 'chart' ? chart : table} data={query.data} />
      </Suspense>
    );
  }
  return (
    <section
      className={className ? `adoption-chart-card ${className}` : 'adoption-chart-card'}
      aria-labelledby={id}
      aria-busy={query.isFetching}
    >
      <div className="adoption-chart-head">
        <h3 id={id} className="adoption-chart-title">
          {title}
        </h3>
        <span className="adoption-chart-tools">
          {view === 'chart' && <ChartDownloads chartRef={bodyRef} title={title} barLegend={m.barLegend} />}
          <Segmented<View>
            size="small"
            aria-label={t(m.viewAs, { title })}
            value={view}
            onChange={setView}
            options={[
              { value: 'chart', label: t(m.viewChart) },
              { value: 'table', label: t(m.viewTable) },
            ]}
          />
        </span>
      </div>
      <div ref={bodyRef}>
        <ChartBoundary resetKey={`${query.dataUpdatedAt}:${view}`} onRetry={() => void query.refetch()}>
          {content}
        </ChartBoundary>
      </div>
    </section>
  );
}

function Render<T>({ render, data }: { render: (data: T) => ReactNode; data: T }) {
  return render(data);
}

interface BoundaryProps {
  resetKey: string;
  onRetry: () => void;
  children: ReactNode;
}

/** One failing chart (a chunk that did not load, a render error) stays inside its card. */
class ChartBoundary extends Component<BoundaryProps, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <ApiErrorAlert error={this.state.error} onRetry={this.props.onRetry} />;
    return this.props.children;
  }
}

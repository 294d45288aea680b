import { directionLabel } from '@cloudstd/shared/domain/direction-name';
import { coverageStateLabels } from '@cloudstd/shared/domain/labels';
import type { Snapshot, SnapshotComparison as Comparison } from '@cloudstd/shared/schemas/report';
import { Alert, Select, Skeleton, Table } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useI18n, type Bilingual } from '../../../lib/i18n.tsx';
import { useSnapshotComparison } from '../api/get-snapshot-comparison.ts';
import { reportsMessages as m } from '../messages.ts';

const kpiLabels: Record<Comparison['kpis'][number]['key'], Bilingual> = {
  standardsCounted: m.kpiStandardsCounted,
  standardsExpected: m.kpiStandardsExpected,
  enterprisesCounted: m.kpiEnterprisesCounted,
  directionsCovered: m.kpiDirectionsCovered,
  directionsGroupOnly: m.kpiDirectionsGroupOnly,
  directionsGaps: m.kpiDirectionsGaps,
  partsCovered: m.kpiPartsCovered,
  forecastProjected: m.kpiForecastProjected,
};
const reasonLabels = {
  withdrawn: m.reasonWithdrawn,
  'no-longer-counted': m.reasonNoLongerCounted,
  'not-in-registry': m.reasonNotInRegistry,
} as const;

const label = (standard: { number: string | null; planNumber: string | null; titleZh: string }) =>
  `${standard.number ?? standard.planNumber ?? ''} ${standard.titleZh}`;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function ChangeList({ title, items }: { title: string; items: ReactNode[] }) {
  const { t } = useI18n();
  return (
    <div className="report-change-list">
      <h4>
        {title}（{items.length}）
      </h4>
      {items.length === 0 ? <p className="report-muted">{t(m.compareNone)}</p> : <ul>{items}</ul>}
    </div>
  );
}

/** Two snapshots side by side: how the figures moved and which standards explain it. */
export function SnapshotComparison({ snapshots }: { snapshots: readonly Snapshot[] }) {
  const { t, lang } = useI18n();
  // Newest first: by default compare the second newest with the newest.
  const [from, setFrom] = useState<number | undefined>(snapshots[1]?.id);
  const [to, setTo] = useState<number | undefined>(snapshots[0]?.id);
  const comparison = useSnapshotComparison(from, to);
  if (snapshots.length < 2) return <p className="report-muted">{t(m.compareNeedTwo)}</p>;
  const options = snapshots.map((snapshot) => ({ value: snapshot.id, label: `${snapshot.name}（${snapshot.asOf}）` }));

  let result: ReactNode = null;
  if (from === to) result = <Alert type="warning" showIcon title={t(m.compareSame)} />;
  else if (comparison.isError)
    result = <ApiErrorAlert error={comparison.error} onRetry={() => void comparison.refetch()} />;
  else if (!comparison.data) result = <Skeleton active />;
  else {
    const { kpis, standards, coverage } = comparison.data;
    result = (
      <div className="report-comparison" data-testid="snapshot-comparison">
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          caption={t(m.compareKpis)}
          dataSource={kpis}
          columns={[
            {
              title: t(m.compareIndicator),
              dataIndex: 'key',
              render: (key: keyof typeof kpiLabels) => t(kpiLabels[key]),
            },
            { title: comparison.data.from.name, dataIndex: 'from', align: 'right', render: show },
            { title: comparison.data.to.name, dataIndex: 'to', align: 'right', render: show },
            {
              title: t(m.compareChange),
              dataIndex: 'delta',
              align: 'right',
              render: (delta: number) => (
                <span className={delta > 0 ? 'report-up' : delta < 0 ? 'report-down' : undefined}>
                  {delta > 0 ? `+${delta}` : String(delta)}
                </span>
              ),
            },
          ]}
        />
        <div className="report-change-grid">
          <ChangeList
            title={t(m.compareAdded)}
            items={standards.added.map((s) => (
              <li key={s.id}>
                {label(s)} <span className="report-muted">{s.publishedOn}</span>
              </li>
            ))}
          />
          <ChangeList
            title={t(m.compareRemoved)}
            items={standards.removed.map((s) => (
              <li key={s.id}>
                {label(s)} <span className="report-muted">（{t(reasonLabels[s.reason])}）</span>
              </li>
            ))}
          />
          <ChangeList
            title={t(m.compareMoved)}
            items={standards.moved.map((s) => (
              <li key={s.id}>
                {label(s)}{' '}
                <span className="report-muted">
                  {s.from.join(' ')} → {s.to.join(' ')}
                </span>
              </li>
            ))}
          />
          <ChangeList
            title={t(m.compareChanged)}
            items={standards.changed.map((s) => (
              <li key={s.id}>
                {label(s)}
                <ul>
                  {s.changes.map((change) => (
                    <li key={change.field} className="report-muted">
                      {t(m.fieldChange, { field: change.field, from: show(change.from), to: show(change.to) })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          />
          <ChangeList
            title={t(m.compareCoverage)}
            items={coverage.map((row) => (
              <li key={row.code}>
                {directionLabel(row, lang)}{' '}
                <span className="report-muted">
                  {row.from ? t(coverageStateLabels[row.from]) : '—'} → {row.to ? t(coverageStateLabels[row.to]) : '—'}
                </span>
              </li>
            ))}
          />
        </div>
      </div>
    );
  }

  return (
    <div>
      <div className="report-controls">
        <div className="report-control report-control-wide">
          <label htmlFor="compare-from">{t(m.compareFrom)}</label>
          <Select<number> id="compare-from" value={from} options={options} onChange={setFrom} />
        </div>
        <div className="report-control report-control-wide">
          <label htmlFor="compare-to">{t(m.compareTo)}</label>
          <Select<number> id="compare-to" value={to} options={options} onChange={setTo} />
        </div>
      </div>
      {result}
    </div>
  );
}

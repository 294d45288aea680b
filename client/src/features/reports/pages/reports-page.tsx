import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { defaultReportSince } from '@cloudstd/shared/domain/report-period';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { useSearchParams } from 'react-router';
import { FrameworkSwitcher } from '../../../components/framework-switcher.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { useSnapshots } from '../api/get-snapshots.ts';
import { useTargetSets } from '../../../api/get-target-sets.ts';
import { ReportControls } from '../components/report-controls.tsx';
import { ReportPreview } from '../components/report-preview.tsx';
import { SnapshotComparison } from '../components/snapshot-comparison.tsx';
import { SnapshotsPanel } from '../components/snapshots-panel.tsx';
import { reportsMessages as m } from '../messages.ts';
import { reportFormats, type ReportChoice, type ReportFormat } from '../utils/report-urls.ts';
import '../reports.css';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The choice lives in the URL (asOf, targetSet, framework, since, format), so a report can be shared as a link. */
function readChoice(params: URLSearchParams, today: string): { choice: ReportChoice; format: ReportFormat } {
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && DATE.test(asOfParam) ? asOfParam : today;
  const sinceParam = params.get('since');
  const formatParam = params.get('format') as ReportFormat | null;
  return {
    choice: {
      asOf,
      targetSet: params.get('targetSet') ?? undefined,
      framework: params.get('framework') ?? undefined,
      since: sinceParam && DATE.test(sinceParam) ? sinceParam : defaultReportSince(asOf),
    },
    format: formatParam && reportFormats.includes(formatParam) ? formatParam : 'pdf',
  };
}

export function ReportsPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const today = todayInChina();
  const [params, setParams] = useSearchParams();
  const { choice, format } = readChoice(params, today);
  const targetSets = useTargetSets();
  const snapshots = useSnapshots();
  const valid = choice.since <= choice.asOf;

  const change = (changes: Partial<ReportChoice> & { format?: ReportFormat }) => {
    const next = new URLSearchParams(params);
    const set = (name: string, value: string | undefined) => {
      if (value === undefined) next.delete(name);
      else next.set(name, value);
    };
    if ('asOf' in changes) {
      set('asOf', changes.asOf === today ? undefined : changes.asOf);
      // A new as-of date brings its own default period unless a start was chosen.
      if (!params.has('since')) next.delete('since');
    }
    if ('targetSet' in changes) set('targetSet', changes.targetSet);
    if ('framework' in changes) set('framework', changes.framework);
    if ('since' in changes) set('since', changes.since);
    if ('format' in changes) set('format', changes.format === 'pdf' ? undefined : changes.format);
    setParams(next, { replace: true });
  };

  return (
    <div className="reports">
      <PageHeader
        title={t(m.pageTitle)}
        subtitle={t(m.subtitle)}
        extra={
          <FrameworkSwitcher
            value={choice.framework ?? targetSets.data?.find((s) => s.key === choice.targetSet)?.framework}
            onChange={(key) => {
              change({ framework: key });
            }}
          />
        }
      />
      <section className="report-card" aria-labelledby="report-heading">
        <h2 id="report-heading" className="report-heading">
          {t(m.reportTitle)}
        </h2>
        <ReportControls
          choice={choice}
          format={format}
          targetSets={targetSets.data}
          sinceInvalid={!valid}
          onChange={change}
        />
        <ReportPreview choice={choice} format={format} valid={valid} />
      </section>
      <section className="report-card" aria-labelledby="snapshots-heading">
        <h2 id="snapshots-heading" className="report-heading">
          {t(m.snapshotsTitle)}
        </h2>
        <SnapshotsPanel choice={choice} canPublish={roleAllows(user.role, 'editor')} valid={valid} />
      </section>
      <section className="report-card" aria-labelledby="compare-heading">
        <h2 id="compare-heading" className="report-heading">
          {t(m.compareTitle)}
        </h2>
        <SnapshotComparison key={snapshots.data?.items.length ?? 0} snapshots={snapshots.data?.items ?? []} />
      </section>
    </div>
  );
}

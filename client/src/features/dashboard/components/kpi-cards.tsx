import { coverageStateLabels, enterpriseCountingLabels, enterpriseReachLabels } from '@cloudstd/shared/domain/labels';
import type { DashboardSummary } from '@cloudstd/shared/schemas/dashboard';
import type { UseQueryResult } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';
import { formatCount, formatDecimal, formatShare } from '../utils/format-figures.ts';
import { SectionErrorBoundary } from './section-error-boundary.tsx';
import { StatusBadge } from './status-badge.tsx';

const HEADING_ID = 'dashboard-kpis';
const CARD_COUNT = 6;

/** The headline figures: standards against the goal, the forecast, enterprises, coverage and adoption. */
export function KpiCards({ summary }: { summary: UseQueryResult<DashboardSummary> }) {
  const { t } = useI18n();
  const retry = () => void summary.refetch();
  let content: ReactNode;
  if (summary.data) {
    content = <KpiGrid summary={summary.data} />;
  } else if (summary.isError) {
    content = <ApiErrorAlert error={summary.error} onRetry={retry} />;
  } else {
    content = (
      <div className="kpi-grid" role="status" aria-live="polite">
        {Array.from({ length: CARD_COUNT }, (_, index) => (
          <div key={index} className="kpi kpi-loading">
            <Skeleton active title={false} paragraph={{ rows: 3 }} />
          </div>
        ))}
        <span className="visually-hidden">{t('state.loading')}</span>
      </div>
    );
  }
  return (
    <section aria-labelledby={HEADING_ID} className="kpi-section" aria-busy={summary.isFetching}>
      <h2 id={HEADING_ID} className="visually-hidden">
        {t(m.kpiLabel)}
      </h2>
      <SectionErrorBoundary onRetry={retry} resetKey={summary.dataUpdatedAt}>
        {content}
      </SectionErrorBoundary>
    </section>
  );
}

function KpiGrid({ summary }: { summary: DashboardSummary }) {
  const { t, lang } = useI18n();
  const { standards, enterprises, coverage, forecast } = summary;
  const count = (value: number) => formatCount(value, lang);

  const paceText =
    standards.counted >= standards.goal
      ? t(m.kpiPaceDone)
      : standards.pace === null
        ? t(m.kpiWindowClosed)
        : t(m.kpiPace, { pace: formatDecimal(standards.pace, lang) });

  return (
    <div className="kpi-grid">
      <Kpi label={t(m.kpiStandards)} testId="kpi-standards">
        <p className="kpi-value">
          <strong className="kpi-number">{count(standards.counted)}</strong>
          <span className="kpi-of"> / {count(standards.goal)}</span>
          {standards.stretch !== null && (
            <span className="kpi-stretch">{t(m.kpiStretch, { stretch: count(standards.stretch) })}</span>
          )}
        </p>
        <StatusBadge status={standards.status} />
        <p className="kpi-detail">
          {t(m.kpiExpected, { expected: formatDecimal(standards.expected, lang) })} · {paceText}
        </p>
      </Kpi>
      <Kpi label={t(m.kpiForecast)} testId="kpi-forecast">
        <p className="kpi-value">
          <strong className="kpi-number">{t(m.kpiForecastValue, { projected: count(forecast.projected) })}</strong>
        </p>
        <p className={forecast.onTrack ? 'kpi-verdict kpi-verdict-good' : 'kpi-verdict kpi-verdict-bad'}>
          {t(forecast.onTrack ? m.forecastReaches : m.forecastFalls)}
        </p>
        <p className="kpi-detail">
          {t(m.kpiForecastDetail, {
            counted: count(standards.counted),
            expected: count(forecast.rule.expectedInWindow),
            end: summary.targetSet.windowEnd,
          })}
        </p>
      </Kpi>
      <Kpi label={t(m.kpiEnterprises)} testId="kpi-enterprises">
        <p className="kpi-value">
          <strong className="kpi-number">{count(enterprises.counted)}</strong>
          {enterprises.goal !== null && <span className="kpi-of"> / {count(enterprises.goal)}</span>}
        </p>
        {enterprises.status !== null && <StatusBadge status={enterprises.status} />}
        <p className="kpi-detail" data-testid="kpi-enterprises-split">
          {t(m.kpiEnterprisesSplit, {
            trainedOnlyLabel: t(enterpriseReachLabels.trainedOnly),
            trainedOnly: count(enterprises.trainedOnly),
            implementingLabel: t(enterpriseReachLabels.implementing),
            implementing: count(enterprises.implementing),
            certifiedLabel: t(enterpriseReachLabels.certified),
            certified: count(enterprises.certified),
          })}
        </p>
        <p className="kpi-detail" data-testid="kpi-enterprises-funnel">
          {t(m.kpiEnterprisesFunnel, {
            trained: count(enterprises.funnel.trained),
            implementing: count(enterprises.funnel.implementing),
          })}
          {enterprises.counting === 'implementing_only' ? ` · ${t(enterpriseCountingLabels.implementing_only)}` : ''}
        </p>
        <p className="kpi-detail">
          {enterprises.goal === null
            ? t(m.kpiEnterprisesNoGoal)
            : enterprises.counted === 0
              ? t(m.kpiEnterprisesPending)
              : null}
        </p>
      </Kpi>
      <Kpi label={t(m.kpiDirections)} testId="kpi-directions">
        <p className="kpi-value">
          <strong className="kpi-number">{count(coverage.covered)}</strong>
          <span className="kpi-of"> / {count(coverage.total)}</span>
        </p>
        <p className="kpi-detail">
          {t(m.kpiDirectionsDetail, {
            groupOnlyLabel: t(coverageStateLabels['group-only']),
            groupOnly: count(coverage.groupOnly),
            gapLabel: t(coverageStateLabels.gap),
            gaps: count(coverage.gaps),
          })}
        </p>
      </Kpi>
      <Kpi label={t(m.kpiParts)} testId="kpi-parts">
        <p className="kpi-value">
          <strong className="kpi-number">{count(coverage.partsCovered)}</strong>
          <span className="kpi-of"> / {count(coverage.partsTotal)}</span>
        </p>
        <p className="kpi-detail">{t(m.kpiPartsDetail)}</p>
      </Kpi>
      <Kpi label={t(m.kpiInternational)} testId="kpi-international">
        <p className="kpi-value">
          <strong className="kpi-number">
            {summary.internationalShare === null ? '—' : formatShare(summary.internationalShare, lang)}
          </strong>
        </p>
        <p className="kpi-detail">
          {summary.internationalShare === null
            ? t(m.kpiInternationalNone)
            : t(m.kpiInternationalDetail, {
                adopting: count(summary.international.adopting),
                national: count(summary.international.national),
              })}
        </p>
      </Kpi>
    </div>
  );
}

interface KpiProps {
  label: string;
  testId: string;
  children: ReactNode;
}

function Kpi({ label, testId, children }: KpiProps) {
  return (
    <div className="kpi" data-testid={testId}>
      <h3 className="kpi-label">{label}</h3>
      {children}
    </div>
  );
}

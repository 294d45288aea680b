import { todayInChina } from '@cloudstd/shared/domain/calendar';
import { roleAllows } from '@cloudstd/shared/schemas/user';
import { Alert } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useBreakdown } from '../../../api/get-breakdown.ts';
import { useDashboardSummary, type DashboardView } from '../../../api/get-dashboard-summary.ts';
import { useTimeline } from '../../../api/get-timeline.ts';
import { FrameworkSwitcher } from '../../../components/framework-switcher.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { useCoverage } from '../api/get-coverage.ts';
import { useFramework } from '../../../api/get-framework.ts';
import { useMilestones } from '../api/get-milestones.ts';
import { useTargetSets } from '../../../api/get-target-sets.ts';
import { BreakdownTable } from '../components/breakdown-table.tsx';
import { CoverageHeatmap, CoverageLegend, CoverageTable } from '../components/coverage-heatmap.tsx';
import { CumulativeTable } from '../components/cumulative-table.tsx';
import { DashboardControls } from '../components/dashboard-controls.tsx';
import { DashboardEmpty } from '../components/dashboard-empty.tsx';
import { DashboardSection } from '../components/dashboard-section.tsx';
import { GapList } from '../components/gap-list.tsx';
import { KpiCards } from '../components/kpi-cards.tsx';
import { AdoptionChart, BreakdownChart, CumulativeChart, InternationalChart } from '../components/lazy-charts.tsx';
import { InternationalLists } from '../components/international-lists.tsx';
import {
  INTERNATIONAL_CHART_HEIGHT,
  InternationalTable,
  internationalTexts,
} from '../components/international-table.tsx';
import { useInternational } from '../api/get-international.ts';
import { ADOPTION_CHART_HEIGHT, AdoptionTable, adoptionTexts } from '../components/adoption-table.tsx';
import { MilestonesChecklist } from '../components/milestones-checklist.tsx';
import { dashboardMessages as m } from '../messages.ts';
import { breakdownRows, limitBars, MAX_COMMITTEE_BARS } from '../utils/breakdown-bars.ts';
import { breakdownChartHeight, CUMULATIVE_CHART_HEIGHT } from '../utils/chart-sizes.ts';
import { buildCumulativeSeries } from '../utils/cumulative-series.ts';
import { parseDashboardSearch, withDashboardSearch, type DashboardSearch } from '../utils/dashboard-search.ts';
import { buildHeatmapRows, gapDirections } from '../utils/heatmap-layout.ts';
import '../dashboard.css';

const breakdownTitles = {
  level: { title: m.breakdownLevel, dimension: m.dimensionLevel },
  status: { title: m.breakdownStatus, dimension: m.dimensionStatus },
  committee: { title: m.breakdownCommittee, dimension: m.dimensionCommittee },
} as const;

export function DashboardPage() {
  const { t, lang } = useI18n();
  const user = useCurrentUser();
  const canWrite = roleAllows(user.role, 'editor');
  const [searchParams, setSearchParams] = useSearchParams();
  const search = useMemo(() => parseDashboardSearch(searchParams), [searchParams]);
  const today = todayInChina();

  // Every query starts here, together: no section waits for another to load before asking for its data.
  const targetSets = useTargetSets();
  const unknownSet =
    search.targetSet !== undefined &&
    targetSets.data !== undefined &&
    !targetSets.data.some((set) => set.key === search.targetSet);
  const targetSet = unknownSet ? undefined : search.targetSet;
  const selectedSet =
    targetSets.data?.find((set) => set.key === targetSet) ?? targetSets.data?.find((set) => set.isDefault);
  // The edition the coverage, heatmap and gaps follow: the URL's, else the target set's own.
  const frameworkKey = search.framework ?? selectedSet?.framework;
  const view: DashboardView = { asOf: search.asOf ?? today, targetSet, framework: frameworkKey };
  const summary = useDashboardSummary(view);
  const timeline = useTimeline(view);
  const milestones = useMilestones(view);
  const international = useInternational(view);
  const coverage = useCoverage(view.asOf, frameworkKey);
  const breakdowns = {
    level: useBreakdown('level', view.asOf),
    status: useBreakdown('status', view.asOf),
    committee: useBreakdown('committee', view.asOf),
  };
  const framework = useFramework(frameworkKey);

  const change = (changes: DashboardSearch) => {
    setSearchParams(withDashboardSearch(searchParams, changes));
  };

  const registrySize = breakdowns.status.data?.items.reduce((sum, item) => sum + item.count, 0);
  const empty = registrySize === 0 && (summary.data?.standards.counted ?? 0) === 0;
  const showMilestones = milestones.data
    ? milestones.data.items.length > 0
    : milestones.isError || (selectedSet?.milestones.length ?? 0) > 0;

  const heading = summary.data?.targetSet ?? selectedSet;
  const subtitle = heading
    ? t(m.subtitle, {
        set: pick(lang, heading.nameZh, heading.nameEn),
        start: heading.windowStart,
        end: heading.windowEnd,
        asOf: view.asOf,
      })
    : t(m.subtitleLoading, { asOf: view.asOf });

  const breakdownSection = (by: keyof typeof breakdownTitles) => {
    const title = t(breakdownTitles[by].title);
    const rowsOf = (items: readonly { key: string; count: number }[]) =>
      breakdownRows(by, items, { asOf: view.asOf, linkAsOf: search.asOf });
    return (
      <DashboardSection
        key={by}
        id={`dashboard-breakdown-${by}`}
        title={title}
        query={breakdowns[by]}
        height={breakdownChartHeight(by === 'status' ? 7 : 3)}
        className="dash-breakdown"
        table={(data) => (
          <BreakdownTable
            rows={rowsOf(data.items)}
            caption={t(m.breakdownCaption, { asOf: view.asOf, title })}
            dimension={t(breakdownTitles[by].dimension)}
          />
        )}
      >
        {(data) => {
          const rows = rowsOf(data.items);
          return (
            <BreakdownChart bars={by === 'committee' ? limitBars(rows, MAX_COMMITTEE_BARS) : rows} title={title} />
          );
        }}
      </DashboardSection>
    );
  };

  return (
    <div className="dashboard">
      <PageHeader
        title={t(m.pageTitle)}
        subtitle={subtitle}
        extra={
          <DashboardControls
            asOf={view.asOf}
            today={today}
            targetSet={selectedSet?.key}
            targetSets={targetSets.data}
            loadingTargetSets={targetSets.isPending}
            onChange={change}
            framework={
              <FrameworkSwitcher
                value={frameworkKey}
                onChange={(key) => {
                  change({ framework: key });
                }}
              />
            }
          />
        }
      />
      {unknownSet && (
        <Alert
          type="warning"
          showIcon
          className="dash-alert"
          title={t(m.unknownTargetSet, { key: search.targetSet ?? '' })}
        />
      )}
      {empty && <DashboardEmpty canWrite={canWrite} />}
      <KpiCards summary={summary} />

      <div className="dash-grid">
        <DashboardSection
          id="dashboard-cumulative"
          title={t(m.cumulativeTitle)}
          query={timeline}
          height={CUMULATIVE_CHART_HEIGHT}
          className="dash-span-all"
          table={(data) => (
            <CumulativeTable
              series={buildCumulativeSeries(data, summary.data?.forecast.projected ?? null)}
              caption={t(m.cumulativeCaption)}
            />
          )}
          footer={() =>
            summary.data && (
              <p className="dash-rule">
                <strong>{t(m.forecastRule)}</strong>
                {summary.data.forecast.rule.text[lang]}
              </p>
            )
          }
        >
          {(data) => (
            <CumulativeChart
              series={buildCumulativeSeries(data, summary.data?.forecast.projected ?? null)}
              title={t(m.cumulativeTitle)}
              scope={{ targetSet: data.targetSet, asOf: data.asOf }}
            />
          )}
        </DashboardSection>

        <DashboardSection
          id="dashboard-adoption"
          title={t(adoptionTexts.title)}
          query={timeline}
          height={ADOPTION_CHART_HEIGHT}
          className="dash-span-all"
          testId="adoption-chart"
          table={(data) => <AdoptionTable timeline={data} />}
        >
          {(data) => (
            <AdoptionChart
              timeline={data}
              title={t(adoptionTexts.title)}
              height={ADOPTION_CHART_HEIGHT}
              className="dash-chart"
            />
          )}
        </DashboardSection>

        <DashboardSection
          id="dashboard-coverage"
          title={t(m.coverageTitle)}
          query={coverage}
          height={420}
          className="dash-span-all"
          table={(data) => (
            <CoverageTable rows={buildHeatmapRows(data.items, framework.data?.parts)} linkAsOf={search.asOf} />
          )}
          footer={() => <CoverageLegend />}
        >
          {(data) => (
            <CoverageHeatmap rows={buildHeatmapRows(data.items, framework.data?.parts)} linkAsOf={search.asOf} />
          )}
        </DashboardSection>

        <DashboardSection
          id="dashboard-gaps"
          title={t(m.gapsTitle)}
          query={coverage}
          height={240}
          className={showMilestones ? undefined : 'dash-span-all'}
          testId="gap-list"
          aside={(data) => (
            <span className="dash-card-aside">
              {t(m.gapsCount, { count: data.items.filter((item) => item.state === 'gap').length })}
            </span>
          )}
        >
          {(data) => <GapList gaps={gapDirections(data.items)} linkAsOf={search.asOf} />}
        </DashboardSection>

        {showMilestones && (
          <DashboardSection
            id="dashboard-milestones"
            title={t(m.milestonesTitle)}
            query={milestones}
            height={240}
            aside={(data) => (
              <span className="dash-card-aside">
                {t(m.milestonesProgress, {
                  met: data.items.filter((item) => item.met).length,
                  total: data.items.length,
                })}
              </span>
            )}
          >
            {(data) => <MilestonesChecklist milestones={data} />}
          </DashboardSection>
        )}

        <DashboardSection
          id="dashboard-international"
          title={t(internationalTexts.byStageTitle)}
          query={international}
          height={INTERNATIONAL_CHART_HEIGHT}
          testId="international-chart"
          table={(data) => <InternationalTable data={data} />}
          footer={(data) => <InternationalLists data={data} summary={summary.data} />}
        >
          {(data) => <InternationalChart data={data} by="stage" />}
        </DashboardSection>

        <DashboardSection
          id="dashboard-international-roles"
          title={t(internationalTexts.byRoleTitle)}
          query={international}
          height={INTERNATIONAL_CHART_HEIGHT}
          table={(data) => <InternationalTable data={data} />}
        >
          {(data) => <InternationalChart data={data} by="role" />}
        </DashboardSection>

        <div className="dash-breakdowns dash-span-all">
          {breakdownSection('level')}
          {breakdownSection('status')}
          {breakdownSection('committee')}
        </div>
      </div>
    </div>
  );
}

import { findProvinceByName } from '@cloudstd/shared/domain/credit-code-regions';
import type { BreakdownResponse } from '@cloudstd/shared/schemas/dashboard';
import { Link } from 'react-router';
import { useBreakdown } from '../../../api/get-breakdown.ts';
import { useTimeline } from '../../../api/get-timeline.ts';
import { pick, useI18n } from '../../../lib/i18n.tsx';
import { enterprisesMessages as m } from '../messages.ts';
import {
  barChartHeight,
  breakdownToBars,
  TIME_CHART_HEIGHT,
  timelineToAdoptionPoints,
  type AdoptionBar,
  type AdoptionPoint,
} from '../utils/adoption-series.ts';
import { AdoptionBarChart, AdoptionTimeChart } from './adoption-charts-lazy.tsx';
import { ChartCard } from './chart-card.tsx';

const count = (value: number | null, lang: 'zh' | 'en') =>
  value === null ? '—' : value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');

/** Adoption over time and by industry, province and standard, as of a date; each chart also as a table. */
export function AdoptionStats({ asOf }: { asOf: string }) {
  const { t, lang } = useI18n();
  const timeline = useTimeline({ asOf, targetSet: undefined });
  const industry = useBreakdown('industry', asOf);
  const province = useBreakdown('province', asOf);
  const standard = useBreakdown('standard', asOf);
  const notRecorded = t(m.notRecorded);
  // Provinces are stored by their Chinese names; in English their English names are shown.
  const provinceLabel = (key: string) => {
    const province = findProvinceByName(key);
    return province ? pick(lang, province.nameZh, province.nameEn) : key;
  };
  const barsOf = (by: 'industry' | 'province' | 'standard', items: BreakdownResponse['items']) =>
    breakdownToBars(by, items, notRecorded, by === 'province' ? provinceLabel : undefined);

  const barCard = (
    id: string,
    title: string,
    query: typeof industry,
    by: 'industry' | 'province' | 'standard',
    dimension: string,
  ) => (
    <ChartCard
      id={id}
      title={title}
      query={query}
      height={barChartHeight(query.data?.items.length ?? 6)}
      chart={(data) => (
        <AdoptionBarChart bars={barsOf(by, data.items)} title={title} labelWidth={by === 'standard' ? 150 : 120} />
      )}
      table={(data) => (
        <BarTable
          bars={barsOf(by, data.items)}
          caption={`${title}（${t(m.statsAsOf, { asOf })}）`}
          dimension={dimension}
        />
      )}
    />
  );

  return (
    <section aria-labelledby="adoption-stats-heading" className="adoption-stats">
      <div className="adoption-stats-head">
        <h2 id="adoption-stats-heading" className="section-title">
          {t(m.statsHeading)}
        </h2>
        <span className="text-secondary">{t(m.statsAsOf, { asOf })}</span>
      </div>
      <div className="adoption-stats-grid">
        <ChartCard
          id="adoption-over-time"
          title={t(m.overTimeTitle)}
          query={timeline}
          height={TIME_CHART_HEIGHT}
          className="adoption-span-all"
          chart={(data) => (
            <AdoptionTimeChart
              timeline={data}
              title={t(m.overTimeTitle)}
              height={TIME_CHART_HEIGHT}
              className="adoption-chart"
            />
          )}
          table={(data) => <TimeTable points={timelineToAdoptionPoints(data)} caption={t(m.overTimeCaption)} />}
        />
        {barCard('adoption-by-industry', t(m.byIndustryTitle), industry, 'industry', t(m.industry))}
        {barCard('adoption-by-province', t(m.byProvinceTitle), province, 'province', t(m.province))}
        {barCard('adoption-by-standard', t(m.byStandardTitle), standard, 'standard', t(m.standard))}
      </div>
    </section>
  );
}

function TimeTable({ points, caption }: { points: readonly AdoptionPoint[]; caption: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="adoption-table-wrap">
      <table className="adoption-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(m.month)}</th>
            <th scope="col">{t(m.seriesEnterprises)}</th>
            <th scope="col">{t(m.seriesTrajectory)}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.month}>
              <th scope="row">{point.month}</th>
              <td>{count(point.enterprises, lang)}</td>
              <td>{point.trajectory === null ? '—' : point.trajectory.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BarTable({ bars, caption, dimension }: { bars: readonly AdoptionBar[]; caption: string; dimension: string }) {
  const { t, lang } = useI18n();
  if (bars.length === 0) return <p className="adoption-chart-empty">{t(m.chartEmpty)}</p>;
  return (
    <div className="adoption-table-wrap">
      <table className="adoption-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{dimension}</th>
            <th scope="col">{t(m.enterprisesCount)}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.href ? <Link to={bar.href}>{bar.label}</Link> : bar.label}</th>
              <td>{count(bar.count, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

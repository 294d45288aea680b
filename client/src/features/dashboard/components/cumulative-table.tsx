import { useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';
import type { CumulativeSeries } from '../utils/cumulative-series.ts';
import { formatDecimal } from '../utils/format-figures.ts';

/** The same numbers as the chart, month by month. */
export function CumulativeTable({ series, caption }: { series: CumulativeSeries; caption: string }) {
  const { t, lang } = useI18n();
  const show = (value: number | null) => (value === null ? '—' : formatDecimal(value, lang));
  return (
    <div className="dash-table-wrap">
      <table className="dash-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(m.month)}</th>
            <th scope="col">{t(m.seriesCounted)}</th>
            <th scope="col">{t(m.seriesTrajectory)}</th>
            <th scope="col">{t(m.seriesForecast)}</th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((point) => (
            <tr key={point.month} className={point.month === series.asOfMonth ? 'dash-table-current' : undefined}>
              <th scope="row">{point.month}</th>
              <td>{show(point.counted)}</td>
              <td>{show(point.trajectory)}</td>
              <td>{show(point.forecast)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

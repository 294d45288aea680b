import { enterpriseReachLabels } from '@cloudstd/shared/domain/labels';
import type { TimelineResponse } from '@cloudstd/shared/schemas/dashboard';
import type { Bilingual } from '../../../lib/i18n.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { formatCount, formatDecimal } from '../utils/format-figures.ts';

/** The adoption chart's texts (the enterprise goal: distinct adopting enterprises, each counted once). */
export const adoptionTexts = {
  title: { zh: '累计宣贯与贯标企业数', en: 'Enterprises reached over time' },
  caption: {
    zh: '每月末累计贯标企业数（截至日期所在月按截至日期计）与企业目标的直线进度',
    en: 'Adopting enterprises at each month’s end (the as-of month at the as-of date) beside the straight line to the goal',
  },
  month: { zh: '月份', en: 'Month' },
  enterprises: { zh: '贯标企业', en: 'Adopting enterprises' },
  trajectory: { zh: '目标进度线', en: 'Goal trajectory' },
} as const satisfies Record<string, Bilingual>;

export const ADOPTION_CHART_HEIGHT = 260;

/** The same numbers as the adoption chart, month by month. */
export function AdoptionTable({ timeline }: { timeline: TimelineResponse }) {
  const { t, lang } = useI18n();
  return (
    <div className="dash-table-wrap">
      <table className="dash-table">
        <caption>{t(adoptionTexts.caption)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(adoptionTexts.month)}</th>
            <th scope="col">{t(adoptionTexts.enterprises)}</th>
            <th scope="col">{t(enterpriseReachLabels.trainedOnly)}</th>
            <th scope="col">{t(enterpriseReachLabels.implementing)}</th>
            <th scope="col">{t(enterpriseReachLabels.certified)}</th>
            <th scope="col">{t(adoptionTexts.trajectory)}</th>
          </tr>
        </thead>
        <tbody>
          {timeline.points.map((point) => (
            <tr
              key={point.month}
              className={point.month === timeline.asOf.slice(0, 7) ? 'dash-table-current' : undefined}
            >
              <th scope="row">{point.month}</th>
              <td>{point.enterprises === null ? '—' : formatCount(point.enterprises, lang)}</td>
              <td>{point.enterprisesSplit ? formatCount(point.enterprisesSplit.trainedOnly, lang) : '—'}</td>
              <td>{point.enterprisesSplit ? formatCount(point.enterprisesSplit.implementing, lang) : '—'}</td>
              <td>{point.enterprisesSplit ? formatCount(point.enterprisesSplit.certified, lang) : '—'}</td>
              <td>{point.enterprisesTrajectory === null ? '—' : formatDecimal(point.enterprisesTrajectory, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

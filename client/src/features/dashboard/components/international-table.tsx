import { internationalStageKeys } from '@cloudstd/shared/domain/international-stage';
import { chinaRoleLabels, internationalStageLabels } from '@cloudstd/shared/domain/labels';
import { chinaRoles, type InternationalProgress } from '@cloudstd/shared/schemas/international-item';
import { useI18n, type Bilingual } from '../../../lib/i18n.tsx';
import { formatCount } from '../utils/format-figures.ts';

/** The international panel's texts. */
export const internationalTexts = {
  byStageTitle: { zh: '国际标准化项目（按阶段）', en: 'International items by stage' },
  byRoleTitle: { zh: '国际标准化项目（按我国角色）', en: 'International items by China’s role' },
  caption: {
    zh: '每月末的国际标准化项目数，按当时所处阶段和我国角色（截至日期所在月按截至日期计）',
    en: 'International items at each month’s end by the stage they were at and China’s role (the as-of month at the as-of date)',
  },
  month: { zh: '月份', en: 'Month' },
  total: { zh: '合计', en: 'Total' },
  figuresTitle: { zh: '国际标准供给', en: 'International standard supply' },
  share: { zh: '国家标准采用国际标准比例', en: 'National standards converted from international ones' },
  shareDetail: {
    zh: '{adopting}/{national} 项计入的国家标准',
    en: '{adopting} of {national} counted national standards',
  },
  items: { zh: '国际标准化项目', en: 'International items' },
  led: { zh: '我国牵头发布的国际标准（目标期内）', en: 'Published with China leading (since the window opened)' },
  ledList: { zh: '我国牵头发布的国际标准', en: 'Published with China leading' },
  convertedList: { zh: '转化国际标准的国家标准', en: 'National standards converted from international ones' },
  since: { zh: '{start} 以来', en: 'since {start}' },
  none: { zh: '暂无', en: 'None yet' },
  empty: { zh: '截至该日期尚无国际标准化项目', en: 'No international item by this date' },
} as const satisfies Record<string, Bilingual>;

export const INTERNATIONAL_CHART_HEIGHT = 280;

/** The same numbers as the international chart, month by month: items by stage, then by China's role. */
export function InternationalTable({ data }: { data: InternationalProgress }) {
  const { t, lang } = useI18n();
  return (
    <div className="dash-table-wrap">
      <table className="dash-table">
        <caption>{t(internationalTexts.caption)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(internationalTexts.month)}</th>
            {internationalStageKeys.map((stage) => (
              <th scope="col" key={stage}>
                {t(internationalStageLabels[stage])}
              </th>
            ))}
            {chinaRoles.map((role) => (
              <th scope="col" key={role}>
                {t(chinaRoleLabels[role])}
              </th>
            ))}
            <th scope="col">{t(internationalTexts.total)}</th>
          </tr>
        </thead>
        <tbody>
          {data.points.map((point) => (
            <tr key={point.month}>
              <th scope="row">{point.month}</th>
              {internationalStageKeys.map((stage) => (
                <td key={stage}>{formatCount(point.byStage[stage], lang)}</td>
              ))}
              {chinaRoles.map((role) => (
                <td key={role}>{formatCount(point.byRole[role], lang)}</td>
              ))}
              <td>{formatCount(point.total, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

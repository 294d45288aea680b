import { internationalStageKeys } from '@cloudstd/shared/domain/international-stage';
import { chinaRoleLabels, internationalStageLabels } from '@cloudstd/shared/domain/labels';
import { chinaRoles, type InternationalProgress } from '@cloudstd/shared/schemas/international-item';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../../lib/i18n.tsx';
import { chartColors } from '../../../components/charts/chart-colors.ts';
import { INTERNATIONAL_CHART_HEIGHT, internationalTexts } from './international-table.tsx';

/** Light to dark along the stages: later stages read darker. */
const stageColors = ['#d6e4ff', '#adc6ff', '#85a5ff', '#597ef7', '#2f54eb', '#1d39c4', '#389e0d'] as const;

const roleColors = { led: '#cf1322', co_edited: '#fa8c16', participated: '#1652d9' } as const;

/**
 * Items at each month's end stacked by the stage they were at (`by="stage"`) or by China's role
 * (`by="role"`). Loads Recharts: import it lazily.
 */
export function InternationalChart({ data, by }: { data: InternationalProgress; by: 'stage' | 'role' }) {
  const { t } = useI18n();
  if (data.points.every((point) => point.total === 0)) {
    return <p className="dash-empty-text">{t(internationalTexts.empty)}</p>;
  }
  const rows = data.points.map((point) => ({ month: point.month, ...(by === 'stage' ? point.byStage : point.byRole) }));
  const series =
    by === 'stage'
      ? internationalStageKeys.map((key, index) => ({
          key,
          name: t(internationalStageLabels[key]),
          fill: stageColors[index] ?? chartColors.bar,
        }))
      : chinaRoles.map((key) => ({ key, name: t(chinaRoleLabels[key]), fill: roleColors[key] }));
  return (
    <div className="dash-chart">
      <BarChart
        data={rows}
        responsive
        style={{ width: '100%', height: INTERNATIONAL_CHART_HEIGHT }}
        margin={{ top: 8, right: 24, bottom: 4, left: 0 }}
        title={t(by === 'stage' ? internationalTexts.byStageTitle : internationalTexts.byRoleTitle)}
      >
        <CartesianGrid stroke={chartColors.grid} vertical={false} />
        <XAxis dataKey="month" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} tickLine={false} />
        {series.map(({ key, name, fill }) => (
          <Bar key={key} dataKey={key} stackId={by} name={name} fill={fill} isAnimationActive={false} />
        ))}
        <Tooltip isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
      </BarChart>
    </div>
  );
}

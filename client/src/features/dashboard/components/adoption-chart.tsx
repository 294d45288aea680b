import type { TimelineResponse } from '@cloudstd/shared/schemas/dashboard';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '../../../lib/i18n.tsx';
import { chartColors } from '../utils/chart-colors.ts';
import { formatCount } from '../utils/format-figures.ts';
import { ADOPTION_CHART_HEIGHT, adoptionTexts } from './adoption-table.tsx';

/** Adopting enterprises by month against the enterprise goal's straight line (the KPI's series over time). */
export function AdoptionChart({ timeline, title }: { timeline: TimelineResponse; title: string }) {
  const { t, lang } = useI18n();
  const points = timeline.points.map((point) => ({
    month: point.month,
    enterprises: point.enterprises,
    trajectory: point.enterprisesTrajectory,
  }));
  const ticks = points.filter((_point, index) => index % 3 === 0).map((point) => point.month);
  // Against a goal of 1,000 the early line hugs the axis: the latest figure is written beside it.
  const latest = points.filter((point) => point.enterprises !== null).at(-1);
  const goal = timeline.enterprisesGoal;
  return (
    <div className="dash-chart">
      <ComposedChart
        data={points}
        responsive
        style={{ width: '100%', height: ADOPTION_CHART_HEIGHT }}
        margin={{ top: 20, right: 24, bottom: 4, left: 0 }}
        title={title}
      >
        <CartesianGrid stroke={chartColors.grid} vertical={false} />
        <XAxis dataKey="month" ticks={ticks} tick={{ fontSize: 12 }} tickMargin={6} />
        <YAxis allowDecimals={false} width={48} tick={{ fontSize: 12 }} tickLine={false} />
        {goal !== null && (
          <ReferenceLine
            y={goal}
            stroke={chartColors.goal}
            strokeDasharray="4 3"
            label={{
              value: t(adoptionTexts.goal, { goal: formatCount(goal, lang) }),
              position: 'insideTopLeft',
              fontSize: 12,
              fill: chartColors.goalText,
            }}
          />
        )}
        <Line
          dataKey="trajectory"
          name={t(adoptionTexts.trajectory)}
          stroke={chartColors.trajectory}
          strokeDasharray="6 4"
          strokeWidth={1.5}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="enterprises"
          name={t(adoptionTexts.enterprises)}
          stroke={chartColors.counted}
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
        {latest && latest.enterprises !== null && (
          <ReferenceDot
            x={latest.month}
            y={latest.enterprises}
            r={4}
            fill={chartColors.counted}
            stroke="#fff"
            label={{
              value: formatCount(latest.enterprises, lang),
              position: 'top',
              fontSize: 12,
              fill: chartColors.counted,
            }}
          />
        )}
        <Tooltip isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
      </ComposedChart>
    </div>
  );
}

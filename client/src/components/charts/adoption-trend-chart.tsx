import type { TimelineResponse } from '@cloudstd/shared/schemas/dashboard';
import { enterpriseReachLabels } from '@cloudstd/shared/domain/labels';
import {
  Area,
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
import { useI18n, type Bilingual, type Lang } from '../../lib/i18n.tsx';
import { chartColors } from './chart-colors.ts';

/** The series' names, also used by the tables that show the same numbers. */
export const adoptionTrendTexts = {
  enterprises: { zh: '贯标企业', en: 'Adopting enterprises' },
  trajectory: { zh: '目标进度线', en: 'Goal trajectory' },
  goal: { zh: '目标 {goal} 家', en: 'Goal {goal}' },
} as const satisfies Record<string, Bilingual>;

const formatCount = (value: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 0 }).format(value);

interface AdoptionTrendChartProps {
  timeline: TimelineResponse;
  title: string;
  height: number;
  /** The wrapper's class (each page styles its charts' frame). */
  className: string;
}

/**
 * Enterprises counted at each month's end (the split of those reached stacked beneath) against the enterprise goal's straight line (the KPI's
 * series over time), as on the dashboard and the 贯标企业 figures. Loads Recharts: import it lazily.
 */
export function AdoptionTrendChart({ timeline, title, height, className }: AdoptionTrendChartProps) {
  const { t, lang } = useI18n();
  const points = timeline.points.map((point) => ({
    month: point.month,
    enterprises: point.enterprises,
    trajectory: point.enterprisesTrajectory,
    trainedOnly: point.enterprisesSplit?.trainedOnly ?? null,
    implementing: point.enterprisesSplit?.implementing ?? null,
    certified: point.enterprisesSplit?.certified ?? null,
  }));
  const split = ['certified', 'implementing', 'trainedOnly'] as const;
  const ticks = points.filter((_point, index) => index % 3 === 0).map((point) => point.month);
  // Against a goal of 1,000 the early line hugs the axis: the latest figure is written beside it.
  const latest = points.filter((point) => point.enterprises !== null).at(-1);
  const goal = timeline.enterprisesGoal;
  return (
    <div className={className}>
      <ComposedChart
        data={points}
        responsive
        style={{ width: '100%', height }}
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
              value: t(adoptionTrendTexts.goal, { goal: formatCount(goal, lang) }),
              position: 'insideTopLeft',
              fontSize: 12,
              fill: chartColors.goalText,
            }}
          />
        )}
        {/* The split of the enterprises reached, stacked: certified at the bottom, trained only on top. */}
        {split.map((key) => (
          <Area
            key={key}
            dataKey={key}
            stackId="reach"
            name={t(enterpriseReachLabels[key])}
            stroke={chartColors[key]}
            fill={chartColors[key]}
            fillOpacity={0.7}
            isAnimationActive={false}
          />
        ))}
        <Line
          dataKey="trajectory"
          name={t(adoptionTrendTexts.trajectory)}
          stroke={chartColors.trajectory}
          strokeDasharray="6 4"
          strokeWidth={1.5}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="enterprises"
          name={t(adoptionTrendTexts.enterprises)}
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

import { useNavigate } from 'react-router';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';
import { chartColors } from '../../../components/charts/chart-colors.ts';
import { CUMULATIVE_CHART_HEIGHT } from '../utils/chart-sizes.ts';
import type { CumulativeSeries } from '../utils/cumulative-series.ts';
import { formatCount, formatDecimal } from '../utils/format-figures.ts';
import { standardsListUrl } from '../../../lib/standards-link.ts';

/** What a click on a month opens: the standards the set counts at that point, as the server lists them. */
export interface CountedScope {
  targetSet: string;
  asOf: string;
}

interface CumulativeChartProps {
  series: CumulativeSeries;
  title: string;
  scope: CountedScope | null;
}

/** The counted standards by month against the goal band, the straight-line trajectory and the forecast. */
export function CumulativeChart({ series, title, scope }: CumulativeChartProps) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { points, goal, stretch, asOfMonth, yMax, ticks } = series;
  const last = points[points.length - 1];
  const projected = last?.forecast ?? null;

  const openMonth = (month: string) => {
    // Only months the chart drew a point for (not after the as-of date) open a list.
    if (!scope || month > scope.asOf.slice(0, 7)) return;
    void navigate(standardsListUrl({ countedFor: scope.targetSet, asOf: scope.asOf, month }));
  };

  const names = { counted: t(m.seriesCounted), trajectory: t(m.seriesTrajectory), forecast: t(m.seriesForecast) };

  return (
    <div className={scope ? 'dash-chart dash-chart-clickable' : 'dash-chart'}>
      <ComposedChart
        data={points}
        responsive
        style={{ width: '100%', height: CUMULATIVE_CHART_HEIGHT }}
        margin={{ top: 20, right: 24, bottom: 4, left: 0 }}
        title={title}
        onClick={(state) => {
          if (typeof state.activeLabel === 'string') openMonth(state.activeLabel);
        }}
      >
        <CartesianGrid stroke={chartColors.grid} vertical={false} />
        <XAxis dataKey="month" ticks={ticks} tick={{ fontSize: 12 }} tickMargin={6} />
        <YAxis domain={[0, yMax]} allowDecimals={false} width={40} tick={{ fontSize: 12 }} tickLine={false} />
        {stretch !== null && stretch > goal && (
          <ReferenceArea y1={goal} y2={stretch} fill={chartColors.goal} fillOpacity={0.1} ifOverflow="hidden" />
        )}
        <ReferenceLine
          y={goal}
          stroke={chartColors.goal}
          strokeDasharray="4 3"
          label={{
            value: t(m.goalLine, { goal }),
            position: 'insideTopLeft',
            fontSize: 12,
            fill: chartColors.goalText,
          }}
        />
        {stretch !== null && stretch > goal && (
          <ReferenceLine
            y={stretch}
            stroke={chartColors.goal}
            strokeDasharray="4 3"
            label={{
              value: t(m.stretchLine, { stretch }),
              position: 'insideTopLeft',
              fontSize: 12,
              fill: chartColors.goalText,
            }}
          />
        )}
        {asOfMonth && (
          <ReferenceLine
            x={asOfMonth}
            stroke={chartColors.asOf}
            label={{
              value: t(m.asOfMarker, { asOf: series.asOf }),
              position: 'insideTopRight',
              fontSize: 12,
              fill: chartColors.asOf,
            }}
          />
        )}
        <Line
          dataKey="trajectory"
          name={names.trajectory}
          stroke={chartColors.trajectory}
          strokeDasharray="6 4"
          strokeWidth={1.5}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="forecast"
          name={names.forecast}
          stroke={chartColors.forecast}
          strokeDasharray="3 3"
          strokeWidth={2}
          connectNulls
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="counted"
          name={names.counted}
          stroke={chartColors.counted}
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
        {last && projected !== null && (
          <ReferenceDot
            x={last.month}
            y={projected}
            r={4}
            fill={chartColors.forecast}
            stroke="#fff"
            label={{ value: formatCount(projected, lang), position: 'top', fontSize: 12, fill: chartColors.forecast }}
          />
        )}
        <Tooltip
          isAnimationActive={false}
          formatter={(value) => (typeof value === 'number' ? formatDecimal(value, lang) : String(value))}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
      </ComposedChart>
    </div>
  );
}

import { useNavigate } from 'react-router';
import {
  Bar,
  BarChart,
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
import { enterprisesMessages as m } from '../messages.ts';
import { barChartHeight, TIME_CHART_HEIGHT, type AdoptionBar, type AdoptionPoint } from '../utils/adoption-series.ts';

const colors = { counted: '#1652d9', trajectory: '#8c8c8c', goal: '#389e0d', bar: '#1652d9', grid: '#eef0f5' } as const;

interface AdoptionTimeChartProps {
  points: readonly AdoptionPoint[];
  goal: number | null;
  title: string;
}

/** Adopting enterprises at each month's end beside the straight line to the goal. */
export function AdoptionTimeChart({ points, goal, title }: AdoptionTimeChartProps) {
  const { t, lang } = useI18n();
  const ticks = points.filter((_point, index) => index % 3 === 0).map((point) => point.month);
  // Against a goal of 1,000 the early line hugs the axis: the latest figure is written beside it.
  const latest = points.filter((point) => point.enterprises !== null).at(-1);
  return (
    <div className="adoption-chart">
      <ComposedChart
        data={[...points]}
        responsive
        style={{ width: '100%', height: TIME_CHART_HEIGHT }}
        margin={{ top: 16, right: 24, bottom: 4, left: 0 }}
        title={title}
      >
        <CartesianGrid stroke={colors.grid} vertical={false} />
        <XAxis dataKey="month" ticks={ticks} tick={{ fontSize: 12 }} tickMargin={6} />
        <YAxis allowDecimals={false} width={48} tick={{ fontSize: 12 }} tickLine={false} />
        {goal !== null && (
          <ReferenceLine
            y={goal}
            stroke={colors.goal}
            strokeDasharray="4 3"
            label={{
              value: t(m.goalLine, { goal: goal.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') }),
              position: 'insideTopLeft',
              fontSize: 12,
              fill: '#237804',
            }}
          />
        )}
        <Line
          dataKey="trajectory"
          name={t(m.seriesTrajectory)}
          stroke={colors.trajectory}
          strokeDasharray="6 4"
          strokeWidth={1.5}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="enterprises"
          name={t(m.seriesEnterprises)}
          stroke={colors.counted}
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
        {latest && latest.enterprises !== null && (
          <ReferenceDot
            x={latest.month}
            y={latest.enterprises}
            r={4}
            fill={colors.counted}
            stroke="#fff"
            label={{ value: String(latest.enterprises), position: 'top', fontSize: 12, fill: colors.counted }}
          />
        )}
        <Tooltip isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
      </ComposedChart>
    </div>
  );
}

/** Horizontal bars; a click opens what the bar counts (the table view has the same links for keyboards). */
export function AdoptionBarChart({
  bars,
  title,
  labelWidth = 120,
}: {
  bars: readonly AdoptionBar[];
  title: string;
  /** Room for the category labels (standard numbers need more than industry names). */
  labelWidth?: number;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  if (bars.length === 0) return <p className="adoption-chart-empty">{t(m.chartEmpty)}</p>;
  const data = bars.map((bar) => ({ name: bar.label, count: bar.count }));
  return (
    <div className="adoption-chart adoption-chart-clickable">
      <BarChart
        data={data}
        layout="vertical"
        responsive
        style={{ width: '100%', height: barChartHeight(bars.length) }}
        margin={{ top: 0, right: 40, bottom: 0, left: 0 }}
        title={title}
        onClick={(state) => {
          const href = bars[Number(state.activeIndex)]?.href;
          if (href) void navigate(href);
        }}
      >
        <XAxis type="number" allowDecimals={false} hide />
        <YAxis
          type="category"
          dataKey="name"
          width={labelWidth}
          tick={{ fontSize: 12 }}
          tickLine={false}
          interval={0}
        />
        <Tooltip isAnimationActive={false} cursor={{ fill: 'rgba(22, 82, 217, 0.06)' }} />
        <Bar
          dataKey="count"
          name={t(m.enterprisesCount)}
          fill={colors.bar}
          barSize={14}
          isAnimationActive={false}
          label={{ position: 'right', fontSize: 12, fill: '#262626' }}
        />
      </BarChart>
    </div>
  );
}

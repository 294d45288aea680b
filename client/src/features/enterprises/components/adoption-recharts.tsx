import { useNavigate } from 'react-router';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { chartColors } from '../../../components/charts/chart-colors.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { enterprisesMessages as m } from '../messages.ts';
import { barChartHeight, type AdoptionBar } from '../utils/adoption-series.ts';

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
          fill={chartColors.bar}
          barSize={14}
          isAnimationActive={false}
          label={{ position: 'right', fontSize: 12, fill: '#262626' }}
        />
      </BarChart>
    </div>
  );
}

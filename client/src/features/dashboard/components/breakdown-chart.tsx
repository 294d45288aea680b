import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';
import type { BreakdownBar } from '../utils/breakdown-bars.ts';
import { breakdownChartHeight } from '../utils/chart-sizes.ts';
import { chartColors } from '../../../components/charts/chart-colors.ts';
import { formatCount } from '../utils/format-figures.ts';

/** A small horizontal bar chart; a click on a bar opens the standards it counts. */
export function BreakdownChart({ bars, title }: { bars: readonly BreakdownBar[]; title: string }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  // Only what is drawn: Recharts copies each row's fields onto its SVG elements.
  const data = useMemo(() => bars.map((bar) => ({ name: t(bar.label), count: bar.count })), [bars, t]);
  if (bars.length === 0) return <p className="dash-empty-text">{t(m.breakdownEmpty)}</p>;
  return (
    <div className="dash-chart dash-chart-clickable">
      <BarChart
        data={data}
        layout="vertical"
        responsive
        style={{ width: '100%', height: breakdownChartHeight(bars.length) }}
        margin={{ top: 0, right: 36, bottom: 0, left: 0 }}
        title={title}
        onClick={(state) => {
          const href = bars[Number(state.activeIndex)]?.href;
          if (href) void navigate(href);
        }}
      >
        <XAxis type="number" allowDecimals={false} hide />
        <YAxis type="category" dataKey="name" width={104} tick={{ fontSize: 12 }} tickLine={false} interval={0} />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: 'rgba(22, 82, 217, 0.06)' }}
          formatter={(value) => (typeof value === 'number' ? formatCount(value, lang) : String(value))}
        />
        <Bar
          dataKey="count"
          name={t(m.count)}
          fill={chartColors.bar}
          barSize={16}
          isAnimationActive={false}
          label={{ position: 'right', fontSize: 12, fill: '#262626' }}
        />
      </BarChart>
    </div>
  );
}

import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';
import type { BreakdownBar } from '../utils/breakdown-bars.ts';
import { formatCount } from '../utils/format-figures.ts';

/** The same numbers as the bars (every row, where the chart groups the smallest). */
interface BreakdownTableProps {
  rows: readonly BreakdownBar[];
  caption: string;
  /** The first column's heading: what the rows are (级别, 状态, 归口单位). */
  dimension: string;
}

export function BreakdownTable({ rows, caption, dimension }: BreakdownTableProps) {
  const { t, lang } = useI18n();
  if (rows.length === 0) return <p className="dash-empty-text">{t(m.breakdownEmpty)}</p>;
  return (
    <div className="dash-table-wrap">
      <table className="dash-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{dimension}</th>
            <th scope="col">{t(m.count)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.href ? <Link to={row.href}>{t(row.label)}</Link> : t(row.label)}</th>
              <td>{formatCount(row.count, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

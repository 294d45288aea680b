import { coverageStateLabels, standardLevelLabels } from '@cloudstd/shared/domain/labels';
import type { CoverageState } from '@cloudstd/shared/schemas/dashboard';
import { Tooltip } from 'antd';
import { Link, useNavigate } from 'react-router';
import { pick, useI18n, type Bilingual } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';
import type { HeatmapCell, HeatmapRow } from '../utils/heatmap-layout.ts';
import { standardsListUrl } from '../../../lib/standards-link.ts';

const coverageStates: readonly CoverageState[] = ['covered', 'group-only', 'gap'];

const stateHelp: Record<CoverageState, Bilingual> = {
  covered: m.stateCoveredHelp,
  'group-only': m.stateGroupOnlyHelp,
  gap: m.stateGapHelp,
};

/** A shape per state, so the heatmap reads without colour too. */
const stateGlyphs: Record<CoverageState, string> = { covered: '●', 'group-only': '◐', gap: '○' };

const SCOPE_PREVIEW = 140;

function preview(text: string): string {
  return text.length > SCOPE_PREVIEW ? `${text.slice(0, SCOPE_PREVIEW)}…` : text;
}

interface CoverageProps {
  rows: readonly HeatmapRow[];
  /** The as-of date to carry into the standards list; undefined for today. */
  linkAsOf: string | undefined;
}

/** The 6 parts × their directions; each cell is a button opening the direction's standards. */
export function CoverageHeatmap({ rows, linkAsOf }: CoverageProps) {
  const { t, lang } = useI18n();
  return (
    <div className="heatmap">
      {rows.map((row) => {
        const partName =
          row.nameZh === null ? t(m.partLabel, { code: row.partCode }) : pick(lang, row.nameZh, row.nameEn);
        return (
          <div key={row.partCode} className="heatmap-row" role="group" aria-label={`${row.partCode} ${partName}`}>
            <div className="heatmap-part">
              <span className="heatmap-part-code">{row.partCode}</span>
              <span className="heatmap-part-name">{partName}</span>
              <span className="heatmap-part-count">
                {row.covered}/{row.cells.length}
              </span>
            </div>
            <div className="heatmap-cells">
              {row.cells.map((cell) => (
                <HeatmapCellButton key={cell.code} cell={cell} linkAsOf={linkAsOf} />
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}

function HeatmapCellButton({ cell, linkAsOf }: { cell: HeatmapCell; linkAsOf: string | undefined }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const name = cell.path[lang];
  const counts = { national: cell.national, industry: cell.industry, group: cell.group, pipeline: cell.pipeline };
  const state = t(coverageStateLabels[cell.state]);
  return (
    <Tooltip
      trigger={['hover', 'focus']}
      mouseEnterDelay={0.15}
      // Hovering across 50 cells must not leave 50 tooltips in the page.
      destroyOnHidden
      title={
        <div className="heatmap-tip">
          <strong>
            {cell.code} {name}
          </strong>
          <span>{state}</span>
          {cell.scope && <span className="heatmap-tip-scope">{preview(cell.scope)}</span>}
          <span>{t(m.tooltipCounts, counts)}</span>
          <span className="heatmap-tip-hint">{t(m.tooltipOpen)}</span>
        </div>
      }
    >
      <button
        type="button"
        className={`heatmap-cell heatmap-cell-${cell.state}`}
        data-testid={`coverage-cell-${cell.code}`}
        data-state={cell.state}
        aria-label={t(m.cellLabel, { code: cell.code, name, state, ...counts })}
        onClick={() => {
          void navigate(standardsListUrl({ direction: [cell.code], asOf: linkAsOf }));
        }}
      >
        <span className="heatmap-code">{cell.code}</span>
        <span className="heatmap-counts">{t(m.cellCounts, counts)}</span>
        <span className="heatmap-glyph" aria-hidden>
          {stateGlyphs[cell.state]}
        </span>
      </button>
    </Tooltip>
  );
}

/** What the colours and shapes mean. */
export function CoverageLegend() {
  const { t } = useI18n();
  return (
    <div className="heatmap-legend">
      <span className="heatmap-legend-title">{t(m.legend)}</span>
      <ul className="heatmap-legend-items">
        {coverageStates.map((state) => (
          <li key={state}>
            <span className={`heatmap-swatch heatmap-cell-${state}`} aria-hidden>
              {stateGlyphs[state]}
            </span>
            <strong>{t(coverageStateLabels[state])}</strong> {t(stateHelp[state])}
          </li>
        ))}
      </ul>
      <span className="heatmap-legend-counts">{t(m.countsLegend)}</span>
    </div>
  );
}

/** The same numbers as the heatmap, one row per direction. */
export function CoverageTable({ rows, linkAsOf }: CoverageProps) {
  const { t, lang } = useI18n();
  return (
    <div className="dash-table-wrap">
      <table className="dash-table">
        <caption>{t(m.coverageCaption)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(m.part)}</th>
            <th scope="col">{t(m.code)}</th>
            <th scope="col">{t(m.direction)}</th>
            <th scope="col">{t(standardLevelLabels.national)}</th>
            <th scope="col">{t(standardLevelLabels.industry)}</th>
            <th scope="col">{t(standardLevelLabels.group)}</th>
            <th scope="col">{t(standardLevelLabels.local)}</th>
            <th scope="col">{t(m.pipeline)}</th>
            <th scope="col">{t(m.state)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) =>
            row.cells.map((cell) => (
              <tr key={cell.code}>
                <td>{row.partCode}</td>
                <th scope="row">
                  <Link to={standardsListUrl({ direction: [cell.code], asOf: linkAsOf })}>{cell.code}</Link>
                </th>
                <td>{cell.path[lang]}</td>
                <td>{cell.national}</td>
                <td>{cell.industry}</td>
                <td>{cell.group}</td>
                <td>{cell.local}</td>
                <td>{cell.pipeline}</td>
                <td>{t(coverageStateLabels[cell.state])}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Chart heights, known before the charts load, so their skeletons hold the same place. */
export const CUMULATIVE_CHART_HEIGHT = 320;

const BAR_ROW = 30;

/** A bar chart's height for this many bars. */
export function breakdownChartHeight(bars: number): number {
  return Math.max(2, bars) * BAR_ROW + 24;
}

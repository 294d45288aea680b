import type { BreakdownResponse, TimelineResponse } from '@cloudstd/shared/schemas/dashboard';
import { enterprisesListUrl } from './enterprises-query.ts';

/** Chart sizes, known before the charts' code loads, so their skeletons hold the same place. */
export const TIME_CHART_HEIGHT = 280;
const BAR_ROW = 28;
export const barChartHeight = (bars: number) => Math.max(3, bars) * BAR_ROW + 16;

export interface AdoptionPoint {
  month: string;
  /** Adopting enterprises at the month's end (at the as-of date in its own month); null after it. */
  enterprises: number | null;
  trajectory: number | null;
}

/** The timeline's enterprise series, month by month over the target window. */
export function timelineToAdoptionPoints(timeline: TimelineResponse): AdoptionPoint[] {
  return timeline.points.map((point) => ({
    month: point.month,
    enterprises: point.enterprises,
    trajectory: point.enterprisesTrajectory,
  }));
}

export interface AdoptionBar {
  key: string;
  label: string;
  count: number;
  /** What the bar counts, as a page: the filtered enterprise list, or the standard. */
  href: string | null;
}

/**
 * One bar per industry, province or standard, largest first, "not recorded" (an empty key) last.
 * Industry and province bars open the enterprise list filtered to them; standard bars the standard.
 */
export function breakdownToBars(
  by: 'industry' | 'province' | 'standard',
  items: BreakdownResponse['items'],
  notRecorded: string,
  /** A key's label in the reader's language (e.g. a province's English name); the key itself otherwise. */
  labelOf: (key: string) => string = (key) => key,
): AdoptionBar[] {
  const recorded = items
    .filter((item) => item.key !== '')
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const bars: AdoptionBar[] = recorded.map((item) => ({
    key: item.key,
    label: item.label ?? labelOf(item.key),
    count: item.count,
    href:
      by === 'standard'
        ? `/standards/${encodeURIComponent(item.key)}`
        : enterprisesListUrl(by === 'industry' ? { industry: [item.key] } : { province: [item.key] }),
  }));
  const unrecorded = items.find((item) => item.key === '');
  if (unrecorded) bars.push({ key: '', label: notRecorded, count: unrecorded.count, href: null });
  return bars;
}

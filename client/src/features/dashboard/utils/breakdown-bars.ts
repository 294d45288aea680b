import { committeeLabel } from '@cloudstd/shared/domain/committees';
import { standardLevelLabels, standardStatusLabels } from '@cloudstd/shared/domain/labels';
import type { BreakdownResponse } from '@cloudstd/shared/schemas/dashboard';
import { standardStatuses } from '@cloudstd/shared/domain/standard-status';
import type { BreakdownDimension } from '../../../api/get-breakdown.ts';
import type { Bilingual } from '../../../lib/i18n.tsx';
import { dashboardMessages as m } from '../messages.ts';
import { standardsListUrl } from '../../../lib/standards-link.ts';

type BreakdownItem = BreakdownResponse['items'][number];

/** One bar (and table row): its label in both languages, its count, and the list it opens. */
export interface BreakdownBar {
  key: string;
  label: Bilingual;
  count: number;
  /** The filtered standards list; null when the list cannot filter to it (no committee, the "others" bar). */
  href: string | null;
}

const levelOrder = ['national', 'industry', 'group', 'local', 'other'] as const;
const levelLabels: Record<string, Bilingual> = standardLevelLabels;
const statusLabels: Record<string, Bilingual> = standardStatusLabels;

/** Committees beyond this many share one "others" bar; the table still lists each. */
export const MAX_COMMITTEE_BARS = 8;

function inOrder(items: readonly BreakdownItem[], order: readonly string[]): BreakdownItem[] {
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  return [...items].sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

interface BreakdownOptions {
  /** The dashboard's as-of date: statuses are dated by it. */
  asOf: string;
  /** The as-of date to carry into other links; undefined (today) keeps them short. */
  linkAsOf: string | undefined;
}

/**
 * Every row of a breakdown as labelled bars: levels and statuses in their natural order, committees
 * by count with "not recorded" last.
 */
export function breakdownRows(
  by: BreakdownDimension,
  items: readonly BreakdownItem[],
  { asOf, linkAsOf }: BreakdownOptions,
): BreakdownBar[] {
  switch (by) {
    case 'level':
      return inOrder(items, levelOrder).map((item) => ({
        key: item.key,
        label: levelLabels[item.key] ?? { zh: item.key, en: item.key },
        count: item.count,
        href: standardsListUrl({ level: [item.key], asOf: linkAsOf }),
      }));
    case 'status':
      return inOrder(items, standardStatuses).map((item) => ({
        key: item.key,
        label: statusLabels[item.key] ?? { zh: item.key, en: item.key },
        count: item.count,
        href: standardsListUrl({ status: [item.key], asOf }),
      }));
    case 'committee': {
      const recorded = items
        .filter((item) => item.key !== '')
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
      const unrecorded = items.filter((item) => item.key === '');
      return [
        ...recorded.map((item) => ({
          key: item.key,
          label: { zh: committeeLabel(item.key, 'zh'), en: committeeLabel(item.key, 'en') },
          count: item.count,
          href: standardsListUrl({ committee: item.key, asOf: linkAsOf }),
        })),
        ...unrecorded.map((item) => ({ key: '', label: m.noCommittee, count: item.count, href: null })),
      ];
    }
    case 'part':
      return inOrder(items, []).map((item) => ({
        key: item.key,
        label: fillPlaceholder(m.partLabel, 'code', item.key),
        count: item.count,
        href: standardsListUrl({ part: [item.key], asOf: linkAsOf }),
      }));
    // Adopting enterprises (the enterprises pages draw these); an empty key is "not recorded".
    case 'industry':
    case 'province':
    case 'standard':
      return items.map((item) => ({
        key: item.key,
        label: item.key === '' ? m.noCommittee : { zh: item.label ?? item.key, en: item.label ?? item.key },
        count: item.count,
        href: null,
      }));
  }
}

/** A label with one placeholder filled in both languages. */
function fillPlaceholder(text: Bilingual, name: string, value: string): Bilingual {
  return { zh: text.zh.replace(`{${name}}`, value), en: text.en.replace(`{${name}}`, value) };
}

/** The bars a chart draws: at most `max`, the rest summed into one "others" bar. */
export function limitBars(rows: readonly BreakdownBar[], max: number): BreakdownBar[] {
  if (rows.length <= max) return [...rows];
  const shown = rows.slice(0, max - 1);
  const rest = rows.slice(max - 1);
  return [
    ...shown,
    {
      key: '__others__',
      label: fillPlaceholder(m.otherCommittees, 'count', String(rest.length)),
      count: rest.reduce((sum, row) => sum + row.count, 0),
      href: null,
    },
  ];
}

/**
 * A plan's schedule (计划, PRODUCT.md §3): due `period` months after its issue date (下达日期), or on the
 * latest extension's date (延期); overdue (超期) at D when not published by its due date and D is past it.
 * Stage norms after GB/T 16733: 立项 ≤ 3 months, 起草 ≤ 10, 征求意见 ≤ 2.
 */
export const stageNormMonths = { approved: 3, drafting: 10, draft: 2 } as const;

/** `YYYY-MM-DD` plus whole months; a day past the target month's end falls on that month's last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The due date: the latest extension's new date, else the issue date plus the period in months. */
export function planDueOn(
  issuedOn: string,
  periodMonths: number,
  extensions: readonly { dueOn: string }[] = [],
): string {
  const extended = extensions.map((extension) => extension.dueOn).sort();
  return extended.at(-1) ?? addMonths(issuedOn, periodMonths);
}

/** Overdue (超期) at `asOf`: past its due date and not published on or before `asOf`. */
export function isPlanOverdue(dueOn: string, publishedOn: string | null, asOf: string): boolean {
  if (publishedOn !== null && publishedOn <= asOf) return false;
  return dueOn < asOf;
}

/** Whole months from `from` to `to` (both `YYYY-MM-DD`), counting a month once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

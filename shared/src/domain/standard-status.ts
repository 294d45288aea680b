/**
 * A standard's lifecycle: dated milestones in lifecycle order. The status on a date D is the latest
 * milestone reached on or before D ('none' before the first). Milestones are validated to be in order
 * (see `checkMilestoneOrder`), so "latest in the lifecycle" and "latest by date" agree; on equal dates the
 * later stage wins. The SQL mirror is `statusAsOfSql` in server/src/sql/standard-status.ts;
 * both are tested on the same fixtures.
 */
export const milestones = [
  { field: 'approvedOn', status: 'approved', zh: '立项', en: 'Approved' },
  { field: 'draftOn', status: 'draft', zh: '征求意见', en: 'Draft for comment' },
  { field: 'submittedOn', status: 'submitted', zh: '报批', en: 'Submitted' },
  { field: 'publishedOn', status: 'published', zh: '发布', en: 'Published' },
  { field: 'inForceOn', status: 'in_force', zh: '实施', en: 'In force' },
  { field: 'withdrawnOn', status: 'withdrawn', zh: '废止', en: 'Withdrawn' },
] as const;

export type MilestoneField = (typeof milestones)[number]['field'];
/** 被代替 (replaced): withdrawn, with a successor in force on or before the date; 废止 (withdrawn) has none. */
export type StandardStatus = 'none' | (typeof milestones)[number]['status'] | 'replaced';
export const standardStatuses = [
  'none',
  ...milestones.map((m) => m.status),
  'replaced',
] as const satisfies readonly StandardStatus[];

export type MilestoneDates = { [K in MilestoneField]: string | null };

/** A standard's dates and, when a registered standard replaces it, the date that successor came into force. */
export type StatusDates = MilestoneDates & { readonly replacedOn?: string | null | undefined };

/**
 * The latest milestone on or before `asOf` (both `YYYY-MM-DD`; such strings compare as dates); a standard
 * withdrawn on or before `asOf` whose successor is in force by then (`replacedOn` ≤ `asOf`) is 'replaced'.
 */
export function statusAsOf(dates: StatusDates, asOf: string): StandardStatus {
  for (let i = milestones.length - 1; i >= 0; i--) {
    const milestone = milestones[i];
    if (!milestone) continue;
    const date = dates[milestone.field];
    if (date !== null && date <= asOf) {
      const replacedOn = dates.replacedOn ?? null;
      if (milestone.status === 'withdrawn' && replacedOn !== null && replacedOn <= asOf) return 'replaced';
      return milestone.status;
    }
  }
  return 'none';
}

export interface MilestoneProblem {
  field: MilestoneField | 'number';
  messageZh: string;
  messageEn: string;
}

const label = (field: MilestoneField) => milestones.find((m) => m.field === field) ?? milestones[0];

/**
 * Milestones must follow the lifecycle: approved ≤ draft ≤ submitted ≤ published ≤ in force, and
 * withdrawn strictly after published. Being in force or withdrawn needs a publication date, and a
 * published standard needs its number.
 */
export function checkMilestoneOrder(dates: MilestoneDates, hasNumber: boolean): MilestoneProblem[] {
  const problems: MilestoneProblem[] = [];
  const ordered: MilestoneField[] = ['approvedOn', 'draftOn', 'submittedOn', 'publishedOn', 'inForceOn'];
  for (let i = 0; i < ordered.length; i++) {
    const later = ordered[i];
    const laterDate = later ? dates[later] : null;
    if (!later || laterDate === null) continue;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = ordered[j];
      const earlierDate = earlier ? dates[earlier] : null;
      if (!earlier || earlierDate === null) continue;
      if (earlierDate > laterDate) {
        problems.push({
          field: later,
          messageZh: `${label(later).zh}日期不能早于${label(earlier).zh}日期（${earlierDate}）`,
          messageEn: `${label(later).en} date cannot be before the ${label(earlier).en.toLowerCase()} date (${earlierDate})`,
        });
      }
      break;
    }
  }
  if (dates.inForceOn !== null && dates.publishedOn === null) {
    problems.push({
      field: 'inForceOn',
      messageZh: '有实施日期时必须填写发布日期',
      messageEn: 'An in-force date needs a publication date',
    });
  }
  if (dates.withdrawnOn !== null) {
    if (dates.publishedOn === null) {
      problems.push({
        field: 'withdrawnOn',
        messageZh: '有废止日期时必须填写发布日期',
        messageEn: 'A withdrawal date needs a publication date',
      });
    } else if (dates.withdrawnOn <= dates.publishedOn) {
      problems.push({
        field: 'withdrawnOn',
        messageZh: `废止日期必须晚于发布日期（${dates.publishedOn}）`,
        messageEn: `Withdrawal must come after publication (${dates.publishedOn})`,
      });
    }
  }
  if (dates.publishedOn !== null && !hasNumber) {
    problems.push({
      field: 'number',
      messageZh: '已发布的标准必须填写标准号',
      messageEn: 'A published standard needs its number',
    });
  }
  return problems;
}

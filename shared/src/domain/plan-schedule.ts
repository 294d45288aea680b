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

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type PlanStage = keyof typeof stageNormMonths | 'submitted';

export interface PlanStageAsOf {
  stage: PlanStage;
  /** The date the stage began. */
  since: string;
  monthsInStage: number;
  /** The stage's GB/T 16733 norm; null for 报批 (no norm). */
  normMonths: number | null;
  /** Whole months beyond the norm (0 when within it). */
  monthsOverNorm: number;
}

/**
 * The stage a project is in at `asOf` by its recorded dates, after GB/T 16733: 立项 from the approval until
 * the plan is issued (≤ 3 months), 起草 from the plan's issue (or, without one, the approval) until the
 * draft for comment (≤ 10), 征求意见 until submission (≤ 2), then 报批 (no norm). Null before the approval
 * or issue, and once published.
 */
export function planStageAsOf(
  dates: {
    approvedOn: string | null;
    planIssuedOn: string | null;
    draftOn: string | null;
    submittedOn: string | null;
    publishedOn: string | null;
  },
  asOf: string,
): PlanStageAsOf | null {
  const reached = (date: string | null): date is string => date !== null && date <= asOf;
  if (reached(dates.publishedOn)) return null;
  const stageFrom = (stage: PlanStage, since: string): PlanStageAsOf => {
    const monthsInStage = monthsBetween(since, asOf);
    const normMonths = stage === 'submitted' ? null : stageNormMonths[stage];
    return {
      stage,
      since,
      monthsInStage,
      normMonths,
      monthsOverNorm: Math.max(0, monthsInStage - (normMonths ?? monthsInStage)),
    };
  };
  if (reached(dates.submittedOn)) return stageFrom('submitted', dates.submittedOn);
  if (reached(dates.draftOn)) return stageFrom('draft', dates.draftOn);
  if (reached(dates.planIssuedOn)) return stageFrom('drafting', dates.planIssuedOn);
  // Approved with the plan still to be issued: 立项; approved with no issue date recorded: drafting since.
  if (reached(dates.approvedOn))
    return stageFrom(dates.planIssuedOn === null ? 'drafting' : 'approved', dates.approvedOn);
  return null;
}

/** A plan's problem, named by the standard's field (`planExtensions.0.dueOn`), in both languages. */
export interface PlanProblem {
  field: string;
  messageZh: string;
  messageEn: string;
}

/**
 * A plan's rules: its issue date and period go together, extensions need a plan, an extension is not
 * granted before the plan was issued, and each moves the due date later than the one it extends.
 */
export function planProblems(plan: {
  planIssuedOn: string | null;
  planPeriodMonths: number | null;
  planExtensions: readonly { grantedOn: string; dueOn: string }[];
}): PlanProblem[] {
  const { planIssuedOn, planPeriodMonths, planExtensions } = plan;
  if (planIssuedOn === null) {
    return planPeriodMonths !== null || planExtensions.length > 0
      ? [
          {
            field: 'planIssuedOn',
            messageZh: '填写项目周期或延期时须填写计划下达日期',
            messageEn: 'A period or an extension needs the plan’s issue date',
          },
        ]
      : [];
  }
  if (planPeriodMonths === null) {
    return [
      {
        field: 'planPeriodMonths',
        messageZh: '请填写项目周期（月）',
        messageEn: 'Enter the plan’s period in months',
      },
    ];
  }
  const errors: PlanProblem[] = [];
  let due = planDueOn(planIssuedOn, planPeriodMonths);
  planExtensions.forEach((extension, index) => {
    if (extension.grantedOn < planIssuedOn) {
      errors.push({
        field: `planExtensions.${index}.grantedOn`,
        messageZh: `延期日期（${extension.grantedOn}）不能早于计划下达日期（${planIssuedOn}）`,
        messageEn: `An extension (${extension.grantedOn}) cannot be granted before the plan was issued (${planIssuedOn})`,
      });
    }
    if (extension.dueOn <= due) {
      errors.push({
        field: `planExtensions.${index}.dueOn`,
        messageZh: `延期后的完成日期（${extension.dueOn}）应晚于原完成日期（${due}）`,
        messageEn: `The extended due date (${extension.dueOn}) must be after the due date it extends (${due})`,
      });
    } else {
      due = extension.dueOn;
    }
  });
  return errors;
}

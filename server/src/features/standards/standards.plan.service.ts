import type { Database } from '@cloudstd/db/tables';
import { daysBetween, planStageAsOf } from '@cloudstd/shared/domain/plan-schedule';
import { statusAsOf } from '@cloudstd/shared/domain/standard-status';
import type { PlanTracking, PlanTrackingItem, PlanTrackingQuery } from '@cloudstd/shared/schemas/plan';
import type { Kysely } from 'kysely';
import { planScheduleOf, standardRowToContent, statusDatesOfRow } from './standards.content.service.ts';
import * as repo from './standards.repository.ts';

/**
 * 计划跟踪 (PRODUCT.md §3): the plans open at D — issued on or before it, not published by it — with their
 * due date and overdue days (shared/src/domain/plan-schedule.ts) and the stage they are in against its
 * GB/T 16733 norm. The overdue come first, the longest overdue first; then by due date.
 */
export async function listPlanTracking(db: Kysely<Database>, query: PlanTrackingQuery): Promise<PlanTracking> {
  const rows = await repo.listOpenPlans(db, query.asOf);
  const items = rows.flatMap((row): PlanTrackingItem[] => {
    const content = standardRowToContent(row, []);
    const { planDueOn, planOverdue } = planScheduleOf(content, query.asOf);
    if (planDueOn === null || content.planIssuedOn === null || content.planPeriodMonths === null) return [];
    const stage = planStageAsOf(content, query.asOf);
    return [
      {
        id: row.id,
        number: row.number,
        planNumber: row.plan_number,
        titleZh: row.title_zh,
        level: row.level,
        committee: row.committee,
        status: statusAsOf(statusDatesOfRow(row), query.asOf),
        planIssuedOn: content.planIssuedOn,
        planPeriodMonths: content.planPeriodMonths,
        extensions: content.planExtensions.length,
        dueOn: planDueOn,
        overdue: planOverdue,
        overdueDays: planOverdue ? daysBetween(planDueOn, query.asOf) : 0,
        stage: stage?.stage ?? null,
        stageSince: stage?.since ?? null,
        monthsInStage: stage?.monthsInStage ?? null,
        stageNormMonths: stage?.normMonths ?? null,
        monthsOverNorm: stage?.monthsOverNorm ?? 0,
      },
    ];
  });
  const kept = items.filter(
    (item) => (!query.overdue || item.overdue) && (query.stage === undefined || item.stage === query.stage),
  );
  kept.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      b.overdueDays - a.overdueDays ||
      a.dueOn.localeCompare(b.dueOn) ||
      a.id - b.id,
  );
  return { asOf: query.asOf, items: kept };
}

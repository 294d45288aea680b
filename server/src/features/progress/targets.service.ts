import type { Database, TargetMilestoneRow, TargetSetRow } from '@cloudstd/db/tables';
import type { TargetSet, UpdateTargetSetInput } from '@cloudstd/shared/schemas/target-set';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import * as repo from './targets.repository.ts';

/** The one row → API mapping for target sets. */
export function targetSetRowToTargetSet(row: TargetSetRow, milestones: TargetMilestoneRow[]): TargetSet {
  return {
    key: row.key,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    source: row.source,
    isDefault: row.is_default,
    standardsGoal: row.standards_goal,
    standardsStretch: row.standards_stretch,
    windowStart: row.window_start,
    windowEnd: row.window_end,
    countedLevels: row.counted_levels,
    countedKinds: row.counted_kinds,
    enterprisesGoal: row.enterprises_goal,
    enterprisesDue: row.enterprises_due,
    enterpriseCounting: row.enterprise_counting,
    partsGoal: row.parts_goal,
    framework: row.framework_key,
    milestones: milestones
      .filter((m) => m.target_set_id === row.id)
      .map((m) => ({
        code: m.code,
        nameZh: m.name_zh,
        nameEn: m.name_en,
        dueOn: m.due_on,
        directions: m.direction_codes,
        kinds: m.kinds,
        tag: m.tag,
      })),
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function listTargetSets(db: Kysely<Database>): Promise<TargetSet[]> {
  const rows = await repo.listTargetSetRows(db);
  const milestones = await repo.listMilestoneRows(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => targetSetRowToTargetSet(row, milestones));
}

function unknownTargetSet(key: string, field: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    errors: [{ field, messageZh: `未知的目标集：${key}`, messageEn: `Unknown target set: ${key}` }],
  });
}

/**
 * The named target set (default when none is named); an unknown key is a 400 on the query parameter
 * that named it (`targetSet`, or `countedFor` for the standards list).
 */
export async function resolveTargetSet(
  db: Kysely<Database>,
  key: string | undefined,
  field = 'targetSet',
): Promise<TargetSet> {
  const row = await repo.findTargetSetRow(db, key);
  if (!row) throw unknownTargetSet(key ?? '(default)', field);
  return targetSetRowToTargetSet(row, await repo.listMilestoneRows(db, [row.id]));
}

/** An admin's edit of goals, window and counted levels/kinds; version-checked and audited. */
export async function updateTargetSet(
  db: Kysely<Database>,
  key: string,
  input: UpdateTargetSetInput,
  actor: Actor,
): Promise<TargetSet> {
  return db.transaction().execute(async (trx) => {
    const row = await repo.lockTargetSetRow(trx, key);
    if (!row)
      throw new AppError('NOT_FOUND', {
        detail: { zh: `目标集 ${key} 不存在`, en: `Target set ${key} does not exist` },
      });
    const before = targetSetRowToTargetSet(row, await repo.listMilestoneRows(trx, [row.id]));
    if (row.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', { extensions: { current: before } });
    }
    const next = {
      name_zh: input.nameZh ?? row.name_zh,
      name_en: input.nameEn ?? row.name_en,
      standards_goal: input.standardsGoal ?? row.standards_goal,
      standards_stretch: input.standardsStretch === undefined ? row.standards_stretch : input.standardsStretch,
      window_start: input.windowStart ?? row.window_start,
      window_end: input.windowEnd ?? row.window_end,
      counted_levels: input.countedLevels ? [...new Set(input.countedLevels)] : row.counted_levels,
      counted_kinds: input.countedKinds ? [...new Set(input.countedKinds)] : row.counted_kinds,
      enterprises_goal: input.enterprisesGoal === undefined ? row.enterprises_goal : input.enterprisesGoal,
      enterprises_due: input.enterprisesDue === undefined ? row.enterprises_due : input.enterprisesDue,
      enterprise_counting: input.enterpriseCounting ?? row.enterprise_counting,
    };
    const errors = [];
    if (next.window_start > next.window_end) {
      errors.push({
        field: 'windowEnd',
        messageZh: '截止日期不能早于起始日期',
        messageEn: 'The window cannot end before it starts',
      });
    }
    if (next.standards_stretch !== null && next.standards_stretch < next.standards_goal) {
      errors.push({
        field: 'standardsStretch',
        messageZh: '力争目标不能低于最低目标',
        messageEn: 'The stretch goal cannot be below the minimum',
      });
    }
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
    if (input.isDefault) await repo.clearDefaultTargetSet(trx);
    await repo.updateTargetSetRow(trx, row.id, {
      ...next,
      ...(input.isDefault ? { is_default: true } : {}),
      updated_by: actor.id,
    });
    const updated = await resolveTargetSet(trx, key);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'target_set',
      entityId: key,
      before,
      after: updated,
      requestId: actor.requestId,
    });
    return updated;
  });
}

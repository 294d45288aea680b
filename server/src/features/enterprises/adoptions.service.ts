import type { AdoptionRow, Database } from '@cloudstd/db/tables';
import { todayInChina } from '@cloudstd/shared/domain/calendar';
import type {
  Adoption,
  AdoptionList,
  CreateAdoptionInput,
  ListAdoptionsQuery,
} from '@cloudstd/shared/schemas/enterprise';
import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import * as repo from './adoptions.repository.ts';

/** Adoptions: which enterprise adopted which standard, when and on what evidence. */

type Db = Kysely<Database> | Transaction<Database>;

/** What an adoption row records, as the API names it (the bulk import compares rows with this). */
export function adoptionRecordOf(row: AdoptionRow) {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    standardId: row.standard_id,
    adoptedOn: row.adopted_on,
    evidence: row.evidence,
    stages: row.stages,
    assessmentBody: row.assessment_body,
    assessmentResult: row.assessment_result,
    reference: row.reference,
    notes: row.notes,
  };
}

/** The one row → API mapping for adoptions. */
export function adoptionRowToAdoption(row: repo.AdoptionRowWithDetails): Adoption {
  return {
    ...adoptionRecordOf(row),
    enterpriseName: row.enterprise_name,
    enterpriseCreditCode: row.enterprise_credit_code,
    standardNumber: row.standard_number,
    standardPlanNumber: row.standard_plan_number,
    standardTitleZh: row.standard_title_zh,
    standardTitleEn: row.standard_title_en,
    standardDeleted: row.standard_deleted_at !== null,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by_name,
  };
}

export async function listAdoptionsPage(db: Db, query: ListAdoptionsQuery): Promise<AdoptionList> {
  const { rows, total } = await repo.listAdoptions(db, query);
  return { items: rows.map(adoptionRowToAdoption), total, page: query.page, pageSize: query.pageSize };
}

/** Why an adoption was not recorded, for callers that collect outcomes (the import) rather than throw. */
type AdoptionRefusal =
  | { reason: 'enterprise_missing' }
  | { reason: 'standard_missing' }
  | { reason: 'future_date'; today: string }
  | { reason: 'assessment_without_assessment' }
  | { reason: 'duplicate'; existing: Adoption };

/**
 * Records an adoption inside the caller's transaction, audited, or says why not without throwing:
 * the enterprise must be live, the standard registered and not deleted (it is locked FOR SHARE so a
 * concurrent deletion waits), the date no later than today, and the pair new — an enterprise adopting
 * the same standard twice is one adoption (`duplicate` returns the existing one). The count's rollup is
 * kept by database triggers in the same transaction.
 */
async function recordAdoption(
  trx: Db,
  input: CreateAdoptionInput,
  actor: Actor,
): Promise<{ ok: true; adoption: Adoption } | ({ ok: false } & AdoptionRefusal)> {
  const today = todayInChina();
  if (input.adoptedOn > today) return { ok: false, reason: 'future_date', today };
  if (input.evidence !== 'assessment' && (input.assessmentBody || input.assessmentResult)) {
    return { ok: false, reason: 'assessment_without_assessment' };
  }
  const enterprise = await repo.findEnterpriseForAdoption(trx, input.enterpriseId);
  if (!enterprise || enterprise.deleted_at !== null) return { ok: false, reason: 'enterprise_missing' };
  const standard = await repo.lockStandardForAdoption(trx, input.standardId);
  if (!standard || standard.deleted_at !== null) return { ok: false, reason: 'standard_missing' };
  const id = await repo.insertAdoptionUnlessExists(trx, {
    enterprise_id: input.enterpriseId,
    standard_id: input.standardId,
    adopted_on: input.adoptedOn,
    evidence: input.evidence,
    stages: input.stages ?? [],
    assessment_body: input.assessmentBody ?? null,
    assessment_result: input.assessmentResult ?? null,
    reference: input.reference ?? null,
    notes: input.notes ?? null,
    created_by: actor.id,
  });
  if (id === undefined) {
    const existing = await repo.findAdoptionOf(trx, input.enterpriseId, input.standardId);
    if (!existing) throw new Error('adoption conflict without a row');
    return { ok: false, reason: 'duplicate', existing: adoptionRowToAdoption(existing) };
  }
  const row = await repo.findAdoptionById(trx, id);
  if (!row) throw new Error(`adoption ${id} vanished`);
  const adoption = adoptionRowToAdoption(row);
  await recordAudit(trx, {
    actorId: actor.id,
    action: 'create',
    entity: 'adoption',
    entityId: id,
    after: adoptionContent(adoption),
    requestId: actor.requestId,
  });
  return { ok: true, adoption };
}

/** An adoption as its audit entries record it (also used by the bulk import's writer). */
export function adoptionContent(adoption: Adoption) {
  return {
    enterpriseId: adoption.enterpriseId,
    enterpriseName: adoption.enterpriseName,
    creditCode: adoption.enterpriseCreditCode,
    standardId: adoption.standardId,
    standardNumber: adoption.standardNumber ?? adoption.standardPlanNumber,
    adoptedOn: adoption.adoptedOn,
    evidence: adoption.evidence,
    stages: adoption.stages,
    assessmentBody: adoption.assessmentBody,
    assessmentResult: adoption.assessmentResult,
    reference: adoption.reference,
    notes: adoption.notes,
  };
}

export async function createAdoption(
  db: Kysely<Database>,
  input: CreateAdoptionInput,
  actor: Actor,
): Promise<Adoption> {
  return db.transaction().execute(async (trx) => {
    const outcome = await recordAdoption(trx, input, actor);
    if (outcome.ok) return outcome.adoption;
    switch (outcome.reason) {
      case 'duplicate':
        throw new AppError('ADOPTION_EXISTS', {
          detail: {
            zh: `${outcome.existing.enterpriseName} 已于 ${outcome.existing.adoptedOn} 登记贯标该标准`,
            en: `${outcome.existing.enterpriseName} already has this standard recorded, adopted on ${outcome.existing.adoptedOn}`,
          },
          extensions: { existing: outcome.existing },
        });
      case 'enterprise_missing':
        throw new AppError('VALIDATION_FAILED', {
          errors: [
            {
              field: 'enterpriseId',
              messageZh: '企业不存在或已删除',
              messageEn: 'No such enterprise (or it was deleted)',
            },
          ],
        });
      case 'standard_missing':
        throw new AppError('VALIDATION_FAILED', {
          errors: [
            { field: 'standardId', messageZh: '标准不存在或已删除', messageEn: 'No such standard (or it was deleted)' },
          ],
        });
      case 'assessment_without_assessment':
        throw new AppError('VALIDATION_FAILED', {
          errors: [
            {
              field: 'assessmentBody',
              messageZh: '评估机构和评估结果只用于“第三方评估/测评”类证明',
              messageEn: 'The assessing body and result belong to third-party assessment evidence only',
            },
          ],
        });
      case 'future_date':
        throw new AppError('VALIDATION_FAILED', {
          errors: [
            {
              field: 'adoptedOn',
              messageZh: `贯标日期不能晚于今天（${outcome.today}）`,
              messageEn: `The adoption date cannot be later than today (${outcome.today})`,
            },
          ],
        });
    }
  });
}

/** Adoptions are deleted for good (a wrong record, not a lifecycle step); the audit log keeps what it was. */
export async function deleteAdoption(db: Kysely<Database>, id: number, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await repo.findAdoptionById(trx, id);
    if (!row) {
      throw new AppError('NOT_FOUND', { detail: { zh: `贯标记录 ${id} 不存在`, en: `Adoption ${id} does not exist` } });
    }
    await repo.deleteAdoption(trx, id);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'delete',
      entity: 'adoption',
      entityId: id,
      before: adoptionContent(adoptionRowToAdoption(row)),
      requestId: actor.requestId,
    });
  });
}

import type { Database } from '@cloudstd/db/tables';
import { parseCreditCode } from '@cloudstd/shared/domain/credit-code';
import type {
  DraftedStandards,
  DraftedStandardsQuery,
  CreateEnterpriseInput,
  Enterprise,
  EnterpriseList,
  ListEnterprisesQuery,
  UpdateEnterpriseInput,
} from '@cloudstd/shared/schemas/enterprise';
import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, assertVersion } from '../../http/errors.ts';
import { isUniqueViolation } from '../../sql/errors.ts';
import * as repo from './enterprises.repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The one row → API mapping for enterprises. */
export function enterpriseRowToEnterprise(row: repo.EnterpriseRowWithDetails): Enterprise {
  const parsed = parseCreditCode(row.credit_code);
  return {
    id: row.id,
    name: row.name,
    creditCode: row.credit_code,
    industry: row.industry,
    province: row.province,
    size: row.size,
    notes: row.notes,
    version: row.version,
    creditCodeOverride:
      row.credit_code_override_reason === null
        ? null
        : {
            reason: row.credit_code_override_reason,
            by: row.override_by_name,
            at: (row.credit_code_override_at ?? row.updated_at).toISOString(),
            expectedCheckCharacter: parsed.ok ? '' : (parsed.error.expectedCheckCharacter ?? ''),
          },
    adoptionCount: row.adoption_count,
    firstAdoptedOn: row.first_on,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: row.created_by_name,
    updatedBy: row.updated_by_name,
    deletedAt: row.deleted_at?.toISOString() ?? null,
  };
}

/** What a person edits about an enterprise: what audit snapshots hold. */
interface EnterpriseContent {
  name: string;
  creditCode: string;
  industry: string | null;
  province: string | null;
  size: Enterprise['size'];
  notes: string | null;
}

/** An enterprise as its audit entries record it (also used by the bulk import's writer). */
export function contentOf(enterprise: Enterprise): EnterpriseContent & { creditCodeOverride?: { reason: string } } {
  return {
    name: enterprise.name,
    creditCode: enterprise.creditCode,
    industry: enterprise.industry,
    province: enterprise.province,
    size: enterprise.size,
    notes: enterprise.notes,
    ...(enterprise.creditCodeOverride ? { creditCodeOverride: { reason: enterprise.creditCodeOverride.reason } } : {}),
  };
}

function enterpriseNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', { detail: { zh: `企业 ${id} 不存在`, en: `Enterprise ${id} does not exist` } });
}

function creditCodeTaken(existing: { id: number; name: string; credit_code: string }): AppError {
  return new AppError('CREDIT_CODE_TAKEN', {
    detail: {
      zh: `统一社会信用代码 ${existing.credit_code} 已登记为“${existing.name}”，请编辑该记录`,
      en: `Credit code ${existing.credit_code} is already recorded for “${existing.name}”; edit that record instead`,
    },
    extensions: { existing: { id: existing.id, name: existing.name, creditCode: existing.credit_code } },
  });
}

/**
 * How a code whose format the schema accepted is to be stored: with no override when its check character
 * is right; with the admin's reason when it fails and an admin overrides. Otherwise refused: 400
 * CREDIT_CODE_CHECKSUM naming the expected character, or 403 when someone other than an admin overrides
 * (a checksum failure is a data-quality decision the audit log attributes to an admin).
 */
function decideCreditCode(
  creditCode: string,
  override: { reason: string } | undefined,
  actor: Actor,
): { reason: string } | null {
  const parsed = parseCreditCode(creditCode);
  if (parsed.ok) return null;
  if (!parsed.error.overridable) {
    // The schema refuses these; kept so that no other caller can store a malformed code.
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ field: 'creditCode', messageZh: parsed.error.messageZh, messageEn: parsed.error.messageEn }],
    });
  }
  if (!override) {
    throw new AppError('CREDIT_CODE_CHECKSUM', {
      detail: {
        zh: '校验位不符的代码可能录入有误；如确认代码无误（部分在用代码不符合校验规则），管理员可填写理由后仍然登记。',
        en: 'A code failing its check character is probably mistyped; if it is right (some codes in use fail the check), an administrator may record it with a reason.',
      },
      errors: [{ field: 'creditCode', messageZh: parsed.error.messageZh, messageEn: parsed.error.messageEn }],
      extensions: { expectedCheckCharacter: parsed.error.expectedCheckCharacter, overridable: true },
    });
  }
  if (actor.role !== 'admin') {
    throw new AppError('FORBIDDEN', {
      detail: {
        zh: '只有管理员可以登记校验位不符的统一社会信用代码',
        en: 'Only an administrator may record a credit code that fails its check character',
      },
    });
  }
  return override;
}

async function loadEnterprise(db: Db, id: number): Promise<Enterprise> {
  const row = await repo.findEnterpriseById(db, id);
  if (!row) throw enterpriseNotFound(id);
  return enterpriseRowToEnterprise(row);
}

export async function getEnterprise(db: Db, id: number): Promise<Enterprise> {
  return loadEnterprise(db, id);
}

/** The registered standards this enterprise drafted: its exact name among their 起草单位. */
export async function listDraftedStandards(
  db: Db,
  id: number,
  query: DraftedStandardsQuery,
): Promise<DraftedStandards> {
  const enterprise = await repo.findEnterpriseById(db, id);
  if (!enterprise) throw enterpriseNotFound(id);
  const rows = await repo.listDraftedStandards(db, enterprise.name, query.asOf);
  return {
    asOf: query.asOf,
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      planNumber: row.plan_number,
      titleZh: row.title_zh,
      level: row.level,
      status: row.status,
      publishedOn: row.published_on,
    })),
  };
}

export async function listEnterprisesPage(db: Db, query: ListEnterprisesQuery): Promise<EnterpriseList> {
  const { rows, total } = await repo.listEnterprises(db, query);
  return { items: rows.map(enterpriseRowToEnterprise), total, page: query.page, pageSize: query.pageSize };
}

/** A unique violation means another request stored the same code between our check and our write. */
async function rethrowCodeRace(db: Db, creditCode: string | undefined, error: unknown): Promise<never> {
  if (creditCode && isUniqueViolation(error)) {
    const existing = await repo.findLiveEnterpriseByCreditCode(db, creditCode);
    if (existing) throw creditCodeTaken(existing);
  }
  throw error;
}

function overrideColumns(override: { reason: string } | null, actor: Actor) {
  return override
    ? {
        credit_code_override_reason: override.reason,
        credit_code_override_by: actor.id,
        credit_code_override_at: new Date(),
      }
    : { credit_code_override_reason: null, credit_code_override_by: null, credit_code_override_at: null };
}

/** Records an enterprise inside the caller's transaction, audited; the credit code must be free. */
async function insertEnterpriseIn(trx: Db, input: CreateEnterpriseInput, actor: Actor): Promise<Enterprise> {
  const override = decideCreditCode(input.creditCode, input.creditCodeOverride, actor);
  const existing = await repo.findLiveEnterpriseByCreditCode(trx, input.creditCode);
  if (existing) throw creditCodeTaken(existing);
  const id = await repo.insertEnterprise(trx, {
    name: input.name,
    credit_code: input.creditCode,
    industry: input.industry ?? null,
    province: input.province ?? null,
    size: input.size ?? null,
    notes: input.notes ?? null,
    ...overrideColumns(override, actor),
    created_by: actor.id,
    updated_by: actor.id,
  });
  const created = await loadEnterprise(trx, id);
  await recordAudit(trx, {
    actorId: actor.id,
    action: 'create',
    entity: 'enterprise',
    entityId: id,
    after: contentOf(created),
    requestId: actor.requestId,
  });
  return created;
}

export async function createEnterprise(
  db: Kysely<Database>,
  input: CreateEnterpriseInput,
  actor: Actor,
): Promise<Enterprise> {
  try {
    return await db.transaction().execute((trx) => insertEnterpriseIn(trx, input, actor));
  } catch (error) {
    return rethrowCodeRace(db, input.creditCode, error);
  }
}

/**
 * Applies the fields given, but only if the caller edited the stored version (409 with the current
 * record otherwise). A new credit code is checked like a new enterprise's; an unchanged one keeps its
 * override, and a corrected (now valid) one drops it.
 */
export async function updateEnterprise(
  db: Kysely<Database>,
  id: number,
  input: UpdateEnterpriseInput,
  actor: Actor,
): Promise<Enterprise> {
  try {
    return await db.transaction().execute(async (trx) => {
      const locked = await repo.lockEnterprise(trx, id);
      if (!locked || locked.deleted_at !== null) throw enterpriseNotFound(id);
      const current = await loadEnterprise(trx, id);
      assertVersion(input.version, current);
      const codeChanged = input.creditCode !== undefined && input.creditCode !== current.creditCode;
      let overrideChange = {};
      if (codeChanged && input.creditCode !== undefined) {
        overrideChange = overrideColumns(decideCreditCode(input.creditCode, input.creditCodeOverride, actor), actor);
        const existing = await repo.findLiveEnterpriseByCreditCode(trx, input.creditCode, id);
        if (existing) throw creditCodeTaken(existing);
      }
      // A request that changes nothing writes nothing: the version stays, no audit entry.
      const differs = (field: 'name' | 'industry' | 'province' | 'size' | 'notes') =>
        input[field] !== undefined && input[field] !== current[field];
      if (!codeChanged && !(['name', 'industry', 'province', 'size', 'notes'] as const).some(differs)) return current;
      await repo.updateEnterprise(trx, id, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(codeChanged ? { credit_code: input.creditCode } : {}),
        ...(input.industry !== undefined ? { industry: input.industry } : {}),
        ...(input.province !== undefined ? { province: input.province } : {}),
        ...(input.size !== undefined ? { size: input.size } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...overrideChange,
        updated_by: actor.id,
      });
      const updated = await loadEnterprise(trx, id);
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'update',
        entity: 'enterprise',
        entityId: id,
        before: contentOf(current),
        after: contentOf(updated),
        requestId: actor.requestId,
      });
      return updated;
    });
  } catch (error) {
    return rethrowCodeRace(db, input.creditCode, error);
  }
}

/** Soft deletion: the enterprise leaves lists and the count (its adoptions are kept) but stays restorable. */
export async function deleteEnterprise(db: Kysely<Database>, id: number, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const locked = await repo.lockEnterprise(trx, id);
    if (!locked || locked.deleted_at !== null) throw enterpriseNotFound(id);
    await repo.updateEnterprise(trx, id, { deleted_at: new Date(), updated_by: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'delete',
      entity: 'enterprise',
      entityId: id,
      requestId: actor.requestId,
    });
  });
}

/** Restores a deleted enterprise (and its adoptions into the count), unless its code was entered again since. */
export async function restoreEnterprise(db: Kysely<Database>, id: number, actor: Actor): Promise<Enterprise> {
  return db.transaction().execute(async (trx) => {
    const locked = await repo.lockEnterprise(trx, id);
    if (!locked) throw enterpriseNotFound(id);
    if (locked.deleted_at === null) return loadEnterprise(trx, id);
    const existing = await repo.findLiveEnterpriseByCreditCode(trx, locked.credit_code, id);
    if (existing) throw creditCodeTaken(existing);
    await repo.updateEnterprise(trx, id, { deleted_at: null, updated_by: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'restore',
      entity: 'enterprise',
      entityId: id,
      requestId: actor.requestId,
    });
    return loadEnterprise(trx, id);
  });
}

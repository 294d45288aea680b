import type { Database, EnterpriseRow } from '@cloudstd/db/tables';
import type { AdoptionEvidence, AdoptionStage, EnterpriseSize } from '@cloudstd/shared/schemas/enterprise';
import type { Kysely } from 'kysely';
import { recordAudits, type AuditEntry } from '../../audit/record-audit.ts';
import type { Actor } from '../../http/actor.ts';
import * as bulk from './enterprises.bulk.repository.ts';
import { adoptionRecordOf, type adoptionContent } from './adoptions.service.ts';
import { contentOf, enterpriseRowToEnterprise } from './enterprises.service.ts';

/**
 * Enterprises and adoptions as a bulk import sees them: the same records and audit entries as the
 * one-by-one API (enterprises.service.ts), but thousands read and written in a few statements; the
 * imports feature calls it. `lock` (an import's commit) holds what was read until the transaction
 * ends. The rules the API applies per request (a valid check character, a live standard, a date not
 * after today, one adoption per pair) are the importer's to check before it writes; the database's
 * constraints back them.
 */

type AdoptionAudit = ReturnType<typeof adoptionContent>;

export interface RegisteredEnterprise {
  id: number;
  name: string;
  creditCode: string;
  industry: string | null;
  province: string | null;
  size: EnterpriseSize | null;
}

/** A new enterprise: what the file says about it. */
export type NewEnterpriseContent = Omit<RegisteredEnterprise, 'id'>;

export interface AdoptableStandard {
  id: number;
  number: string;
  titleZh: string;
  publishedOn: string | null;
  /** A deleted standard cannot be adopted; it is returned so the import can say so. */
  deleted: boolean;
}

/** What an adoption records, as the API names it. */
export interface AdoptionFields {
  adoptedOn: string;
  evidence: AdoptionEvidence;
  stages: AdoptionStage[];
  assessmentBody: string | null;
  assessmentResult: string | null;
  reference: string | null;
  notes: string | null;
}

export interface RecordedAdoption extends AdoptionFields {
  id: number;
  enterpriseId: number;
  standardId: number;
}

export interface AdoptionsWrite {
  enterprises: readonly NewEnterpriseContent[];
  /** New adoptions; the enterprise by credit code (registered, or among `enterprises`). */
  creates: readonly (AdoptionFields & { creditCode: string; standardId: number })[];
  updates: readonly { id: number; before: RecordedAdoption; after: AdoptionFields }[];
}

export async function findEnterprisesByCreditCodes(
  db: Kysely<Database>,
  creditCodes: readonly string[],
  options: { lock: boolean },
): Promise<RegisteredEnterprise[]> {
  const rows = await bulk.findLiveEnterprisesByCreditCodes(db, creditCodes, options);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    creditCode: row.credit_code,
    industry: row.industry,
    province: row.province,
    size: row.size,
  }));
}

/** Standards by number, deleted ones too (so a row naming one can say why it cannot be adopted). */
export async function findStandardsByNumbers(
  db: Kysely<Database>,
  numbers: readonly string[],
  options: { lock: boolean },
): Promise<AdoptableStandard[]> {
  const rows = await bulk.findStandardsByNumbers(db, numbers, options);
  return rows.flatMap((row) =>
    row.number === null
      ? []
      : [
          {
            id: row.id,
            number: row.number,
            titleZh: row.title_zh,
            publishedOn: row.published_on,
            deleted: row.deleted_at !== null,
          },
        ],
  );
}

/** The adoptions recorded between these enterprises and these standards. */
export async function findAdoptions(
  db: Kysely<Database>,
  enterpriseIds: readonly number[],
  standardIds: readonly number[],
  options: { lock: boolean },
): Promise<RecordedAdoption[]> {
  const rows = await bulk.findAdoptionsOf(db, enterpriseIds, standardIds, options);
  return rows.map(adoptionRecordOf);
}

/**
 * Creates the new enterprises, then the new adoptions, then applies the updates, inside the caller's
 * transaction; one audit entry per record written (the API's before/after shapes) carrying the
 * import's id. Returns the new enterprises' ids by credit code and the new adoptions' ids in order.
 */
export async function writeAdoptions(
  db: Kysely<Database>,
  plan: AdoptionsWrite,
  actor: Actor,
  importId: number | null,
): Promise<{ enterpriseIds: Map<string, number>; adoptionIds: number[] }> {
  const created = await bulk.insertEnterprises(
    db,
    plan.enterprises.map((enterprise) => ({
      name: enterprise.name,
      credit_code: enterprise.creditCode,
      industry: enterprise.industry,
      province: enterprise.province,
      size: enterprise.size,
      notes: null,
      created_by: actor.id,
      updated_by: actor.id,
    })),
  );
  const enterpriseIds = new Map(created.map((row) => [row.credit_code, row.id]));

  // Names and numbers for the adoptions' audit entries, as the API records them.
  const codes = [...new Set(plan.creates.map((create) => create.creditCode))];
  const enterprises = new Map(
    (await bulk.findLiveEnterprisesByCreditCodes(db, codes, { lock: false })).map((row) => [row.credit_code, row]),
  );
  const enterpriseById = new Map([...enterprises.values()].map((row) => [row.id, row]));
  const standardIds = [
    ...new Set([...plan.creates.map((c) => c.standardId), ...plan.updates.map((u) => u.before.standardId)]),
  ];
  const numberOf = new Map(
    (await bulk.findStandardNumbersByIds(db, standardIds)).map((row) => [row.id, row.number ?? row.plan_number]),
  );
  const enterpriseOf = (code: string) => {
    const row = enterprises.get(code);
    if (!row) throw new Error(`no live enterprise ${code} to record an adoption of`);
    return row;
  };

  const inserted = await bulk.insertAdoptions(
    db,
    plan.creates.map((create) => ({
      enterprise_id: enterpriseOf(create.creditCode).id,
      standard_id: create.standardId,
      adopted_on: create.adoptedOn,
      evidence: create.evidence,
      stages: create.stages,
      assessment_body: create.assessmentBody,
      assessment_result: create.assessmentResult,
      reference: create.reference,
      notes: create.notes,
      created_by: actor.id,
    })),
  );
  const adoptionIdOf = new Map(inserted.map((row) => [`${row.enterprise_id}:${row.standard_id}`, row.id]));
  const adoptionIds = plan.creates.map((create) => {
    const id = adoptionIdOf.get(`${enterpriseOf(create.creditCode).id}:${create.standardId}`);
    if (id === undefined) throw new Error('bulk insert lost an adoption');
    return id;
  });

  await bulk.updateAdoptions(
    db,
    plan.updates.map(({ id, after }) => ({
      id,
      adopted_on: after.adoptedOn,
      evidence: after.evidence,
      stages: after.stages,
      assessment_body: after.assessmentBody,
      assessment_result: after.assessmentResult,
      reference: after.reference,
      notes: after.notes,
    })),
  );

  // Enterprises of updated adoptions are registered ones, not among `creates` necessarily.
  const updatedOwners = await bulk.findEnterprisesByIds(
    db,
    plan.updates.map((update) => update.before.enterpriseId).filter((id) => !enterpriseById.has(id)),
  );
  for (const row of updatedOwners) enterpriseById.set(row.id, row);
  const audited = (enterprise: EnterpriseRow, standardId: number, fields: AdoptionFields): AdoptionAudit => ({
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.name,
    creditCode: enterprise.credit_code,
    standardId,
    standardNumber: numberOf.get(standardId) ?? null,
    adoptedOn: fields.adoptedOn,
    evidence: fields.evidence,
    stages: fields.stages,
    assessmentBody: fields.assessmentBody,
    assessmentResult: fields.assessmentResult,
    reference: fields.reference,
    notes: fields.notes,
  });
  const ownerOf = (id: number) => {
    const row = enterpriseById.get(id);
    if (!row) throw new Error(`enterprise ${id} vanished`);
    return row;
  };

  const common = { actorId: actor.id, requestId: actor.requestId, importId };
  await recordAudits(db, [
    ...created.map((row): AuditEntry => ({
      ...common,
      action: 'create',
      entity: 'enterprise',
      entityId: row.id,
      after: contentOf(
        enterpriseRowToEnterprise({
          ...row,
          created_by_name: null,
          updated_by_name: null,
          override_by_name: null,
          adoption_count: 0,
          first_on: null,
        }),
      ),
    })),
    ...plan.creates.map((create, index): AuditEntry => ({
      ...common,
      action: 'create',
      entity: 'adoption',
      entityId: adoptionIds[index] ?? 0,
      after: audited(enterpriseOf(create.creditCode), create.standardId, create),
    })),
    ...plan.updates.map(({ id, before, after }): AuditEntry => {
      const owner = ownerOf(before.enterpriseId);
      return {
        ...common,
        action: 'update',
        entity: 'adoption',
        entityId: id,
        before: audited(owner, before.standardId, before),
        after: audited(owner, before.standardId, after),
      };
    }),
  ]);
  return { enterpriseIds, adoptionIds };
}

/** The audit content of a freshly inserted enterprise row, as the API records a create. */
function createdEnterpriseAudit(row: EnterpriseRow) {
  return contentOf(
    enterpriseRowToEnterprise({
      ...row,
      created_by_name: null,
      updated_by_name: null,
      override_by_name: null,
      adoption_count: 0,
      first_on: null,
    }),
  );
}

/**
 * The live enterprises holding these credit codes, creating (audited, under `importId` when an import
 * writes) those not registered from the name given with the code's first mention. Codes must already be
 * valid (check character included) or registered: the caller checks them. Event attendee lists use it.
 */
export async function ensureEnterprises(
  db: Kysely<Database>,
  entries: readonly { creditCode: string; name: string }[],
  actor: Actor,
  importId: number | null,
): Promise<{ byCode: Map<string, RegisteredEnterprise>; created: RegisteredEnterprise[] }> {
  const codes = [...new Set(entries.map((entry) => entry.creditCode))].sort();
  const registered = await findEnterprisesByCreditCodes(db, codes, { lock: true });
  const byCode = new Map(registered.map((enterprise) => [enterprise.creditCode, enterprise]));
  const missing = new Map<string, string>();
  for (const entry of entries) {
    if (!byCode.has(entry.creditCode) && !missing.has(entry.creditCode)) missing.set(entry.creditCode, entry.name);
  }
  const rows = await bulk.insertEnterprises(
    db,
    [...missing].map(([creditCode, name]) => ({
      name,
      credit_code: creditCode,
      industry: null,
      province: null,
      size: null,
      notes: null,
      created_by: actor.id,
      updated_by: actor.id,
    })),
  );
  const created = rows.map((row) => ({
    id: row.id,
    name: row.name,
    creditCode: row.credit_code,
    industry: row.industry,
    province: row.province,
    size: row.size,
  }));
  for (const enterprise of created) byCode.set(enterprise.creditCode, enterprise);
  await recordAudits(
    db,
    rows.map((row) => ({
      actorId: actor.id,
      requestId: actor.requestId,
      importId,
      action: 'create' as const,
      entity: 'enterprise',
      entityId: row.id,
      after: createdEnterpriseAudit(row),
    })),
  );
  return { byCode, created };
}
